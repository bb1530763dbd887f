package io.tcemu.product.redis;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tcemu.api.ActionHandler;
import io.tcemu.api.ApiError;
import io.tcemu.api.ApiRequest;

/** ModifyInstanceParams: a Configure task that sets the given parameters; answers Changed and TaskId. */
record ModifyInstanceParamsHandler(TaskStarter tasks) implements ActionHandler {

    @Override
    public ObjectNode handle(ApiRequest request) {
        JsonNode params = request.params().path("InstanceParams");
        if (params.isEmpty()) {
            throw ApiError.of("InvalidParameter", "InstanceParams must name at least one parameter (Key, Value) to change.",
                    "InstanceParams 至少需要包含一个要修改的参数（Key、Value）。");
        }
        TaskStarter.Started started = tasks.start(request, TaskKind.CONFIGURE, a -> {
            ObjectNode stored = a.with("Params");
            params.forEach(p -> stored.put(p.path("Key").asText(), p.path("Value").asText()));
        });
        return JsonNodeFactory.instance.objectNode().put("Changed", true).put("TaskId", started.taskId());
    }
}
