package io.tcemu.product.redis;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Reads validated request parameters (the gateway has checked their types against the spec). */
final class Params {
    private Params() {
    }

    /** An integer, or {@code fallback} when absent; a uint64 beyond a long reads as Long.MAX_VALUE, so range checks refuse it. */
    static long number(ObjectNode params, String name, long fallback) {
        JsonNode n = params.get(name);
        if (n == null || n.isNull()) {
            return fallback;
        }
        return n.canConvertToLong() ? n.asLong() : Long.MAX_VALUE;
    }

    /** A string, or null when absent or empty. */
    static String text(ObjectNode params, String name) {
        JsonNode n = params.get(name);
        return n == null || n.isNull() || n.asText().isEmpty() ? null : n.asText();
    }

    static boolean flag(ObjectNode params, String name) {
        return params.path(name).asBoolean(false);
    }
}
