package io.tcemu.product.dts;

import io.tcemu.product.Params;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tcemu.api.ApiRequest;

/** ModifySyncRateLimit: a running job's threads and rows per second, shown in Options.RateLimitOption. */
final class SyncRateLimit {
    private static final long MAX_RPS = 50_000_000;
    private static final long MAX_MONGODB_DUMP_RPS = 20_000;

    private final SyncJobs jobs;

    SyncRateLimit(SyncJobs jobs) {
        this.jobs = jobs;
    }

    /** The limits of a job nobody has throttled, as the DescribeSyncJobs example shows them. */
    static ObjectNode defaults() {
        return JsonNodeFactory.instance.objectNode()
                .put("CurrentDumpThread", 8).put("DefaultDumpThread", 8)
                .put("CurrentDumpRps", 0).put("DefaultDumpRps", 0)
                .put("CurrentLoadThread", 8).put("DefaultLoadThread", 8)
                .put("CurrentLoadRps", 0).put("DefaultLoadRps", 0)
                .put("CurrentSinkerThread", 32).put("DefaultSinkerThread", 32)
                .put("HasUserSetRateLimit", "no");
    }

    ObjectNode handle(ApiRequest request) {
        ObjectNode params = request.params();
        Params.range(DtsErrors.INVALID_PARAMETER_VALUE_INVALID_PARAMETER_VALUE_ERROR, params, "DumpThread", 1, 16, 0);
        Params.range(DtsErrors.INVALID_PARAMETER_VALUE_INVALID_PARAMETER_VALUE_ERROR, params, "LoadThread", 1, 16, 0);
        Params.range(DtsErrors.INVALID_PARAMETER_VALUE_INVALID_PARAMETER_VALUE_ERROR, params, "SinkerThread", 1, 128, 0);
        Params.range(DtsErrors.INVALID_PARAMETER_VALUE_INVALID_PARAMETER_VALUE_ERROR, params, "LoadRps", 0, MAX_RPS, 0);
        jobs.apply(request, job -> {
            boolean mongodb = "mongodb".equals(job.path("SrcDatabaseType").asText());
            Params.range(DtsErrors.INVALID_PARAMETER_VALUE_INVALID_PARAMETER_VALUE_ERROR, params, "DumpRps", 1, mongodb ? MAX_MONGODB_DUMP_RPS : MAX_RPS, 0);
            ObjectNode options = job.withObjectProperty("Options");
            if (!options.path("RateLimitOption").isObject()) {
                options.set("RateLimitOption", defaults());
            }
            ObjectNode limits = (ObjectNode) options.get("RateLimitOption");
            for (String name : new String[]{"DumpThread", "DumpRps", "LoadThread", "LoadRps", "SinkerThread"}) {
                if (params.has(name)) {
                    limits.put("Current" + name, params.get(name).asLong());
                }
            }
            limits.put("HasUserSetRateLimit", "yes");
        });
        return JsonNodeFactory.instance.objectNode();
    }
}
