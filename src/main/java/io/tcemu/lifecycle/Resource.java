package io.tcemu.lifecycle;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tcemu.store.ResourceKey;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * A resource as of {@code observedAt}, with every transition due by then settled: its state in each
 * dimension and since when, the operations in flight, the product's attributes, and how the last
 * operation an injected fault made fail ended ({@code failure}, null if none).
 * {@code deleted} is true only on the result of the call that removed it.
 */
public record Resource(
        ResourceKey key,
        long version,
        Map<String, String> states,
        Map<String, Instant> since,
        Map<String, PendingOperation> pending,
        ObjectNode attributes,
        Failure failure,
        Instant createdAt,
        Instant observedAt,
        boolean deleted) {

    public Resource {
        states = Map.copyOf(states);
        since = Map.copyOf(since);
        pending = Map.copyOf(pending);
        attributes = attributes.deepCopy();
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

    /** A copy: changing it changes nothing stored (use an operation for that). */
    @Override
    public ObjectNode attributes() {
        return attributes.deepCopy();
    }
}
