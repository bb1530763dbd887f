package io.tcemu.lifecycle;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * One way an operation can go: the states (and attribute values) it starts from, the transient
 * state shown while it runs, and where it ends, settled or, when a fault is injected, failed.
 * Without {@code seconds} or {@code steps} it is synchronous: it settles in the call that
 * applies it, whatever the progression. Without a target it changes attributes only.
 */
public record Transition(
        Map<String, List<String>> from,
        Map<String, List<String>> where,
        @JsonProperty("transient") String transientState,
        String settled,
        boolean deletes,
        String failure,
        Integer seconds,
        List<Step> steps,
        String note) {

    public Transition {
        from = from == null ? Map.of() : Map.copyOf(from);
        where = where == null ? Map.of() : Map.copyOf(where);
        steps = steps == null ? List.of() : List.copyOf(steps);
        if (seconds != null && !steps.isEmpty()) {
            throw new IllegalArgumentException("give either seconds or steps (whose seconds add up), not both");
        }
        if (seconds != null && seconds < 0) {
            throw new IllegalArgumentException("seconds must be >= 0; got " + seconds);
        }
        if (settled != null && deletes) {
            throw new IllegalArgumentException("a transition either settles in a state or deletes, not both");
        }
        boolean timed = seconds != null || !steps.isEmpty();
        if (!timed && (transientState != null || failure != null)) {
            throw new IllegalArgumentException("a transient or failure state needs seconds or steps");
        }
        if (timed && settled == null && !deletes) {
            throw new IllegalArgumentException("a timed transition must settle in a state or delete");
        }
    }

    Guard guard() {
        return new Guard(from, where);
    }

    boolean synchronous() {
        return seconds == null && steps.isEmpty();
    }

    /** Default duration for the time progression. */
    int durationSeconds() {
        return seconds != null ? seconds : steps.stream().mapToInt(Step::seconds).sum();
    }

    /** Whether a fault can make it fail. */
    boolean canFail() {
        return failure != null;
    }
}
