package io.tcemu.admin;

import io.tcemu.store.HistoryEntry;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A resource as an inspection shows it: where it lives, its state in each dimension, the API
 * operations that state allows, the operations in flight with when each settles (null while it
 * waits for reads, a release or another resource), and every transition so far.
 */
public record ResourceView(String id, String kind, String account, String region, String namespace,
                           Map<String, String> states, List<String> allowedOperations, List<Pending> pending,
                           Instant observedAt, List<HistoryEntry> history) {

    /** An operation in flight on one dimension. */
    public record Pending(String dimension, String operation, String mode, Instant startedAt, Instant settlesAt) {
    }

    public String state(String dimension) {
        return states.get(dimension);
    }
}
