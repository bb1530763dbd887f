package io.tcemu.product;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tcemu.api.ApiError;

import java.util.List;

/**
 * Reads validated request parameters (the gateway has checked their types against the spec), and
 * checks what the spec's types cannot express: enums and ranges. The checks raise the code the
 * calling product documents for a bad value.
 */
public final class Params {
    private Params() {
    }

    /** An integer, or {@code fallback} when absent; a uint64 beyond a long reads as Long.MAX_VALUE, so range checks refuse it. */
    public static long number(ObjectNode params, String name, long fallback) {
        JsonNode n = params.get(name);
        if (n == null || n.isNull()) {
            return fallback;
        }
        return n.canConvertToLong() ? n.asLong() : Long.MAX_VALUE;
    }

    /** A string, or null when absent or empty. */
    public static String text(ObjectNode params, String name) {
        JsonNode n = params.get(name);
        return n == null || n.isNull() || n.asText().isEmpty() ? null : n.asText();
    }

    public static boolean flag(ObjectNode params, String name) {
        return params.path(name).asBoolean(false);
    }

    /** The parameter's value, which must be one of {@code allowed}; {@code fallback} when absent. */
    public static String oneOf(String code, ObjectNode params, String name, List<String> allowed, String fallback) {
        if (!params.has(name)) {
            return fallback;
        }
        String value = params.get(name).asText();
        if (!allowed.contains(value)) {
            throw ApiError.of(code, name + " must be one of " + allowed + ", not `" + value + "`.",
                    name + " 取值须为 " + allowed + " 之一，当前为 `" + value + "`。");
        }
        return value;
    }

    /** The parameter's value, which must lie in [min, max]; {@code fallback} when absent. */
    public static long range(String code, ObjectNode params, String name, long min, long max, long fallback) {
        if (!params.has(name)) {
            return fallback;
        }
        long value = params.get(name).asLong();
        if (value < min || value > max) {
            throw ApiError.of(code, name + " must be between " + min + " and " + max + ", not " + value + ".",
                    name + " 取值范围为 " + min + " 到 " + max + "，当前为 " + value + "。");
        }
        return value;
    }
}
