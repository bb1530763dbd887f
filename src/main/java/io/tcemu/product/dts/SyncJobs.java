package io.tcemu.product.dts;

import io.tcemu.product.Scopes;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tcemu.api.ApiError;
import io.tcemu.api.ApiRequest;
import io.tcemu.lifecycle.LifecycleEngine;
import io.tcemu.lifecycle.Resource;
import io.tcemu.store.ResourceKey;

import java.util.function.Consumer;

/** Sync jobs in the caller's account and region: how every sync action reaches the lifecycle engine. */
final class SyncJobs {
    static final String LIFECYCLE = "dts.SyncJob";

    private final LifecycleEngine engine;

    SyncJobs(LifecycleEngine engine) {
        this.engine = engine;
    }

    LifecycleEngine engine() {
        return engine;
    }


    static ResourceKey key(ApiRequest request, String jobId) {
        return new ResourceKey(Scopes.of(request), LIFECYCLE, jobId);
    }

    /** The request's JobId; some actions' specs leave it optional although the job cannot be found without it. */
    static String jobId(ApiRequest request) {
        String id = request.params().path("JobId").asText("");
        if (id.isEmpty()) {
            throw ApiError.of("MissingParameter", "JobId is required: the id of the sync job, e.g. sync-werwfs23.",
                    "缺少参数 JobId：同步任务 id，如 sync-werwfs23。");
        }
        return id;
    }

    Resource get(ApiRequest request) {
        return engine.get(key(request, jobId(request)));
    }

    /** Applies the operation named after the request's action to its job. */
    Resource apply(ApiRequest request) {
        return apply(request, null);
    }

    Resource apply(ApiRequest request, Consumer<ObjectNode> attributeChanges) {
        return engine.apply(key(request, jobId(request)), request.action(), attributeChanges);
    }
}
