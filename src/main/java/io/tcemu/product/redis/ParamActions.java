package io.tcemu.product.redis;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tcemu.api.ApiError;
import io.tcemu.api.ApiRequest;
import io.tcemu.api.CommonErrors;
import io.tcemu.lifecycle.LifecycleEngine;
import io.tcemu.lifecycle.Resource;
import io.tcemu.product.ProductActions;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An instance's parameters: ModifyInstanceParams sets them through a Configure task, and
 * DescribeInstanceParams shows each with its current value, Status 1 while that task runs.
 */
final class ParamActions {
    /** Instance attributes: the values set, the keys the last change set, and the task that set them. */
    private static final String VALUES = "Params";
    private static final String CHANGING = "ParamsChanging";
    private static final String CHANGED_BY = "ParamsTaskId";

    private final LifecycleEngine engine;
    private final TaskStarter tasks;

    ParamActions(LifecycleEngine engine, TaskStarter tasks) {
        this.engine = engine;
        this.tasks = tasks;
    }

    void register(ProductActions actions) {
        actions.on("ModifyInstanceParams", this::modifyInstanceParams);
        actions.on("DescribeInstanceParams", this::describeInstanceParams);
    }

    /** ModifyInstanceParams: a Configure task that sets the given parameters, each checked first; answers Changed and TaskId. */
    private ObjectNode modifyInstanceParams(ApiRequest request) {
        JsonNode given = request.params().path("InstanceParams");
        if (given.isEmpty()) {
            throw ApiError.of(CommonErrors.INVALID_PARAMETER, "InstanceParams must name at least one parameter (Key, Value) to change.",
                    "InstanceParams 至少需要包含一个要修改的参数（Key、Value）。");
        }
        Map<String, String> values = new LinkedHashMap<>();
        given.forEach(p -> values.put(p.path("Key").asText(),
                InstanceParamCatalog.named(p.path("Key").asText()).check(p.path("Value").asText())));
        TaskStarter.Started started = tasks.start(request, TaskKind.CONFIGURE, a -> {
            ObjectNode stored = a.with(VALUES);
            ArrayNode changing = a.putArray(CHANGING);
            values.forEach((key, value) -> {
                stored.put(key, value);
                changing.add(key);
            });
            a.put(CHANGED_BY, a.path(TaskStarter.FLOW_TASK).asText());
        });
        return JsonNodeFactory.instance.objectNode().put("Changed", true).put("TaskId", started.taskId());
    }

    /** DescribeInstanceParams: every parameter of the catalogue in the list of its type, with the instance's value. */
    private ObjectNode describeInstanceParams(ApiRequest request) {
        Resource instance = engine.get(RedisResources.instance(request, request.params().path("InstanceId").asText()));
        ObjectNode a = instance.attributes();
        boolean configuring = RedisStates.INSTANCE_PROCESSING.contains(instance)
                && a.path(CHANGED_BY).asText().equals(a.path(TaskStarter.FLOW_TASK).asText());
        ObjectNode response = JsonNodeFactory.instance.objectNode().put("TotalCount", InstanceParamCatalog.all().size());
        for (InstanceParamCatalog.Kind kind : InstanceParamCatalog.Kind.values()) {
            response.putArray(kind.list);
        }
        for (InstanceParamCatalog.Param param : InstanceParamCatalog.all()) {
            String current = a.path(VALUES).path(param.name()).asText(param.defaultValue());
            boolean changing = configuring && contains(a.path(CHANGING), param.name());
            response.withArray(param.kind().list).add(param.view(current, changing));
        }
        return response;
    }

    private static boolean contains(JsonNode list, String value) {
        for (JsonNode item : list) {
            if (item.asText().equals(value)) {
                return true;
            }
        }
        return false;
    }
}
