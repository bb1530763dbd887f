package io.tcemu.lifecycle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tcemu.store.ResourceKey;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * A resource as of {@code observedAt}, with every transition due by then settled: its state in each
 * dimension and since when, the operations in flight, and the product's attributes.
 * {@code deleted} is true only on the result of the call that removed it. {@code lastRuns} holds, by
 * operation name, how each operation that was ever in flight last ended.
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
        Map<String, OperationRun> lastRuns) {

    public Resource {
        states = Map.copyOf(states);
        since = Map.copyOf(since);
        pending = Map.copyOf(pending);
        lastRuns = Map.copyOf(lastRuns);
        // Not copied here: the engine hands over a node nobody changes any more; the accessor copies.
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
