package io.tcemu.product.dts;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tcemu.api.ActionHandler;
import io.tcemu.api.ActionHandlers;
import io.tcemu.api.ApiError;
import io.tcemu.api.ApiRequest;
import io.tcemu.lifecycle.LifecycleEngine;
import io.tcemu.product.WireTime;

import java.util.List;

/**
 * The 21 sync-job actions of DTS 2021-12-06. Each is an operation of the dts.SyncJob lifecycle of
 * the same name, or a view of the job; what is allowed when lives in the lifecycle file.
 */
final class SyncActions {
    private static final String PRODUCT = "dts";
    private static final String VERSION = "2021-12-06";
    /** Actions that only move the job through its lifecycle and answer nothing but the RequestId. */
    private static final List<String> TRANSITIONS = List.of("StopSyncJob", "PauseSyncJob", "ContinueSyncJob",
            "ResumeSyncJob", "IsolateSyncJob", "RecoverSyncJob", "DestroySyncJob");
    /** Both pass through Resuming; the lifecycle allows a resize only in a retry's, so the job records which. */
    private static final List<String> RESUMING = List.of("ContinueSyncJob", "ResumeSyncJob");

    private final LifecycleEngine engine;
    private final SyncJobs jobs;

    SyncActions(LifecycleEngine engine) {
        this.engine = engine;
        this.jobs = new SyncJobs(engine);
    }

    void register(ActionHandlers handlers) {
        SyncJobConfiguration configuration = new SyncJobConfiguration(jobs);
        SyncObjectModification modification = new SyncObjectModification(jobs);
        TRANSITIONS.forEach(action -> on(handlers, action, this::transition));
        on(handlers, "CreateSyncJob", new SyncJobPurchase(jobs)::handle);
        on(handlers, "ConfigureSyncJob", configuration::configure);
        on(handlers, "ResetSyncJob", configuration::reset);
        on(handlers, "DescribeSyncJobs", new SyncJobQuery(jobs)::handle);
        on(handlers, "CreateCheckSyncJob", request -> startCheck(request, SyncCheck.JOB));
        on(handlers, "DescribeCheckSyncJobResult", request -> SyncCheck.JOB.result(jobs.get(request), engine));
        on(handlers, "SkipSyncCheckItem", new SyncCheckSkip(jobs)::handle);
        on(handlers, "StartSyncJob", this::start);
        on(handlers, "ResizeSyncJob", this::resize);
        on(handlers, "ModifySyncJobConfig", modification::configure);
        on(handlers, "CreateModifyCheckSyncJob", request -> startCheck(request, SyncCheck.MODIFICATION));
        on(handlers, "DescribeModifyCheckSyncJobResult", request -> SyncCheck.MODIFICATION.result(jobs.get(request), engine));
        on(handlers, "StartModifySyncJob", modification::start);
        on(handlers, "ModifySyncRateLimit", new SyncRateLimit(jobs)::handle);
    }

    private static void on(ActionHandlers handlers, String action, ActionHandler handler) {
        handlers.register(PRODUCT, VERSION, action, handler);
    }

    private ObjectNode transition(ApiRequest request) {
        jobs.apply(request, RESUMING.contains(request.action()) ? job -> job.put("ResumedBy", request.action()) : null);
        return empty();
    }

    private ObjectNode startCheck(ApiRequest request, SyncCheck check) {
        jobs.apply(request, check.starting(engine));
        return empty();
    }

    private ObjectNode start(ApiRequest request) {
        String now = WireTime.format(engine.clock().now());
        jobs.apply(request, job -> job.put("StartTime", now));
        return empty();
    }

    /**
     * The new class shows at once; TradeStatus is Resizing until the change is done. An unknown class
     * is the common InvalidParameterValue: the action documents no parameter code.
     */
    private ObjectNode resize(ApiRequest request) {
        String instanceClass;
        try {
            instanceClass = SyncParams.oneOf(request.params(), "NewInstanceClass", SyncJobPurchase.INSTANCE_CLASSES, null);
        } catch (ApiError e) {
            throw e.withCode("InvalidParameterValue");
        }
        jobs.apply(request, job -> job.put("InstanceClass", instanceClass));
        return empty();
    }

    private static ObjectNode empty() {
        return JsonNodeFactory.instance.objectNode();
    }
}
