package io.tcemu.product.bpstudio;

import io.tcemu.api.CommonErrors;
import io.tcemu.product.ProductActions;

import io.tcemu.product.Scopes;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tcemu.api.ApiError;
import io.tcemu.api.ApiRequest;
import io.tcemu.lifecycle.LifecycleEngine;
import io.tcemu.lifecycle.Resource;
import io.tcemu.store.ResourceKey;
import io.tcemu.store.ResourceQuery;
import io.tcemu.store.Sort;

import java.util.List;
import java.util.function.Consumer;


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

    void register(ProductActions actions) {
        actions.on("InitAppFailOver", request -> startTask(request, "InitAppFailOver", a -> { }))
                .on("AppFailOver", this::failOver)
                .on("AppFailBack", request -> startTask(request, "AppFailBack", a -> a.remove("FailZone")))
                .on("GetFoTaskStatus", this::taskStatus)
                .on("GetPotentialFailZones", this::potentialZones)
                .on("ListFoCreatedApps", this::createdPlans);
    }

    /** FailZone must be one GetPotentialFailZones offers. */
    private ObjectNode failOver(ApiRequest request) {
        String zone = BpStudioParams.required(request, "FailZone").asText();
        List<String> zones = FailZones.of(engine.get(BpStudioParams.application(request, "ApplicationId")));
        if (!zones.contains(zone)) {
            throw ApiError.of(CommonErrors.INVALID_PARAMETER, "FailZone " + zone + " is not a zone this application can be"
                    + " switched to; GetPotentialFailZones lists them: " + zones + ".");
        }
        return startTask(request, "AppFailOver", a -> a.put("FailZone", zone));
    }

    /** Applies the switch to the application, then creates its task. Data: the task id. */
    private ObjectNode startTask(ApiRequest request, String action, Consumer<ObjectNode> applicationChanges) {
        Resource application = engine.apply(BpStudioParams.application(request, "ApplicationId"), action, applicationChanges);
        long taskId = engine.nextNumber(TASK_IDS);
        ObjectNode task = JsonNodeFactory.instance.objectNode()
                .put("Action", action)
                .put("ApplicationId", application.id());
        engine.create(new ResourceKey(application.key().scope(), BpStudioParams.FO_TASK, String.valueOf(taskId)), task);
        return BpStudioParams.textualOk().put("Data", taskId);
    }

    /**
     * Data: the task's status, one of the application status list. TaskId is optional (seed 004):
     * without it, the caller's latest task answers, and with none yet, InvalidTaskId.NotFound.
     */
    private ObjectNode taskStatus(ApiRequest request) {
        Resource task = request.params().has("TaskId")
                ? engine.get(new ResourceKey(Scopes.of(request), BpStudioParams.FO_TASK, request.params().get("TaskId").asText()))
                : latestTask(request);
        return BpStudioParams.textualOk().put("Data", task.state("Status"));
    }

    /** The task made last: task ids come from a sequence taken just before each is made. */
    private Resource latestTask(ApiRequest request) {
        return engine.query(ResourceQuery.all(Scopes.of(request), BpStudioParams.FO_TASK).orderedBy(Sort.creation(true)).page(0, 1))
                .items().stream().findFirst()
                .orElseThrow(() -> ApiError.of(BpStudioErrors.INVALID_TASK_ID_NOT_FOUND,
                        "There is no failover task yet: InitAppFailOver, AppFailOver and AppFailBack start one; or send TaskId.",
                        "尚无容灾切换任务：InitAppFailOver、AppFailOver、AppFailBack 会创建任务；或请传入 TaskId。"));
    }

    /** A plan is known by its application's id in tcemu, so ObjectId is one whatever IsPlanId says. */
    private ObjectNode potentialZones(ApiRequest request) {
        Resource application = engine.get(BpStudioParams.application(request, "ObjectId"));
        ObjectNode reply = BpStudioParams.textualOk();
        FailZones.of(application).forEach(reply.putArray("Data")::add);
        return reply;
    }

    /** The applications with a prepared switch (InitAppFailOver), each with its application status. */
    private ObjectNode createdPlans(ApiRequest request) {
        ObjectNode reply = BpStudioParams.textualOk();
        ArrayNode data = reply.putArray("Data");
        engine.query(ResourceQuery.all(Scopes.of(request), BpStudioParams.APPLICATION)
                        .inStates("FailOver", BpStudioStates.FAILOVER_PLANNED.states(engine.catalog()))).items()
                .forEach(application -> data.addObject()
                        .put("ApplicationId", application.id())
                        .put("ReportUrl", "")
                        .put("Status", ApplicationView.status(application))
                        .put("Title", application.attributes().path("Name").asText()));
        return reply;
    }
}
