package io.tcemu.lifecycle;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Something that moves one dimension of a resource, named after the API action that triggers it.
 * An automatic operation has no action: it starts by itself when the resource enters a state one
 * of its transitions starts from. The first transition whose guard matches is the one taken.
 */
public record Operation(
        String name,
        String dimension,
        boolean automatic,
        String error,
        String notFoundError,
        List<Transition> transitions,
        String note) {

    public Operation {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("an operation needs a name");
        }
        transitions = transitions == null ? List.of() : List.copyOf(transitions);
        if (transitions.isEmpty()) {
            throw new IllegalArgumentException("operation " + name + " has no transitions");
        }
        if (!automatic && (error == null || error.isBlank())) {
            throw new IllegalArgumentException("operation " + name + " needs the error code returned when it is not allowed");
        }
    }

    Operation withDimension(String resolved) {
        return new Operation(name, resolved, automatic, error, notFoundError, transitions, note);
    }

    /** Index of the first transition that applies to a resource, if any. */
    Optional<Integer> transitionFor(Map<String, String> states, JsonNode attributes) {
        for (int i = 0; i < transitions.size(); i++) {
            if (transitions.get(i).guard().matches(states, attributes)) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    boolean canFail() {
        return transitions.stream().anyMatch(Transition::canFail);
    }
}
