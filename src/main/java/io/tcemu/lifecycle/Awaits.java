package io.tcemu.lifecycle;

import java.util.List;
import java.util.Map;

/**
 * What an operation in flight waits for instead of time: another resource of {@code lifecycle}, in
 * the same scope, whose id is held in the attribute {@code idAttribute}. The operation settles when
 * that resource is in the {@code settled} states and ends in its failure state when it is in the
 * {@code failed} states, at the instant it got there. A Redis instance stays "in a flow" until the
 * task the flow started has ended, whatever progression or fault drives that task.
 */
public record Awaits(String lifecycle, String idAttribute, Map<String, List<String>> settled,
                     Map<String, List<String>> failed) {

    public Awaits {
        if (lifecycle == null || idAttribute == null || idAttribute.isBlank()) {
            throw new IllegalArgumentException("awaits needs the lifecycle awaited and the idAttribute holding its id");
        }
        settled = settled == null ? Map.of() : Map.copyOf(settled);
        failed = failed == null ? Map.of() : Map.copyOf(failed);
        if (settled.isEmpty()) {
            throw new IllegalArgumentException("awaits needs the states of " + lifecycle + " that settle it");
        }
    }

    Guard settledGuard() {
        return new Guard(settled, Map.of());
    }

    Guard failedGuard() {
        return new Guard(failed, Map.of());
    }
}
