package io.tcemu.product.dts;

import io.tcemu.api.ApiError;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tcemu.api.ApiRequest;

/**
 * The modify-objects flow of a running job: ModifySyncJobConfig keeps the new objects and options
 * aside; StartModifySyncJob, allowed once their check passed, makes them the job's own.
 */
final class SyncObjectModification {
    /** Where the modification waits until it is started. */
    static final String PENDING = "Modification";

    private final SyncJobs jobs;

    SyncObjectModification(SyncJobs jobs) {
        this.jobs = jobs;
    }

    ObjectNode configure(ApiRequest request) {
        ObjectNode params = request.params();
        if (!params.has("DynamicObjects") && !params.has("DynamicOptions")) {
            throw ApiError.of(DtsErrors.INVALID_PARAMETER_VALUE_INVALID_PARAMETER_VALUE_ERROR, "Give DynamicObjects, DynamicOptions or both: what the running job should sync from now on.",
                    "请提供 DynamicObjects 或 DynamicOptions（或两者）：任务此后同步的对象与选项。");
        }
        jobs.apply(request, job -> {
            ObjectNode pending = job.putObject(PENDING);
            copy(params, "DynamicObjects", pending, "Objects");
            copy(params, "DynamicOptions", pending, "Options");
        });
        return JsonNodeFactory.instance.objectNode();
    }

    ObjectNode start(ApiRequest request) {
        jobs.apply(request, job -> {
            JsonNode pending = job.path(PENDING);
            copy(pending, "Objects", job, "Objects");
            pending.path("Options").properties().forEach(o -> job.withObjectProperty("Options").set(o.getKey(), o.getValue().deepCopy()));
            job.remove(PENDING);
        });
        return JsonNodeFactory.instance.objectNode();
    }

    private static void copy(JsonNode from, String name, ObjectNode to, String as) {
        if (from.has(name)) {
            to.set(as, from.get(name).deepCopy());
        }
    }
}
