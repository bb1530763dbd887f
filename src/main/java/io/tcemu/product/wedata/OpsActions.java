package io.tcemu.product.wedata;

import io.tcemu.api.CommonErrors;
import io.tcemu.product.ProductActions;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tcemu.api.ApiError;
import io.tcemu.api.ApiRequest;
import io.tcemu.lifecycle.Resource;
import io.tcemu.store.ResourceKey;
import io.tcemu.store.Scope;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The Real-time OPS operations: Run (Start), Pause and Forced Pause (Suspend with Event SUSPEND or
 * SUSPEND_WITHOUT_SP), Continue (Resume) and Stop, one task at a time and in batches. A single
 * action answers Data true or the lifecycle's error; a batch counts what succeeded and failed.
 */
final class OpsActions {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final String SUSPEND_WITHOUT_SNAPSHOT = "SUSPEND_WITHOUT_SP";

    private final TaskOperations operations;

    OpsActions(TaskOperations operations) {
        this.operations = operations;
    }

    void register(ProductActions actions) {
        actions.on("StartIntegrationTask", this::start)
                .on("SuspendIntegrationTask", this::suspend)
                .on("ResumeIntegrationTask", this::resume)
                .on("StopIntegrationTask", this::stop)
                .on("BatchStartIntegrationTasks", this::batchStart)
                .on("BatchSuspendIntegrationTasks", this::batchSuspend)
                .on("BatchResumeIntegrationTasks", this::batchResume)
                .on("BatchStopIntegrationTasks", this::batchStop);
    }

    private ObjectNode start(ApiRequest request) {
        WedataParams.event(request.params(), "Event", TaskOperations.START, List.of("START"));
        operations.start(WedataParams.task(request));
        return done();
    }

    private ObjectNode suspend(ApiRequest request) {
        boolean forced = forcedPause(request.params(), TaskOperations.SUSPEND);
        operations.suspend(WedataParams.task(request), forced);
        return done();
    }

    private ObjectNode resume(ApiRequest request) {
        WedataParams.event(request.params(), "Event", TaskOperations.RESUME, List.of("RESUME"));
        operations.resume(WedataParams.task(request));
        return done();
    }

    private ObjectNode stop(ApiRequest request) {
        operations.stop(WedataParams.task(request));
        return done();
    }

    /** Starts TaskIds, and each StartTaskInfoSet entry's TaskIds by its Event: START (default) or RESUME. */
    private ObjectNode batchStart(ApiRequest request) {
        Map<String, Function<ResourceKey, Resource>> byTask = eachTask(request, operations::start);
        for (JsonNode info : request.params().path("StartTaskInfoSet")) {
            String event = WedataParams.event(info, "Event", "BatchStartIntegrationTasks", List.of("START", "RESUME"));
            Function<ResourceKey, Resource> operation = event.equals("RESUME") ? operations::resume : operations::start;
            info.path("TaskIds").forEach(id -> byTask.putIfAbsent(id.asText(), operation));
        }
        if (byTask.isEmpty()) {
            throw ApiError.of(CommonErrors.MISSING_PARAMETER, "Name the tasks to start in TaskIds or StartTaskInfoSet.",
                    "请在 TaskIds 或 StartTaskInfoSet 中指定要启动的任务。");
        }
        return batch(request, byTask, true);
    }

    private ObjectNode batchSuspend(ApiRequest request) {
        boolean forced = forcedPause(request.params(), "BatchSuspendIntegrationTasks");
        return batch(request, eachTask(request, key -> operations.suspend(key, forced)), false);
    }

    private ObjectNode batchResume(ApiRequest request) {
        return batch(request, eachTask(request, operations::resume), true);
    }

    private ObjectNode batchStop(ApiRequest request) {
        return batch(request, eachTask(request, operations::stop), true);
    }

    private static boolean forcedPause(JsonNode params, String action) {
        return WedataParams.event(params, "Event", action, List.of("SUSPEND", SUSPEND_WITHOUT_SNAPSHOT))
                .equals(SUSPEND_WITHOUT_SNAPSHOT);
    }

    private static Map<String, Function<ResourceKey, Resource>> eachTask(ApiRequest request,
                                                                          Function<ResourceKey, Resource> operation) {
        Map<String, Function<ResourceKey, Resource>> byTask = new LinkedHashMap<>();
        request.params().path("TaskIds").forEach(id -> byTask.putIfAbsent(id.asText(), operation));
        return byTask;
    }

    /**
     * Applies each task's operation on its own: a task that does not exist or refuses counts as
     * failed and the others go on. TaskNames lists the ids that succeeded, where the action has it.
     */
    private static ObjectNode batch(ApiRequest request, Map<String, Function<ResourceKey, Resource>> byTask,
                                    boolean withTaskNames) {
        WedataParams.requireRealTime(request.params(), "TaskType");
        Scope scope = WedataParams.scope(request);
        ArrayNode succeeded = JSON.arrayNode();
        byTask.forEach((id, operation) -> {
            try {
                operation.apply(WedataParams.task(scope, id));
                succeeded.add(id);
            } catch (ApiError refused) {
                // counted below: a batch reports how many failed, not why
            }
        });
        ObjectNode out = JSON.objectNode().put("SuccessCount", succeeded.size())
                .put("FailedCount", byTask.size() - succeeded.size()).put("TotalCount", byTask.size());
        if (withTaskNames) {
            out.set("TaskNames", succeeded);
        }
        return out;
    }

    private static ObjectNode done() {
        return JSON.objectNode().put("Data", true);
    }
}
