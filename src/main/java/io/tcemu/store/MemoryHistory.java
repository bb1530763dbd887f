package io.tcemu.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@link ResourceHistory} in a map, for an emulator whose resources live in memory only. Kept compact,
 * as every resource has some: the entries one write adds mostly share their time and call, and what
 * they change repeats across resources (every new job of a kind starts in the same states).
 */
final class MemoryHistory implements ResourceHistory {
    private static final SharedSlots<List<Step>> SHARED_STEPS = new SharedSlots<>(1024);

    private final Map<ResourceKey, Written> histories = new ConcurrentHashMap<>();

    /** An entry without its time and call. */
    private record Step(String dimension, String from, String to, String operation, boolean settles) {
    }

    /**
     * Consecutive entries of one time and call, linked to the entries before them: appending copies
     * nothing. The time is kept as numbers, smaller than an Instant.
     */
    private record Written(long epochSecond, int nano, String requestId, List<Step> steps, Written before) {
    }

    void append(ResourceKey key, List<HistoryEntry> entries) {
        if (!entries.isEmpty()) {
            histories.compute(key, (k, had) -> written(entries, had));
        }
    }

    private static Written written(List<HistoryEntry> entries, Written before) {
        Written last = before;
        for (int from = 0, to; from < entries.size(); from = to) {
            HistoryEntry first = entries.get(from);
            to = from + 1;
            while (to < entries.size() && sameTimeAndCall(first, entries.get(to))) {
                to++;
            }
            List<Step> steps = entries.subList(from, to).stream()
                    .map(e -> new Step(e.dimension(), e.from(), e.to(), e.operation(), e.settles())).toList();
            last = new Written(first.at().getEpochSecond(), first.at().getNano(), first.requestId(),
                    SHARED_STEPS.shared(steps), last);
        }
        return last;
    }

    private static boolean sameTimeAndCall(HistoryEntry one, HistoryEntry other) {
        return one.at().equals(other.at()) && Objects.equals(one.requestId(), other.requestId());
    }

    @Override
    public List<HistoryEntry> of(ResourceKey key) {
        return entries(histories.get(key));
    }

    private static List<HistoryEntry> entries(Written last) {
        List<Written> newestFirst = new ArrayList<>();
        for (Written w = last; w != null; w = w.before()) {
            newestFirst.add(w);
        }
        Collections.reverse(newestFirst);
        List<HistoryEntry> entries = new ArrayList<>();
        for (Written w : newestFirst) {
            Instant at = Instant.ofEpochSecond(w.epochSecond(), w.nano());
            w.steps().forEach(s -> entries.add(new HistoryEntry(s.dimension(), s.from(), s.to(), s.operation(),
                    s.settles(), at, w.requestId())));
        }
        return List.copyOf(entries);
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
        Map<ResourceKey, List<HistoryEntry>> all = new LinkedHashMap<>();
        histories.forEach((key, last) -> all.put(key, entries(last)));
        return all;
    }
}
