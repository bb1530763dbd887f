package io.tcemu.api;

import java.util.function.Function;

/**
 * A bounded cache of what is derived from an object that is never changed, only replaced: keyed by
 * the object's identity, in pairs of slots chosen by its identity hash. A lookup is two array reads
 * and reference comparisons. Caffeine's weak keys allocated a reference per lookup and kept
 * buffers up to date after each: a tenth of a 20-item page's CPU for its two caches. With one slot
 * per hash, two rows of one page had about one chance in twenty of sharing a slot and being built
 * again on every read; with a pair, three must share it.
 * An entry keeps its key reachable until another takes its place, so at most {@code slots}
 * replaced objects outlive their replacement.
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
        int slot = slot(key);
        Entry<K, V> entry = slots[slot];
        if (entry == null || entry.key() != key) {
            entry = slots[slot ^ 1];
        }
        return entry != null && entry.key() == key ? entry.value() : null;
    }

    /** Keeps the value in the key's own slot; what was there moves to the other of the pair, unless it is the key's. */
    public void put(K key, V value) {
        int slot = slot(key);
        Entry<K, V> previous = slots[slot];
        if (previous != null && previous.key() != key) {
            slots[slot ^ 1] = previous;
        } else if (slots[slot ^ 1] != null && slots[slot ^ 1].key() == key) {
            slots[slot ^ 1] = null;
        }
        slots[slot] = new Entry<>(key, value);
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

    /** The key's own slot; the other of its pair differs in the lowest bit. */
    int slot(Object key) {
        int hash = System.identityHashCode(key);
        return (hash ^ hash >>> 16) & (slots.length - 1);
    }
}
