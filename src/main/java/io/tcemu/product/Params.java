package io.tcemu.product;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tcemu.api.ValueErrors;

import java.util.List;

/**
 * Reads validated request parameters: the gateway has checked their types against the spec, and
 * the enums and ranges of the product's constraints.json. What cannot be data, allowed values
 * that depend on a resource or on another parameter, is checked here with the same messages; the
 * checks raise the code the calling product documents for a bad value.
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

    /** A string, or {@code fallback} when absent. */
    public static String text(ObjectNode params, String name, String fallback) {
        JsonNode n = params.get(name);
        return n == null || n.isNull() ? fallback : n.asText();
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
            throw ValueErrors.notOneOf(code, name, allowed, value);
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
            throw ValueErrors.outOfRange(code, name, min, max, String.valueOf(value));
        }
        return value;
    }
}
