package io.tcemu.lifecycle;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One independent state of a resource, such as Status or TradeStatus, with its values.
 * {@code stateSteps} names the steps a resource goes through while it stays in a state (a sync
 * job's run while Running), timed from when it entered the state; the last step lasts as long as
 * the state does.
 */
public record Dimension(String name, String initial, List<String> states, Map<String, List<Step>> stateSteps,
                        String note) {
    public Dimension {
        states = states == null ? List.of() : List.copyOf(states);
        if (name == null || !states.contains(initial)) {
            throw new IllegalArgumentException("dimension " + name + " needs states that include its initial state " + initial);
        }
        Map<String, List<Step>> copied = new HashMap<>();
        for (var e : (stateSteps == null ? Map.<String, List<Step>>of() : stateSteps).entrySet()) {
            if (!states.contains(e.getKey())) {
                throw new IllegalArgumentException("dimension " + name + " has steps for `" + e.getKey()
                        + "`, which is not one of its states " + states);
            }
            if (e.getValue() == null || e.getValue().isEmpty()) {
                throw new IllegalArgumentException("dimension " + name + " state " + e.getKey() + " needs at least one step");
            }
            copied.put(e.getKey(), List.copyOf(e.getValue()));
        }
        stateSteps = Map.copyOf(copied);
    }

    /** The steps declared for a state, if any. */
    Optional<List<Step>> stepsIn(String state) {
        return state == null ? Optional.empty() : Optional.ofNullable(stateSteps.get(state));
    }
}
