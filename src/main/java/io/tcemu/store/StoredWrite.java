package io.tcemu.store;

import java.util.List;

/**
 * One row of a write that must happen together with others: a new row, or a compare-and-set
 * replacement of the row still at {@code expectedVersion}; with the transitions it adds to the
 * row's history, written in the same transaction so that no crash or race separates the two.
 */
public record StoredWrite(StoredResource resource, long expectedVersion, boolean insert, List<HistoryEntry> history) {

    public StoredWrite {
        history = List.copyOf(history);
    }

    public static StoredWrite insert(StoredResource resource) {
        return new StoredWrite(resource, 0, true, List.of());
    }

    public static StoredWrite update(StoredResource resource, long expectedVersion) {
        return new StoredWrite(resource, expectedVersion, false, List.of());
    }

    /** The same write of the row in the compact form the in-memory index keeps. */
    StoredWrite compact() {
        return new StoredWrite(resource.compact(), expectedVersion, insert, history);
    }

    /** The same write, adding these transitions to the row's history. */
    public StoredWrite withHistory(List<HistoryEntry> entries) {
        return new StoredWrite(resource, expectedVersion, insert, entries);
    }
}
