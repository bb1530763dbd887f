package io.tcemu.lifecycle;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One independent state of a resource, such as Status or TradeStatus, with its values.
 * {@code stateSteps} names the steps a resource goes through while it stays in a state (a sync
 * job's run while Running), timed from when it entered the state; the last step lasts as long as
 * the state does. {@code groups} names sets of its states that product code asks about (the
 * states in which a job has ended), and {@code wire} the value a response member shows for each
 * state (a task's numeric Result), so that code names neither the states nor the table.
 */
public record Dimension(String name, String initial, List<String> states, Map<String, List<Step>> stateSteps,
                        Map<String, Set<String>> groups, Map<String, Map<String, JsonNode>> wire, String note) {
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
        groups = groups == null ? Map.of() : groups.entrySet().stream()
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> Set.copyOf(e.getValue())));
        wire = wire == null ? Map.of() : wire.entrySet().stream()
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> Map.copyOf(e.getValue())));
        for (var group : groups.entrySet()) {
            known(name, states, group.getValue(), "group " + group.getKey());
        }
        for (var mapping : wire.entrySet()) {
            known(name, states, mapping.getValue().keySet(), "wire " + mapping.getKey());
        }
    }

    private static void known(String name, List<String> states, Set<String> named, String where) {
        named.stream().filter(s -> !states.contains(s)).findFirst().ifPresent(s -> {
            throw new IllegalArgumentException("dimension " + name + " " + where + " names `" + s
                    + "`, which is not one of its states " + states);
        });
    }

    /** The steps declared for a state, if any. */
    Optional<List<Step>> stepsIn(String state) {
        return state == null ? Optional.empty() : Optional.ofNullable(stateSteps.get(state));
    }
}
