package io.tcemu.lifecycle;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.tcemu.store.StoredResource;

import java.time.Instant;

/**
 * Stored rows as reads see them, decoded once per row: decoding a row's lifecycle document (its
 * states, times and operations, then immutable copies of each) was about a tenth of a 20-item page's
 * CPU. Keyed by the row's identity, which a write replaces, so an entry can never be stale, and it
 * goes when its row is collected.
 */
final class ReadSnapshots {
    /** The rows busy clients read over and over: a few pages of every kind, about 5 MB. */
    private static final int ROWS = 10_000;

    private final Cache<StoredResource, Resource> decoded = Caffeine.newBuilder()
            .executor(Runnable::run) // the cache's upkeep on the reading thread, not a pool woken every few reads
            .weakKeys()
            .maximumSize(ROWS)
            .build();

    /** The row, unchanged, as of {@code now}. */
    Resource of(StoredResource row, Instant now, LifecycleDefinition definition) {
        Resource kept = decoded.get(row, r -> WorkingResource.of(r).snapshot(now, definition));
        return kept.observedAt().equals(now) ? kept : kept.observedAgainAt(now);
    }
}
