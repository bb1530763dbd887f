package io.tcemu.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** {@link ResourceHistory} in a map, for an emulator whose resources live in memory only. */
final class MemoryHistory implements ResourceHistory {
    private final Map<ResourceKey, List<HistoryEntry>> histories = new ConcurrentHashMap<>();

    void append(ResourceKey key, List<HistoryEntry> entries) {
        if (!entries.isEmpty()) {
            histories.merge(key, List.copyOf(entries), (had, added) -> {
                List<HistoryEntry> both = new ArrayList<>(had);
                both.addAll(added);
                return List.copyOf(both);
            });
        }
    }

    @Override
    public List<HistoryEntry> of(ResourceKey key) {
        return histories.getOrDefault(key, List.of());
    }

    @Override
    public void forget(ResourceKey key) {
        histories.remove(key);
    }

    @Override
    public void clear() {
        histories.clear();
    }

    Map<ResourceKey, List<HistoryEntry>> all() {
        return new LinkedHashMap<>(histories);
    }
}
