package io.tcemu.lifecycle;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Something that moves one dimension of a resource, named after the API action that triggers it.
 * An automatic operation has no action: it starts by itself when the resource enters a state one
 * of its transitions starts from. The first transition whose guard matches is the one taken; when
 * none does, the first matching refusal names the error code, else {@code error} does.
 */
public record Operation(
        String name,
        String dimension,
        boolean automatic,
        String error,
        String notFoundError,
        List<Refusal> refusals,
        List<Transition> transitions,
        String note) {

    public Operation {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("an operation needs a name");
        }
        refusals = refusals == null ? List.of() : List.copyOf(refusals);
        transitions = transitions == null ? List.of() : List.copyOf(transitions);
        if (transitions.isEmpty()) {
            throw new IllegalArgumentException("operation " + name + " has no transitions");
        }
        if (!automatic && (error == null || error.isBlank())) {
            throw new IllegalArgumentException("operation " + name + " needs the error code returned when it is not allowed");
        }
    }

    Operation withDimension(String resolved) {
        return new Operation(name, resolved, automatic, error, notFoundError, refusals, transitions, note);
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

    /** The code for a resource no transition applies to: the first matching refusal's, else the operation's. */
    String errorFor(Map<String, String> states, JsonNode attributes) {
        return refusals.stream().filter(r -> r.guard().matches(states, attributes)).map(Refusal::error)
                .findFirst().orElse(error);
    }

    /** Whether some transition accepts faults with this outcome. */
    boolean accepts(Fault.Outcome outcome) {
        return transitions.stream().anyMatch(t -> t.accepts(outcome));
    }
}
