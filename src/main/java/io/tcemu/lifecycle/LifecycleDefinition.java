package io.tcemu.lifecycle;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One lifecycle file: the dimensions of a resource's state, the operations that move them, the
 * timed rules, and the recoverable error state. Validated on construction, so a typo in a file
 * fails at start-up with the lifecycle, operation and state named, never at the first request.
 */
public record LifecycleDefinition(
        String lifecycle,
        LocalizedText resourceName,
        LocalizedText namespaceName,
        String notFoundError,
        String timeZone,
        String note,
        List<Dimension> dimensions,
        List<Operation> operations,
        List<TimedRule> rules,
        RecoverableError recoverableError) {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9]*\\.[A-Za-z][A-Za-z0-9]*");
    private static final LocalizedText NAMESPACE = new LocalizedText("namespace", "命名空间");

    public LifecycleDefinition {
        if (lifecycle == null || !NAME.matcher(lifecycle).matches()) {
            throw new IllegalArgumentException("lifecycle name must read <product>.<Resource>, e.g. dts.SyncJob; got " + lifecycle);
        }
        if (resourceName == null || notFoundError == null) {
            throw new IllegalArgumentException(lifecycle + ": resourceName and notFoundError are required");
        }
        namespaceName = namespaceName == null ? NAMESPACE : namespaceName;
        timeZone = timeZone == null ? "UTC" : timeZone;
        ZoneId.of(timeZone);
        dimensions = dimensions == null ? List.of() : List.copyOf(dimensions);
        if (dimensions.isEmpty()) {
            throw new IllegalArgumentException(lifecycle + ": at least one dimension is required");
        }
        String defaultDimension = dimensions.get(0).name();
        operations = operations == null ? List.of()
                : operations.stream().map(o -> o.dimension() == null ? o.withDimension(defaultDimension) : o).toList();
        rules = rules == null ? List.of() : List.copyOf(rules);
        new Check(lifecycle, dimensions).all(operations, rules, recoverableError);
    }

    /** The product part of the name (dts for dts.SyncJob): what faults match on. */
    public String product() {
        return lifecycle.substring(0, lifecycle.indexOf('.'));
    }

    public Optional<Operation> operation(String name) {
        return operations.stream().filter(o -> o.name().equals(name)).findFirst();
    }

    /** The dimension with this name; IllegalArgumentException naming the known ones if there is none. */
    public Dimension dimension(String name) {
        return dimensions.stream().filter(d -> d.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(lifecycle + " has no dimension " + name
                        + "; known: " + dimensionNames()));
    }

    /** Whether a resource in these states is running through steps on a clock (a dimension's stateSteps). */
    boolean onClockedSteps(Map<String, String> states) {
        for (Dimension dimension : dimensions) {
            if (dimension.stepsIn(states.get(dimension.name())).isPresent()) {
                return true;
            }
        }
        return false;
    }

    public List<String> dimensionNames() {
        return dimensions.stream().map(Dimension::name).toList();
    }

    /** The API operations a resource in these states, with these attributes, may be given, in file order. */
    public List<String> allowedOperations(Map<String, String> states, JsonNode attributes) {
        return operations.stream()
                .filter(op -> !op.automatic() && op.transitionFor(states, attributes).isPresent())
                .map(Operation::name)
                .toList();
    }

    /** The code for a missing resource when {@code op} is called: the action's own if it documents one. */
    public String notFoundError(Operation op) {
        return op.notFoundError() != null ? op.notFoundError() : notFoundError;
    }

    ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    /** Cross-checks that every state a file names exists in the dimension it is named for. */
    private record Check(String lifecycle, List<Dimension> dimensions) {

        void all(List<Operation> operations, List<TimedRule> rules, RecoverableError recoverableError) {
            Set<String> names = new HashSet<>();
            for (Operation op : operations) {
                if (!names.add(op.name())) {
                    throw fail("operation " + op.name() + " is declared twice");
                }
                String where = "operation " + op.name();
                states(op.dimension(), where);
                op.refusals().forEach(r -> guard(r.from(), where + " refusal " + r.error()));
                for (Transition t : op.transitions()) {
                    guard(t.from(), where);
                    state(op.dimension(), t.transientState(), where + " transient");
                    state(op.dimension(), t.settled(), where + " settled");
                    state(op.dimension(), t.failure(), where + " failure");
                    state(op.dimension(), t.errorState(), where + " errorState");
                    t.scenarios().forEach((name, scenario) -> state(op.dimension(), scenario.settled(), where + " scenario " + name));
                    if (op.automatic() && (t.synchronous()
                            || !t.deletes() && !leaves(t.from(), Map.of(op.dimension(), t.settled())))) {
                        throw fail(where + " is automatic, so each transition needs seconds, steps or awaits and must leave"
                                + " the " + op.dimension() + " states it starts from, or it would restart for ever");
                    }
                }
            }
            for (TimedRule rule : rules) {
                String where = "rule " + rule.name();
                guard(rule.in(), where);
                rule.then().forEach((d, s) -> state(d, s, where + " then"));
                if (!rule.deletes() && !leaves(rule.in(), rule.then())) {
                    throw fail(where + " must move out of a state it applies in, or it would fire for ever");
                }
            }
            if (recoverableError != null) {
                guard(recoverableError.from(), "recoverableError");
                recoverableError.then().forEach((d, s) -> state(d, s, "recoverableError then"));
            }
        }

        /** Whether moving to {@code then} takes a resource out of {@code from} in some dimension. */
        private static boolean leaves(Map<String, List<String>> from, Map<String, String> then) {
            return then.entrySet().stream()
                    .anyMatch(e -> from.containsKey(e.getKey()) && !from.get(e.getKey()).contains(e.getValue()));
        }

        private void guard(Map<String, List<String>> states, String where) {
            states.forEach((d, values) -> values.forEach(s -> state(d, s, where + " from")));
        }

        private void state(String dimension, String state, String where) {
            if (state != null && !states(dimension, where).contains(state)) {
                throw fail(where + ": `" + state + "` is not a " + dimension + " state; known: " + states(dimension, where));
            }
        }

        private List<String> states(String dimension, String where) {
            return dimensions.stream().filter(d -> d.name().equals(dimension)).findFirst()
                    .map(Dimension::states)
                    .orElseThrow(() -> fail(where + ": no dimension " + dimension));
        }

        private IllegalArgumentException fail(String message) {
            return new IllegalArgumentException(lifecycle + ": " + message);
        }
    }
}
