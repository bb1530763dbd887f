package io.tcemu.store;

import java.util.List;
import java.util.Map;

/**
 * Keeps no rows, since the index is the only copy an emulator in memory needs, and holds history,
 * sequences and settings in maps: no database to start, and no second copy of every resource.
 */
final class MemoryWriteThrough implements WriteThrough {
    private final MemoryHistory history = new MemoryHistory();
    private final MemorySequencesAndSettings kept = new MemorySequencesAndSettings();

    @Override
    public boolean writeTogether(List<Write> writes) {
        writes.forEach(w -> history.append(w.write().resource().key(), w.write().history()));
        return true;
    }

    @Override
    public boolean delete(long seq, ResourceKey key, long expectedVersion) {
        history.forget(key);
        return true;
    }

    @Override
    public List<NumberedRow> all() {
        return List.of();
    }

    @Override
    public SequencesAndSettings kept() {
        return kept;
    }

    @Override
    public List<HistoryEntry> history(long seq, ResourceKey key) {
        return history.of(key);
    }

    @Override
    public void clearHistory() {
        history.clear();
    }

    @Override
    public Map<ResourceKey, List<HistoryEntry>> histories() {
        return history.all();
    }

    @Override
    public void replace(StoreContents contents) {
        history.clear();
        contents.resources().forEach(item -> history.append(item.resource().key(), item.history()));
        kept.replaceSequences(contents.sequences());
    }

    @Override
    public void clear() {
        // rows are the index's alone; history, sequences and settings outlive a clear, as in a database
    }

    @Override
    public void close() {
    }
}
