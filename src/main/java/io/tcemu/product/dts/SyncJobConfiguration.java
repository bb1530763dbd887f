package io.tcemu.product.dts;

import io.tcemu.api.ApiError;
import io.tcemu.product.Params;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tcemu.api.ApiRequest;
import io.tcemu.product.WireTime;

import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * ConfigureSyncJob stores what the job syncs and how (the job becomes Initialized); ResetSyncJob
 * clears it again, with the run and check it led to, so the job can be configured anew.
 */
final class SyncJobConfiguration {
    /** The ConfigureSyncJob parameters a SyncJobInfo shows under the same names. */
    static final List<String> FIELDS = List.of("SrcAccessType", "DstAccessType", "Objects", "JobMode", "RunMode",
            "ExpectRunTime", "SrcConnectType", "SrcInfo", "SrcInfos", "SrcNodeType", "DstInfo", "DstInfos",
            "DstNodeType", "Options", "AutoRetryTimeRangeMinutes");
    /** What a run and its checks leave behind. */
    private static final List<String> RUN_TRACES = List.of("StartTime", SyncCheck.JOB.attribute(),
            SyncCheck.MODIFICATION.attribute(), SyncObjectModification.PENDING);

    private final SyncJobs jobs;

    SyncJobConfiguration(SyncJobs jobs) {
        this.jobs = jobs;
    }

    ObjectNode configure(ApiRequest request) {
        ObjectNode params = request.params();
        String runMode = Params.text(params, "RunMode", "Immediate");
        if (runMode.equals("Timed")) {
            requireExpectRunTime(params);
        }
        AutoRetry.minutes(params);
        jobs.apply(request, job -> {
            job.remove(FIELDS);
            FIELDS.stream().filter(params::has).forEach(name -> job.set(name, params.get(name).deepCopy()));
            job.put("RunMode", runMode);
            if (params.has("JobName")) {
                job.put("JobName", params.get("JobName").asText());
            }
        });
        return JsonNodeFactory.instance.objectNode();
    }

    ObjectNode reset(ApiRequest request) {
        jobs.apply(request, job -> {
            job.remove(FIELDS);
            job.remove(RUN_TRACES);
        });
        return JsonNodeFactory.instance.objectNode();
    }

    private static void requireExpectRunTime(ObjectNode params) {
        String text = params.path("ExpectRunTime").asText("");
        try {
            WireTime.parse(text);
        } catch (DateTimeParseException e) {
            throw ApiError.of(DtsErrors.INVALID_PARAMETER_VALUE_INVALID_PARAMETER_VALUE_ERROR, "RunMode Timed needs ExpectRunTime as yyyy-MM-dd HH:mm:ss, not `" + text + "`.",
                    "RunMode 为 Timed 时须提供 ExpectRunTime，格式 yyyy-MM-dd HH:mm:ss，当前为 `" + text + "`。");
        }
    }
}
