package io.tcemu.product.redis;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tcemu.api.ActionHandler;
import io.tcemu.api.ApiError;
import io.tcemu.api.ApiRequest;

/** ClearInstance: a Clear Instance task, given the instance's password unless it is password-free. */
record ClearInstanceHandler(TaskStarter tasks) implements ActionHandler {

    @Override
    public ObjectNode handle(ApiRequest request) {
        String password = Params.text(request.params(), "Password");
        TaskStarter.Started started = tasks.start(request, TaskKind.CLEAR_INSTANCE, a -> {
            if (a.path("NoAuth").asBoolean()) {
                return;
            }
            if (password == null) {
                throw ApiError.of("InvalidParameterValue.PasswordEmpty",
                        "Instance " + request.params().path("InstanceId").asText() + " needs its password to be cleared; send Password.",
                        "清空实例需要该实例的访问密码，请填写 Password。");
            }
            if (!password.equals(a.path("Password").asText())) {
                throw ApiError.of("InvalidParameterValue.PasswordError", "The password is not this instance's password.",
                        "密码与实例访问密码不一致。");
            }
        });
        return JsonNodeFactory.instance.objectNode().put("TaskId", started.taskId());
    }
}
