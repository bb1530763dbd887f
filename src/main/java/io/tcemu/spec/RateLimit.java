package io.tcemu.spec;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * A documented request rate limit: at most {@code requests} calls per {@code window}, counted per
 * account (the scope every limit in the product pages uses so far).
 */
public record RateLimit(int requests, Duration window) {

    /** Reads {@code {"Action": {"requests": 20, "perSeconds": 1}}}; a missing file means no limits. */
    static Map<String, RateLimit> readAll(JsonNode limits, String file) {
        Map<String, RateLimit> byAction = new HashMap<>();
        limits.properties().forEach(entry -> {
            int requests = entry.getValue().path("requests").asInt(0);
            int seconds = entry.getValue().path("perSeconds").asInt(0);
            if (requests <= 0 || seconds <= 0) {
                throw new IllegalStateException(file + ": " + entry.getKey()
                        + " needs positive \"requests\" and \"perSeconds\"");
            }
            byAction.put(entry.getKey(), new RateLimit(requests, Duration.ofSeconds(seconds)));
        });
        return byAction;
    }
}
