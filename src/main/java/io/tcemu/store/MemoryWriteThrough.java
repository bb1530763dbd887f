package io.tcemu.store;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps no rows, since the index is the only copy an emulator in memory needs, and holds history,
 * sequences and settings in maps: no database to start, and no second copy of every resource.
 */
final class MemoryWriteThrough implements WriteThrough {
    private final MemoryHistory history = new MemoryHistory();
    private final Map<String, Long> sequences = new ConcurrentHashMap<>();
    private final Map<String, String> settings = new ConcurrentHashMap<>();

    @Override
    public boolean insert(StoredResource resource) {
        return true;
    }

    @Override
    public boolean update(StoredResource resource, long expectedVersion) {
        return true;
    }

    @Override
    public boolean writeTogether(List<StoredWrite> writes) {
        writes.forEach(w -> history.append(w.resource().key(), w.history()));
        return true;
    }

    @Override
    public boolean delete(ResourceKey key, long expectedVersion) {
        return true;
    }

    @Override
    public List<StoredResource> all() {
        return List.of();
    }

    @Override
    public long nextNumber(String sequence) {
        return sequences.merge(sequence, 1L, Long::sum);
    }

    @Override
    public Map<String, Long> sequences() {
        return new TreeMap<>(sequences);
    }

    @Override
    public Optional<String> setting(String name) {
        return Optional.ofNullable(settings.get(name));
    }

    @Override
    public void putSetting(String name, String value) {
        settings.put(name, value);
    }

    @Override
    public ResourceHistory history() {
        return history;
    }

    @Override
    public Map<ResourceKey, List<HistoryEntry>> histories() {
        return history.all();
    }

    @Override
    public void replace(StoreContents contents) {
        history.clear();
        contents.resources().forEach(item -> history.append(item.resource().key(), item.history()));
        sequences.clear();
        sequences.putAll(contents.sequences());
    }

    @Override
    public void clear() {
        // rows are the index's alone; history, sequences and settings outlive a clear, as in a database
    }

    @Override
    public void close() {
    }
}
