package io.tcemu.product.redis;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tcemu.api.ActionHandler;
import io.tcemu.api.ApiRequest;

/**
 * ResetPassword: a Reset Password task that sets a new password (8-32 characters, as the action
 * documents) or, with NoAuth, makes a VPC instance password-free (task code 035).
 */
record ResetPasswordHandler(TaskStarter tasks) implements ActionHandler {
    private static final int MAX_LENGTH = 32;



    @Override
    public ObjectNode handle(ApiRequest request) {
        boolean noAuth = Params.flag(request.params(), "NoAuth");
        String password = Params.text(request.params(), "Password");
        String code = noAuth ? TaskKind.PASSWORD_FREE_CODE : TaskKind.RESET_PASSWORD.code;
        TaskStarter.Started started = tasks.start(request, TaskKind.RESET_PASSWORD, code, a -> {
            if (noAuth) {
                Network.checkPasswordFree(a.path("UniqVpcId").asText());
                a.put("NoAuth", true).putNull("Password");
            } else {
                boolean ckv = InstanceType.of(a.path("Type").asLong()).map(InstanceType::ckv).orElse(false);
                Passwords.checkRule(password, ckv, MAX_LENGTH);
                a.put("NoAuth", false).put("Password", password);
            }
        });
        return JsonNodeFactory.instance.objectNode().put("TaskId", started.taskId());
    }
}
