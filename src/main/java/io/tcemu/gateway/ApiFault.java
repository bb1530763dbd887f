package io.tcemu.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.Set;

/**
 * A fault at the API level: calls of {@code product}'s {@code action} (every action of the product
 * when null) are answered with {@code error} instead of being handled, and/or delayed by a latency
 * of {@code latencyMinMs}..{@code latencyMaxMs} (equal bounds for a fixed one). It strikes each
 * matching call with {@code probability}, drawn from a generator seeded with {@code seed} so a run
 * repeats exactly; with {@code times} it strikes that many calls and is then gone.
 * Reads and writes as the admin body: {@code {"product":"dts","action":"DescribeSyncJobs",
 * "error":"InternalError.InternalInnerCommonError","probability":0.2,"seed":7}}.
 */
public record ApiFault(String product, String action, String error, String message, double probability, Long seed,
                       Integer times, Integer latencyMinMs, Integer latencyMaxMs) {
    /** No injected latency may hold a call longer than this. */
    static final int MAX_LATENCY_MS = 60_000;
    private static final Set<String> FIELDS = Set.of("product", "action", "error", "message", "probability", "seed",
            "times", "latencyMs");

    /** Whether an admin body describes an API fault (rather than a lifecycle outcome). */
    public static boolean describedBy(JsonNode body) {
        return body.has("error") || body.has("latencyMs");
    }

    /** Reads an admin body; IllegalArgumentException naming the bad field. */
    public static ApiFault from(JsonNode body) {
        for (var name : (Iterable<String>) body::fieldNames) {
            if (!FIELDS.contains(name)) {
                throw new IllegalArgumentException("unknown field \"" + name + "\" in an API fault; known: "
                        + List.copyOf(new java.util.TreeSet<>(FIELDS)));
            }
        }
        String product = text(body, "product", true);
        String action = text(body, "action", false);
        String error = text(body, "error", false);
        String message = text(body, "message", false);
        double probability = 1;
        if (body.has("probability")) {
            JsonNode p = body.get("probability");
            if (!p.isNumber() || p.asDouble() < 0 || p.asDouble() > 1) {
                throw new IllegalArgumentException("\"probability\" must be a number from 0 to 1, not " + p);
            }
            probability = p.asDouble();
        }
        Long seed = null;
        if (body.has("seed")) {
            if (!body.get("seed").canConvertToLong() || !body.get("seed").isIntegralNumber()) {
                throw new IllegalArgumentException("\"seed\" must be an integer, not " + body.get("seed"));
            }
            seed = body.get("seed").asLong();
        }
        Integer times = null;
        if (body.has("times")) {
            JsonNode t = body.get("times");
            if (!t.isInt() || t.asInt() < 1) {
                throw new IllegalArgumentException("\"times\" must be a whole number of calls, 1 or more, not " + t);
            }
            times = t.asInt();
        }
        Integer min = null;
        Integer max = null;
        if (body.has("latencyMs")) {
            JsonNode l = body.get("latencyMs");
            if (l.isArray() && l.size() == 2) {
                min = millis(l.get(0));
                max = millis(l.get(1));
            } else {
                min = millis(l);
                max = min;
            }
            if (min > max) {
                throw new IllegalArgumentException("\"latencyMs\" bounds must be [low, high], not " + l);
            }
        }
        if (error == null && min == null) {
            throw new IllegalArgumentException("an API fault needs \"error\" (an error code) and/or \"latencyMs\"");
        }
        return new ApiFault(product, action, error, message, probability, seed, times, min, max);
    }

    private static String text(JsonNode body, String field, boolean required) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            if (required) {
                throw new IllegalArgumentException("\"" + field + "\" is required");
            }
            return null;
        }
        if (!value.isTextual() || value.asText().isBlank()) {
            throw new IllegalArgumentException("\"" + field + "\" must be a non-empty string, not " + value);
        }
        return value.asText();
    }

    private static int millis(JsonNode value) {
        if (!value.isInt() || value.asInt() < 0 || value.asInt() > MAX_LATENCY_MS) {
            throw new IllegalArgumentException("\"latencyMs\" must be milliseconds from 0 to " + MAX_LATENCY_MS
                    + ", or [low, high] of them, not " + value);
        }
        return value.asInt();
    }

    boolean matches(String product, String action) {
        return this.product.equals(product) && (this.action == null || this.action.equals(action));
    }

    /** The fault as the admin API and a state document show it; {@code times} is what is left. */
    public ObjectNode toJson() {
        ObjectNode node = JsonNodeFactory.instance.objectNode().put("product", product);
        if (action != null) node.put("action", action);
        if (error != null) node.put("error", error);
        if (message != null) node.put("message", message);
        node.put("probability", probability);
        if (seed != null) node.put("seed", seed);
        if (times != null) node.put("times", times);
        if (latencyMinMs != null) {
            if (latencyMinMs.equals(latencyMaxMs)) {
                node.put("latencyMs", latencyMinMs);
            } else {
                node.putArray("latencyMs").add(latencyMinMs).add(latencyMaxMs);
            }
        }
        return node;
    }

    ApiFault withTimes(Integer left) {
        return new ApiFault(product, action, error, message, probability, seed, left, latencyMinMs, latencyMaxMs);
    }
}
