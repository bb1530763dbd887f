package io.tcemu.product.dts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tcemu.api.ApiError;
import java.util.List;

/**
 * ModifyMigrateRateLimit's limits and the RateLimitOption a job reports. A value of 0, or none,
 * keeps the current one, as RateLimitOption documents; the defaults are the API example's.
 */
final class MigrationRateLimit {
    static final String ATTRIBUTE = "RateLimit";

    private record Limit(String name, long max, long byDefault) {
    }

    private static final List<Limit> LIMITS = List.of(
            new Limit("DumpThread", 16, 8),
            new Limit("DumpRps", 50_000_000, 0),
            new Limit("LoadThread", 16, 8),
            new Limit("LoadRps", 50_000_000, 0),
            new Limit("SinkerThread", 128, 32));

    private MigrationRateLimit() {
    }

    /**
     * The limits a request sets, refused when out of range or when it sets none. The ranges stay
     * here, not in constraints.json: 0 lies outside the documented ones but is allowed.
     */
    static ObjectNode requested(ObjectNode params) {
        ObjectNode set = JsonNodeFactory.instance.objectNode();
        for (Limit limit : LIMITS) {
            long value = params.path(limit.name()).asLong(0);
            if (value < 0 || value > limit.max()) {
                throw ApiError.of(DtsErrors.INVALID_PARAMETER_VALUE_INVALID_PARAMETER_VALUE_ERROR,
                        limit.name() + " must be between 1 and " + limit.max() + " (0 keeps the current value), not " + value + ".",
                        limit.name() + " 取值范围为 1 到 " + limit.max() + "（0 表示保持当前值），当前为 " + value + "。");
            }
            if (value > 0) {
                set.put(limit.name(), value);
            }
        }
        if (set.isEmpty()) {
            throw ApiError.of(DtsErrors.INVALID_PARAMETER_VALUE_INVALID_PARAMETER_VALUE_ERROR,
                    "Set at least one of DumpThread, DumpRps, LoadThread, LoadRps and SinkerThread.",
                    "请至少设置 DumpThread、DumpRps、LoadThread、LoadRps、SinkerThread 中的一项。");
        }
        return set;
    }

    static void apply(ObjectNode attributes, ObjectNode requested) {
        ObjectNode current = attributes.has(ATTRIBUTE) ? (ObjectNode) attributes.get(ATTRIBUTE) : attributes.putObject(ATTRIBUTE);
        current.setAll(requested);
    }

    /** The job's RateLimitOption: what is in effect, the defaults, and whether the user ever set a limit. */
    static ObjectNode option(JsonNode attributes) {
        JsonNode set = attributes.path(ATTRIBUTE);
        ObjectNode option = JsonNodeFactory.instance.objectNode();
        for (Limit limit : LIMITS) {
            option.put("Current" + limit.name(), set.path(limit.name()).asLong(limit.byDefault()));
            option.put("Default" + limit.name(), limit.byDefault());
        }
        option.put("HasUserSetRateLimit", set.isObject() ? "yes" : "no");
        return option;
    }
}
