package io.tcemu.lifecycle;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * One way an operation can go: the states (and attribute values) it starts from, the transient
 * state shown while it runs, and where it ends: settled, or, when a fault is injected, in its
 * failure state (outcome {@code fail}), its error state (outcome {@code error}) or as one of its
 * named scenarios says (outcome: the scenario's name). Without
 * {@code seconds}, {@code steps} or {@code awaits} it is synchronous: it settles in the call that
 * applies it, whatever the progression. Without a target it changes attributes only. An awaiting
 * transition ends when the resource it awaits does; progression and faults apply to that resource.
 */
public record Transition(
        Map<String, List<String>> from,
        Map<String, List<String>> where,
        @JsonProperty("transient") String transientState,
        String settled,
        boolean deletes,
        String failure,
        String errorState,
        Map<String, Scenario> scenarios,
        Integer seconds,
        List<Step> steps,
        Awaits awaits,
        String note) {

    public Transition {
        from = from == null ? Map.of() : Map.copyOf(from);
        where = where == null ? Map.of() : Map.copyOf(where);
        steps = steps == null ? List.of() : List.copyOf(steps);
        scenarios = scenarios == null ? Map.of() : Map.copyOf(scenarios);
        if (scenarios.containsKey(Fault.Outcome.FAIL.name()) || scenarios.containsKey(Fault.Outcome.ERROR.name())) {
            throw new IllegalArgumentException("fail and error are outcomes of their own; name scenarios otherwise");
        }
        if (seconds != null && !steps.isEmpty()) {
            throw new IllegalArgumentException("give either seconds or steps (whose seconds add up), not both");
        }
        if (awaits != null && (seconds != null || !steps.isEmpty())) {
            throw new IllegalArgumentException("an awaiting transition ends when " + awaits.lifecycle()
                    + " does; drop its seconds and steps");
        }
        if (awaits != null && errorState != null) {
            throw new IllegalArgumentException("faults apply to the resource an awaiting transition awaits, so it has no errorState");
        }
        if (awaits != null && !awaits.failed().isEmpty() && failure == null) {
            throw new IllegalArgumentException("awaits names failed states of " + awaits.lifecycle() + ", so the transition needs a failure state");
        }
        if (seconds != null && seconds < 0) {
            throw new IllegalArgumentException("seconds must be >= 0; got " + seconds);
        }
        if (settled != null && deletes) {
            throw new IllegalArgumentException("a transition either settles in a state or deletes, not both");
        }
        boolean timed = seconds != null || !steps.isEmpty() || awaits != null;
        if (!timed && (transientState != null || failure != null || errorState != null || !scenarios.isEmpty())) {
            throw new IllegalArgumentException("a transient, failure or error state, or a scenario, needs seconds, steps or awaits");
        }
        if (timed && settled == null && !deletes) {
            throw new IllegalArgumentException("a timed transition must settle in a state or delete");
        }
    }

    Guard guard() {
        return new Guard(from, where);
    }

    boolean synchronous() {
        return seconds == null && steps.isEmpty() && awaits == null;
    }

    /** Default duration for the time progression. */
    int durationSeconds() {
        return seconds != null ? seconds : steps.stream().mapToInt(Step::seconds).sum();
    }

    /** Whether a fault with outcome {@code fail} can make it fail. */
    boolean canFail() {
        return failure != null && awaits == null;
    }

    /** Whether a fault with outcome {@code error} can make it end in its error state. */
    boolean canError() {
        return errorState != null;
    }

    /** Whether a fault with this outcome can make it end otherwise than settled. */
    boolean accepts(Fault.Outcome outcome) {
        if (outcome.equals(Fault.Outcome.ERROR)) {
            return canError();
        }
        return outcome.equals(Fault.Outcome.FAIL) ? canFail() : awaits == null && scenarios.containsKey(outcome.name());
    }

    /** Whether this fault can claim it. */
    boolean accepts(Fault fault) {
        if (fault.step() != null && steps.stream().noneMatch(s -> s.id().equals(fault.step()))) {
            return false;
        }
        return accepts(fault.outcome());
    }

    /** Where it ends when {@code fault} claimed it. */
    String faultedState(Fault fault) {
        if (fault.outcome().isScenario()) {
            return scenarioOf(fault).settled();
        }
        return fault.outcome().equals(Fault.Outcome.ERROR) ? errorState : failure;
    }

    /** The scenario {@code fault} chose, or null when it fails or errs the transition. */
    Scenario scenarioOf(Fault fault) {
        return scenarios.get(fault.outcome().name());
    }
}
