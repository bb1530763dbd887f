package io.tcemu.product.dts;

import io.tcemu.product.Params;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tcemu.api.ApiRequest;
import io.tcemu.api.CommonErrors;

import java.util.List;

/** ModifySyncRateLimit: a running job's threads and rows per second, shown in Options.RateLimitOption. */
final class SyncRateLimit {
    private static final long MAX_RPS = 50_000_000;
    private static final long MAX_MONGODB_DUMP_RPS = 20_000;
    private static final List<String> LIMITS = List.of("DumpThread", "DumpRps", "LoadThread", "LoadRps", "SinkerThread");

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

    /**
     * Only the limits given and not 0 change: the action's own example sends 0 for the limits it
     * leaves alone. Out of range is the common InvalidParameterValue, as the action documents no
     * parameter code. These ranges stay here, not in constraints.json: 0 lies outside them but is
     * allowed, and DumpRps's depends on the job's source database.
     */
    ObjectNode handle(ApiRequest request) {
        ObjectNode params = request.params().deepCopy();
        LIMITS.stream().filter(name -> params.path(name).asLong(-1) == 0).forEach(params::remove);
        Params.range(CommonErrors.INVALID_PARAMETER_VALUE, params, "DumpThread", 1, 16, 0);
        Params.range(CommonErrors.INVALID_PARAMETER_VALUE, params, "LoadThread", 1, 16, 0);
        Params.range(CommonErrors.INVALID_PARAMETER_VALUE, params, "SinkerThread", 1, 128, 0);
        Params.range(CommonErrors.INVALID_PARAMETER_VALUE, params, "LoadRps", 1, MAX_RPS, 0);
        jobs.apply(request, job -> {
            boolean mongodb = "mongodb".equals(job.path("SrcDatabaseType").asText());
            Params.range(CommonErrors.INVALID_PARAMETER_VALUE, params, "DumpRps", 1, mongodb ? MAX_MONGODB_DUMP_RPS : MAX_RPS, 0);
            ObjectNode options = job.withObjectProperty("Options");
            if (!options.path("RateLimitOption").isObject()) {
                options.set("RateLimitOption", defaults());
            }
            ObjectNode limits = (ObjectNode) options.get("RateLimitOption");
            LIMITS.stream().filter(params::has).forEach(name -> limits.put("Current" + name, params.get(name).asLong()));
            limits.put("HasUserSetRateLimit", "yes");
        });
        return JsonNodeFactory.instance.objectNode();
    }
}
