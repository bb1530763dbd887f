package io.tcemu.lifecycle;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.tcemu.api.ApiError;

/**
 * How operations progress: for all lifecycles (no lifecycle), for one lifecycle (no operation),
 * or for one operation of one lifecycle. Reads as the admin body does, e.g.
 * {@code {"lifecycle":"dts.SyncJob","operation":"StartSyncJob","mode":"reads","reads":3}}.
 * {@code seconds} applies to {@code time} (default: the lifecycle file's duration);
 * {@code reads} to {@code reads} (default 1).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProgressionSetting(String lifecycle, String operation, ProgressionMode mode, Integer seconds, Integer reads) {

    public ProgressionSetting {
        if (mode == null) {
            throw invalid("mode is required: one of immediate, time, reads, held");
        }
        if (operation != null && lifecycle == null) {
            throw invalid("an operation setting also needs the lifecycle it belongs to");
        }
        if (seconds != null && (mode != ProgressionMode.TIME || seconds < 0)) {
            throw invalid("seconds (>= 0) goes with mode time only");
        }
        if (reads != null && (mode != ProgressionMode.READS || reads < 1)) {
            throw invalid("reads (>= 1) goes with mode reads only");
        }
    }

    public static ProgressionSetting global(ProgressionMode mode) {
        return new ProgressionSetting(null, null, mode, null, null);
    }

    static ApiError invalid(String message) {
        return ApiError.of("InvalidParameterValue", "Invalid progression setting: " + message + ".",
                "进度设置无效：" + message + "。");
    }

    int secondsOr(int fallback) {
        return seconds != null ? seconds : fallback;
    }

    int readsOr(int fallback) {
        return reads != null ? reads : fallback;
    }
}
