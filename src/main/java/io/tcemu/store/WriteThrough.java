package io.tcemu.store;

import java.util.List;
import java.util.Map;

/**
 * What the in-memory index writes through to, and what it keeps nowhere else: history, sequences
 * and settings. A database makes rows survive a restart; in memory only the index holds them.
 * Rows are addressed by the number the index gave them ({@link NumberedRow}); row writes run under
 * the index's per-key locks, so they need no compare-and-set of their own beyond what a database
 * does anyway. A deleted row's history goes with it.
 */
interface WriteThrough extends AutoCloseable {

    /** A write of one row: a new one, or the replacement of the row at {@code expectedVersion}, with the history it adds. */
    record Write(long seq, StoredWrite write) {}

    boolean writeTogether(List<Write> writes);

    boolean delete(long seq, ResourceKey key, long expectedVersion);

    /** Every row kept, oldest first: what the index is built from when it opens. */
    List<NumberedRow> all();

    SequencesAndSettings kept();

    /** The transitions of the row numbered {@code seq}, whose key is {@code key}, oldest first. */
    List<HistoryEntry> history(long seq, ResourceKey key);

    void clearHistory();

    /** Every resource's history, by key. */
    Map<ResourceKey, List<HistoryEntry>> histories();

    /** Replaces rows (numbered from one, in order), their history and sequences in one transaction. */
    void replace(StoreContents contents);

    /** Removes every row. */
    void clear();

    @Override
    void close();
}
