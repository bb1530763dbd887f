package io.tcemu.store;

/**
 * One row of a write that must happen together with others: a new row, or a compare-and-set
 * replacement of the row still at {@code expectedVersion}.
 */
public record StoredWrite(StoredResource resource, long expectedVersion, boolean insert) {

    public static StoredWrite insert(StoredResource resource) {
        return new StoredWrite(resource, 0, true);
    }

    public static StoredWrite update(StoredResource resource, long expectedVersion) {
        return new StoredWrite(resource, expectedVersion, false);
    }
}
