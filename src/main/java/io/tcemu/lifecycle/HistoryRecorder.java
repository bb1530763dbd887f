package io.tcemu.lifecycle;

import io.tcemu.api.CallContext;
import io.tcemu.store.HistoryEntry;
import io.tcemu.store.ResourceHistory;
import io.tcemu.store.ResourceKey;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns an attempt's state changes into the resource's history entries, naming the API call that
 * caused each: the current call for what it started, the call that started an operation for the
 * transition that ends it, however much later that is noticed.
 */
final class HistoryRecorder {
    private final ResourceHistory history;

    HistoryRecorder(ResourceHistory history) {
        this.history = history;
    }

    /**
     * The entries an attempt's changes add to the resource's history, to be written with the
     * resource itself; none for no change or a deletion (a deleted resource's history goes with it).
     */
    List<HistoryEntry> entries(ResourceKey key, List<WorkingResource.Change> changes) {
        if (changes.isEmpty() || changes.stream().anyMatch(c -> c.to() == null)) {
            return List.of();
        }
        String current = CallContext.current().map(CallContext::requestId).orElse(null);
        List<HistoryEntry> earlier = changes.stream().anyMatch(WorkingResource.Change::ending)
                ? new ArrayList<>(history.of(key)) : new ArrayList<>();
        List<HistoryEntry> entries = new ArrayList<>();
        for (WorkingResource.Change c : changes) {
            String requestId = c.ending() ? starter(earlier, c).orElse(current) : current;
            HistoryEntry entry = new HistoryEntry(c.dimension(), c.from(), c.to(), c.operation(), c.ending(), c.at(),
                    requestId);
            entries.add(entry);
            earlier.add(entry);
        }
        return entries;
    }

    void forget(ResourceKey key) {
        history.forget(key);
    }

    /** The call that started the operation a change ends: the latest start of it on that dimension. */
    private static Optional<String> starter(List<HistoryEntry> earlier, WorkingResource.Change ending) {
        for (int i = earlier.size() - 1; i >= 0; i--) {
            HistoryEntry e = earlier.get(i);
            if (e.dimension().equals(ending.dimension()) && e.operation().equals(ending.operation()) && !e.settles()) {
                return Optional.ofNullable(e.requestId());
            }
        }
        return Optional.empty();
    }
}
