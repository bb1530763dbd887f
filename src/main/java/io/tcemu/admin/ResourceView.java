package io.tcemu.admin;

import io.tcemu.lifecycle.StepProgress;
import io.tcemu.store.HistoryEntry;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A resource as an inspection shows it: where it lives, its state in each dimension, the API
 * operations that state allows, the operations in flight with when each settles (null while it
 * waits for reads, a release or another resource), the timed rules that will fire from the states
 * it is in, the progress of its stepped operations and states, and every transition so far.
 */
public record ResourceView(String id, String kind, String account, String region, String namespace,
                           Map<String, String> states, List<String> allowedOperations, List<Pending> pending,
                           List<RuleDue> rulesDue, List<StepProgress> progress, Instant observedAt,
                           List<HistoryEntry> history) {

    /**
     * An operation in flight on one dimension, and where it ends: the state {@code to} (with an
     * injected fault, the failure state), or nowhere when it {@code deletes} the resource; {@code to}
     * is null when it changes attributes only.
     */
    public record Pending(String dimension, String operation, String mode, Instant startedAt, Instant settlesAt,
                          String to, boolean deletes) {
    }

    /** A timed rule that fires {@code at}, moving dimensions to {@code then}, or deleting the resource. */
    public record RuleDue(String rule, Instant at, Map<String, String> then, boolean deletes) {
    }

    public String state(String dimension) {
        return states.get(dimension);
    }
}
