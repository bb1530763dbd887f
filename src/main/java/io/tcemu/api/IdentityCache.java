package io.tcemu.api;

import java.util.function.Function;

/**
 * A bounded cache of what is derived from an object that is never changed, only replaced: keyed by
 * the object's identity, one slot per identity hash, the newest entry taking the slot. A lookup is
 * an array read and a reference comparison. Caffeine's weak keys allocated a reference per lookup
 * and kept buffers up to date after each: a tenth of a 20-item page's CPU for its two caches.
 * An entry keeps its key reachable until another takes the slot, so at most {@code slots} replaced
 * objects outlive their replacement.
 *
 * @param <K> what values are derived from, compared by identity
 * @param <V> an immutable value
 */
public final class IdentityCache<K, V> {
    /** Immutable, so a slot read without a lock sees a whole entry, this one or a newer. */
    private record Entry<K, V>(K key, V value) {
    }

    private final Entry<K, V>[] slots;

    /** @param slots rounded up to a power of two */
    @SuppressWarnings("unchecked")
    public IdentityCache(int slots) {
        this.slots = new Entry[Integer.highestOneBit(Math.max(1, slots - 1)) << 1];
    }

    /** The value kept for {@code key}, or null. */
    public V get(K key) {
        Entry<K, V> entry = slots[slot(key)];
        return entry != null && entry.key() == key ? entry.value() : null;
    }

    public void put(K key, V value) {
        slots[slot(key)] = new Entry<>(key, value);
    }

    /** The value kept for {@code key}, or the one {@code derive} makes from it, kept. */
    public V get(K key, Function<K, V> derive) {
        V kept = get(key);
        if (kept == null) {
            kept = derive.apply(key);
            put(key, kept);
        }
        return kept;
    }

    private int slot(K key) {
        int hash = System.identityHashCode(key);
        return (hash ^ hash >>> 16) & (slots.length - 1);
    }
}
