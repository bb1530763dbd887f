package io.tcemu.product.bpstudio;

import java.util.Comparator;

import io.tcemu.product.Scopes;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tcemu.api.ActionHandlers;
import io.tcemu.api.ApiError;
import io.tcemu.api.ApiRequest;
import io.tcemu.lifecycle.LifecycleEngine;
import io.tcemu.lifecycle.Resource;
import io.tcemu.store.ResourceKey;

import java.util.List;
import java.util.function.Consumer;

import static io.tcemu.product.bpstudio.BpStudioModule.PRODUCT;
import static io.tcemu.product.bpstudio.BpStudioModule.VERSION;

/**
 * The disaster-recovery actions. Each switch is accepted by the application's FailOver dimension
 * (lifecycle bpstudio.Application) and runs as a task of lifecycle bpstudio.FoTask, whose status
 * GetFoTaskStatus returns.
 */
final class FailoverActions {
    /** The named sequence failover task ids come from. */
    static final String TASK_IDS = "bpstudio.FoTaskId";

    private final LifecycleEngine engine;

    FailoverActions(LifecycleEngine engine) {
        this.engine = engine;
    }

    void register(ActionHandlers handlers) {
        handlers.register(PRODUCT, VERSION, "InitAppFailOver", request -> startTask(request, "InitAppFailOver", a -> { }))
                .register(PRODUCT, VERSION, "AppFailOver", this::failOver)
                .register(PRODUCT, VERSION, "AppFailBack", request -> startTask(request, "AppFailBack", a -> a.remove("FailZone")))
                .register(PRODUCT, VERSION, "GetFoTaskStatus", this::taskStatus)
                .register(PRODUCT, VERSION, "GetPotentialFailZones", this::potentialZones)
                .register(PRODUCT, VERSION, "ListFoCreatedApps", this::createdPlans);
    }

    /** FailZone must be one GetPotentialFailZones offers. */
    private ObjectNode failOver(ApiRequest request) {
        String zone = Calls.required(request, "FailZone").asText();
        List<String> zones = FailZones.of(engine.get(Calls.application(request, "ApplicationId")));
        if (!zones.contains(zone)) {
            throw ApiError.of("InvalidParameter", "FailZone " + zone + " is not a zone this application can be"
                    + " switched to; GetPotentialFailZones lists them: " + zones + ".");
        }
        return startTask(request, "AppFailOver", a -> a.put("FailZone", zone));
    }

    /** Applies the switch to the application, then creates its task. Data: the task id. */
    private ObjectNode startTask(ApiRequest request, String action, Consumer<ObjectNode> applicationChanges) {
        Resource application = engine.apply(Calls.application(request, "ApplicationId"), action, applicationChanges);
        long taskId = engine.nextNumber(TASK_IDS);
        ObjectNode task = JsonNodeFactory.instance.objectNode()
                .put("Action", action)
                .put("ApplicationId", application.id());
        engine.create(new ResourceKey(application.key().scope(), Calls.FO_TASK, String.valueOf(taskId)), task);
        return Calls.textualOk().put("Data", taskId);
    }

    /**
     * Data: the task's status, one of the application status list. TaskId is optional (seed 004):
     * without it, the caller's latest task answers, and with none yet, InvalidTaskId.NotFound.
     */
    private ObjectNode taskStatus(ApiRequest request) {
        Resource task = request.params().has("TaskId")
                ? engine.get(new ResourceKey(Scopes.of(request), Calls.FO_TASK, request.params().get("TaskId").asText()))
                : latestTask(request);
        return Calls.textualOk().put("Data", task.state("Status"));
    }

    private Resource latestTask(ApiRequest request) {
        return engine.list(Scopes.of(request), Calls.FO_TASK).stream()
                .max(Comparator.comparingLong(task -> Long.parseLong(task.id())))
                .orElseThrow(() -> ApiError.of("InvalidTaskId.NotFound",
                        "There is no failover task yet: InitAppFailOver, AppFailOver and AppFailBack start one; or send TaskId.",
                        "尚无容灾切换任务：InitAppFailOver、AppFailOver、AppFailBack 会创建任务；或请传入 TaskId。"));
    }

    /** A plan is known by its application's id in tcemu, so ObjectId is one whatever IsPlanId says. */
    private ObjectNode potentialZones(ApiRequest request) {
        Resource application = engine.get(Calls.application(request, "ObjectId"));
        ObjectNode reply = Calls.textualOk();
        FailZones.of(application).forEach(reply.putArray("Data")::add);
        return reply;
    }

    /** The applications with a prepared switch (InitAppFailOver), each with its application status. */
    private ObjectNode createdPlans(ApiRequest request) {
        ObjectNode reply = Calls.textualOk();
        ArrayNode data = reply.putArray("Data");
        engine.list(Scopes.of(request), Calls.APPLICATION).stream()
                .filter(application -> !application.state("FailOver").equals("Off"))
                .forEach(application -> data.addObject()
                        .put("ApplicationId", application.id())
                        .put("ReportUrl", "")
                        .put("Status", ApplicationView.status(application))
                        .put("Title", application.attributes().path("Name").asText()));
        return reply;
    }
}
