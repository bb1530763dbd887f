package io.tcemu.store;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the in-memory index writes through to, and what it keeps nowhere else: history, sequences
 * and settings. A database makes rows survive a restart; in memory only the index holds them.
 * Row writes run under the index's per-key locks, so they need no compare-and-set of their own
 * beyond what a database does anyway.
 */
interface WriteThrough extends AutoCloseable {

    boolean insert(StoredResource resource);

    boolean update(StoredResource resource, long expectedVersion);

    boolean writeTogether(List<StoredWrite> writes);

    boolean delete(ResourceKey key, long expectedVersion);

    /** Every row kept, oldest first: what the index is built from when it opens. */
    List<StoredResource> all();

    long nextNumber(String sequence);

    Map<String, Long> sequences();

    Optional<String> setting(String name);

    void putSetting(String name, String value);

    ResourceHistory history();

    /** Every resource's history, by key. */
    Map<ResourceKey, List<HistoryEntry>> histories();

    /** Replaces rows, their history and sequences in one transaction. */
    void replace(StoreContents contents);

    /** Removes every row. */
    void clear();

    @Override
    void close();
}
