package io.tcemu.lifecycle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tcemu.store.ResourceKey;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A resource as of {@code observedAt}, with every transition due by then settled: its state in each
 * dimension and since when, the operations in flight, and the product's attributes.
 * {@code deleted} is true only on the result of the call that removed it. {@code lastRuns} holds, by
 * operation name, how each operation that was ever in flight last ended. It carries its lifecycle's
 * definition, so what its state allows and how far its operations are need no call back into the engine.
 */
public record Resource(
        ResourceKey key,
        long version,
        Map<String, String> states,
        Map<String, Instant> since,
        Map<String, PendingOperation> pending,
        ObjectNode attributes,
        Instant createdAt,
        Instant observedAt,
        boolean deleted,
        Map<String, OperationRun> lastRuns,
        LifecycleDefinition definition) {

    public Resource {
        states = Map.copyOf(states);
        since = Map.copyOf(since);
        pending = Map.copyOf(pending);
        lastRuns = Map.copyOf(lastRuns);
        // Not copied here: the engine hands over a node nobody changes any more; the accessor copies.
    }

    /** The same resource, unchanged, observed at another moment; shares everything but the moment. */
    Resource observedAgainAt(Instant moment) {
        return new Resource(key, version, states, since, pending, attributes, createdAt, moment, deleted, lastRuns,
                definition);
    }

    public String id() {
        return key.id();
    }

    public String state(String dimension) {
        return states.get(dimension);
    }

    public Optional<PendingOperation> pending(String dimension) {
        return Optional.ofNullable(pending.get(dimension));
    }

    /** How the operation's last run ended; empty while its first run is in flight, or if it never ran. */
    public Optional<OperationRun> lastRun(String operation) {
        return Optional.ofNullable(lastRuns.get(operation));
    }

    /** The API operations the current state allows, in the lifecycle file's order; none once deleted. */
    public List<String> allowedOperations() {
        return deleted ? List.of() : definition.allowedOperations(states, attributes);
    }

    /** Progress of the first operation in flight (in dimension order), through its steps if it declares any. */
    public Optional<StepProgress> progress() {
        return definition.dimensionNames().stream().flatMap(d -> pending(d).stream()).findFirst().map(this::inFlight);
    }

    /**
     * Progress on one dimension: of the operation in flight there, else through the steps the file
     * declares for the state it is in (timed from when it entered it); empty when neither applies.
     */
    public Optional<StepProgress> progressIn(String dimension) {
        Optional<PendingOperation> inFlight = pending(dimension);
        if (inFlight.isPresent()) {
            return Optional.of(inFlight(inFlight.get()));
        }
        String state = state(dimension);
        Instant entered = since.getOrDefault(dimension, createdAt);
        return definition.dimension(dimension).stepsIn(state).map(steps -> StepProgress.during(state, steps,
                Duration.between(entered, observedAt).toNanos() / 1e9));
    }

    /**
     * Progress of one operation through its steps: live while it is in flight, else as its last run
     * left it (all steps finished when it settled or failed, part-way when it was cancelled).
     * Empty if it never ran. {@link #lastRun} says how that run ended.
     */
    public Optional<StepProgress> progressOf(String operation) {
        Operation op = definition.operation(operation).orElseThrow(
                () -> new IllegalArgumentException(definition.lifecycle() + " has no operation " + operation));
        Optional<PendingOperation> inFlight = pending(op.dimension()).filter(p -> p.operation().equals(operation));
        if (inFlight.isPresent()) {
            return Optional.of(inFlight(inFlight.get()));
        }
        return lastRun(operation)
                .map(run -> StepProgress.of(operation, op.transitions().get(run.transition()).steps(), run.fraction()));
    }

    /**
     * Whether what it shows depends on when it is observed: an operation is in flight, or a state
     * runs through steps on a clock. Otherwise only a write changes it.
     */
    public boolean changesWithTime() {
        return !pending.isEmpty() || definition.onClockedSteps(states);
    }

    /**
     * An object standing for this version as stored, which no other resource shares: a write
     * stores a new one, so with {@link #version} it says the resource did not change.
     */
    public Object storedForm() {
        return attributes;
    }

    /** When the named timed rule will fire for the resource as it is now; empty if it does not apply (e.g. OfflineTime). */
    public Optional<Instant> ruleDueAt(String ruleName) {
        TimedRule rule = definition.rules().stream().filter(r -> r.name().equals(ruleName)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(definition.lifecycle() + " has no rule " + ruleName));
        if (deleted || !rule.guard().matches(states, attributes)) {
            return Optional.empty();
        }
        return Optional.ofNullable(rule.dueAt(d -> since.getOrDefault(d, createdAt), createdAt, attributes,
                definition.zone()));
    }

    private StepProgress inFlight(PendingOperation p) {
        Transition t = definition.operation(p.operation()).orElseThrow().transitions().get(p.transition());
        return StepProgress.of(p.operation(), t.steps(), p.fraction(observedAt));
    }

    /** The attributes themselves, for the engine's guards, which only read them. */
    JsonNode readAttributes() {
        return attributes;
    }

    /** A copy: changing it changes nothing stored (use an operation for that). */
    @Override
    public ObjectNode attributes() {
        return attributes.deepCopy();
    }
}
