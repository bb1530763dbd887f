package io.tcemu.product.dts;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tcemu.api.ApiError;
import io.tcemu.product.Params;

/**
 * AutoRetryTimeRangeMinutes of a sync or migration job: 0 (no retry) or 5 to 720. constraints.json
 * holds the range [0, 720]; the minutes inside it that are still refused, which a range cannot
 * leave out, are checked here.
 */
final class AutoRetry {
    private AutoRetry() {
    }

    /** The minutes asked for, 0 when absent. */
    static long minutes(ObjectNode params) {
        long retry = Params.number(params, "AutoRetryTimeRangeMinutes", 0);
        if (retry > 0 && retry < 5) {
            throw ApiError.of(DtsErrors.INVALID_PARAMETER_VALUE_INVALID_PARAMETER_VALUE_ERROR,
                    "AutoRetryTimeRangeMinutes must be 0 (no retry) or between 5 and 720, not " + retry + ".",
                    "AutoRetryTimeRangeMinutes 须为 0（不重试）或 5 到 720，当前为 " + retry + "。");
        }
        return retry;
    }
}
