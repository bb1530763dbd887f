package io.tcemu.product.dts;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tcemu.api.ApiError;

import java.util.List;

/** Checks of sync-action parameters the spec's types cannot express: enums and ranges. */
final class SyncParams {
    static final String INVALID = "InvalidParameterValue.InvalidParameterValueError";

    private SyncParams() {
    }

    /** The parameter's value, which must be one of {@code allowed}; {@code fallback} when absent. */
    static String oneOf(ObjectNode params, String name, List<String> allowed, String fallback) {
        if (!params.has(name)) {
            return fallback;
        }
        String value = params.get(name).asText();
        if (!allowed.contains(value)) {
            throw invalid(name + " must be one of " + allowed + ", not `" + value + "`.",
                    name + " 取值须为 " + allowed + " 之一，当前为 `" + value + "`。");
        }
        return value;
    }

    /** The parameter's value, which must lie in [min, max]; {@code fallback} when absent. */
    static long range(ObjectNode params, String name, long min, long max, long fallback) {
        if (!params.has(name)) {
            return fallback;
        }
        long value = params.get(name).asLong();
        if (value < min || value > max) {
            throw invalid(name + " must be between " + min + " and " + max + ", not " + value + ".",
                    name + " 取值范围为 " + min + " 到 " + max + "，当前为 " + value + "。");
        }
        return value;
    }

    static ApiError invalid(String en, String zh) {
        return ApiError.of(INVALID, en, zh);
    }
}
