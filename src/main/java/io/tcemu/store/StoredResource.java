package io.tcemu.store;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One row of the store: the lifecycle engine's document (states under {@code "states"}, operation
 * in flight), the product's attributes, the version that compare-and-set updates check, and
 * {@code dueAt}: the epoch millisecond from which reading the resource could change it, so that a
 * query settles only those ({@link #ALWAYS_DUE} when a read alone changes it or nobody said, {@link
 * #NEVER_DUE} when only an operation can). Rows are shared, never changed: replace them.
 */
public record StoredResource(ResourceKey key, long version, ObjectNode lifecycle, ObjectNode attributes, long dueAt) {
    public static final long ALWAYS_DUE = Long.MIN_VALUE;
    public static final long NEVER_DUE = Long.MAX_VALUE;

    /** A row whose due time nobody computed: every read settles it. */
    public StoredResource(ResourceKey key, long version, ObjectNode lifecycle, ObjectNode attributes) {
        this(key, version, lifecycle, attributes, ALWAYS_DUE);
    }

    /** The state of one dimension, as the lifecycle document records it; null if it has none. */
    public String state(String dimension) {
        var state = lifecycle.path("states").get(dimension);
        return state == null ? null : state.asText();
    }

    /** Scopes are few (accounts × regions × namespaces) and every row names one: rows in memory share it. */
    private static final SharedSlots<Scope> SHARED_SCOPES = new SharedSlots<>(1024);

    /** The same row in the compact read-only form the in-memory index keeps. */
    StoredResource compact() {
        ResourceKey sharedScope = new ResourceKey(SHARED_SCOPES.shared(key.scope()), key.kind(), key.id());
        return new StoredResource(sharedScope, version, CompactJson.object(lifecycle), CompactJson.object(attributes), dueAt);
    }

    boolean dueBy(long epochMilli) {
        return dueAt <= epochMilli;
    }
}
