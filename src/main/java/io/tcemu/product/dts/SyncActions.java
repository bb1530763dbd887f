package io.tcemu.product.dts;

import io.tcemu.product.ProductActions;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tcemu.api.ApiRequest;
import io.tcemu.api.CommonErrors;
import io.tcemu.lifecycle.LifecycleEngine;
import io.tcemu.product.WireTime;

import java.util.List;

/**
 * The 21 sync-job actions of DTS 2021-12-06. Each is an operation of the dts.SyncJob lifecycle of
 * the same name, or a view of the job; what is allowed when lives in the lifecycle file.
 */
final class SyncActions {
    /** Actions that only move the job through its lifecycle and answer nothing but the RequestId. */
    private static final List<String> TRANSITIONS = List.of("StopSyncJob", "PauseSyncJob", "ContinueSyncJob",
            "ResumeSyncJob", "IsolateSyncJob", "RecoverSyncJob", "DestroySyncJob");
    /** Both pass through Resuming; the lifecycle allows a resize only in a retry's, so the job records which. */
    private static final List<String> RESUMING = List.of("ContinueSyncJob", "ResumeSyncJob");

    private final SyncJobs jobs;

    SyncActions(LifecycleEngine engine) {
        this.jobs = new SyncJobs(engine);
    }

    void register(ProductActions actions) {
        SyncJobConfiguration configuration = new SyncJobConfiguration(jobs);
        SyncObjectModification modification = new SyncObjectModification(jobs);
        TRANSITIONS.forEach(action -> actions.on(action, this::transition));
        actions.on("CreateSyncJob", new SyncJobPurchase(jobs)::handle);
        actions.on("ConfigureSyncJob", configuration::configure);
        actions.on("ResetSyncJob", configuration::reset);
        actions.on("DescribeSyncJobs", new SyncJobQuery(jobs)::handle);
        actions.on("CreateCheckSyncJob", request -> startCheck(request, SyncCheck.JOB));
        actions.on("DescribeCheckSyncJobResult", request -> SyncCheck.JOB.result(jobs.get(request), jobs));
        actions.on("SkipSyncCheckItem", new SyncCheckSkip(jobs)::handle);
        actions.on("StartSyncJob", this::start);
        actions.on("ResizeSyncJob", this::resize);
        actions.on("ModifySyncJobConfig", modification::configure);
        actions.on("CreateModifyCheckSyncJob", request -> startCheck(request, SyncCheck.MODIFICATION));
        // the action documents no not-found code: the common one
        actions.on("DescribeModifyCheckSyncJobResult", request -> SyncCheck.MODIFICATION.result(
                jobs.get(request, CommonErrors.RESOURCE_NOT_FOUND), jobs));
        actions.on("StartModifySyncJob", modification::start);
        actions.on("ModifySyncRateLimit", new SyncRateLimit(jobs)::handle);
    }

    private ObjectNode transition(ApiRequest request) {
        jobs.apply(request, RESUMING.contains(request.action()) ? job -> job.put("ResumedBy", request.action()) : null);
        return empty();
    }

    private ObjectNode startCheck(ApiRequest request, SyncCheck check) {
        jobs.apply(request, check.starting(jobs));
        return empty();
    }

    private ObjectNode start(ApiRequest request) {
        String now = WireTime.format(jobs.now());
        jobs.apply(request, job -> job.put("StartTime", now));
        return empty();
    }

    /**
     * The new class shows at once; TradeStatus is Resizing until the change is done.
     */
    private ObjectNode resize(ApiRequest request) {
        String instanceClass = request.params().get("NewInstanceClass").asText();
        jobs.apply(request, job -> job.put("InstanceClass", instanceClass));
        return empty();
    }

    private static ObjectNode empty() {
        return JsonNodeFactory.instance.objectNode();
    }
}
