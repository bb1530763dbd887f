package io.tcemu.lifecycle;

import io.tcemu.api.IdentityCache;
import io.tcemu.store.StoredResource;

import java.time.Instant;

/**
 * Stored rows as reads see them, decoded once per row: decoding a row's lifecycle document (its
 * states, times and operations, then immutable copies of each) was about a tenth of a 20-item page's
 * CPU. Keyed by the row's identity, which a write replaces, so an entry can never be stale.
 */
final class ReadSnapshots {
    /** The rows busy clients read over and over: a few pages of every kind, about 8 MB. */
    private final IdentityCache<StoredResource, Resource> decoded = new IdentityCache<>(16_384);

    /** The row, unchanged, as of {@code now}. */
    Resource of(StoredResource row, Instant now, LifecycleDefinition definition) {
        Resource kept = decoded.get(row, r -> WorkingResource.of(r).snapshot(now, definition));
        return kept.observedAt().equals(now) ? kept : kept.observedAgainAt(now);
    }
}
