package io.tcemu.product.dts;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tcemu.api.ApiRequest;
import io.tcemu.api.CommonErrors;
import io.tcemu.lifecycle.LifecycleEngine;
import io.tcemu.lifecycle.Resource;
import io.tcemu.product.Resources;

import java.util.function.Consumer;

/** The caller's sync jobs (lifecycle dts.SyncJob), each sync action an operation of the same name. */
final class SyncJobs extends Resources {
    static final String LIFECYCLE = "dts.SyncJob";

    SyncJobs(LifecycleEngine engine) {
        // some actions' specs leave JobId optional although the job cannot be found without it
        super(engine, LIFECYCLE, new IdParameter("JobId", CommonErrors.MISSING_PARAMETER,
                "JobId is required: the id of the sync job, e.g. sync-werwfs23.", "缺少参数 JobId：同步任务 id，如 sync-werwfs23。"));
    }

    /** Applies the operation named after the request's action to its job. */
    Resource apply(ApiRequest request) {
        return apply(request, (Consumer<ObjectNode>) null);
    }

    Resource apply(ApiRequest request, Consumer<ObjectNode> attributeChanges) {
        return apply(request, request.action(), attributeChanges);
    }
}
