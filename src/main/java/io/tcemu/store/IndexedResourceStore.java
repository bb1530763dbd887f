package io.tcemu.store;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The authoritative copy of every resource in memory, indexed by key, by id, by scope and kind in
 * creation order and by due time, optionally written through to a durable {@link JdbcResourceStore}
 * (the {@code --db} file), which it reads whole when it opens. Reads never touch the durable store;
 * a write reaches it before it is visible here, and compare-and-set happens under a per-key lock,
 * so of two writers from the same version exactly one wins. One process owns the durable store.
 */
public final class IndexedResourceStore implements ResourceStore {
    private static final int LOCK_STRIPES = 256;

    /** A row and its place in creation order. */
    private record Entry(long seq, StoredResource row) {}

    /** When a row becomes due; ordered by time, then creation. */
    private record Due(long at, long seq) implements Comparable<Due> {
        @Override
        public int compareTo(Due o) {
            int byTime = Long.compare(at, o.at);
            return byTime != 0 ? byTime : Long.compare(seq, o.seq);
        }
    }

    /** The rows of one kind in one scope. */
    private static final class Shelf {
        final ConcurrentSkipListMap<Long, StoredResource> bySeq = new ConcurrentSkipListMap<>();
        final ConcurrentSkipListSet<Due> byDue = new ConcurrentSkipListSet<>();
        /** The skip list counts by walking; this does not. */
        final AtomicInteger size = new AtomicInteger();
    }

    private record ShelfKey(Scope scope, String kind) {}

    private final JdbcResourceStore durable;
    private final Map<ResourceKey, Entry> byKey = new ConcurrentHashMap<>();
    private final Map<String, Set<ResourceKey>> byId = new ConcurrentHashMap<>();
    private final Map<ShelfKey, Shelf> shelves = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> sequences = new ConcurrentHashMap<>();
    private final AtomicLong nextSeq = new AtomicLong();
    private final Object[] locks = new Object[LOCK_STRIPES];

    private IndexedResourceStore(JdbcResourceStore durable) {
        this.durable = durable;
        for (int i = 0; i < locks.length; i++) {
            locks[i] = new Object();
        }
        if (durable != null) {
            durable.all().forEach(row -> index(row, nextSeq.incrementAndGet()));
            durable.sequences().forEach((name, last) -> sequences.put(name, new AtomicLong(last)));
        }
    }

    /** Resources in memory only, gone when the emulator stops. */
    public static IndexedResourceStore inMemory() {
        return new IndexedResourceStore(null);
    }

    /** Resources kept in {@code durable} as well, and read back from it now. The store closes it. */
    public static IndexedResourceStore over(JdbcResourceStore durable) {
        return new IndexedResourceStore(durable);
    }

    @Override
    public boolean insert(StoredResource resource) {
        synchronized (lock(resource.key())) {
            if (byKey.containsKey(resource.key()) || (durable != null && !durable.insert(resource))) {
                return false;
            }
            index(resource, nextSeq.incrementAndGet());
            return true;
        }
    }

    @Override
    public Optional<StoredResource> find(ResourceKey key) {
        Entry e = byKey.get(key);
        return e == null ? Optional.empty() : Optional.of(e.row());
    }

    @Override
    public List<StoredResource> list(Scope scope, String kind) {
        Shelf shelf = shelves.get(new ShelfKey(scope, kind));
        return shelf == null ? List.of() : new ArrayList<>(shelf.bySeq.values());
    }

    @Override
    public ResourcePage query(ResourceQuery query) {
        Shelf shelf = shelves.get(new ShelfKey(query.scope(), query.kind()));
        if (shelf == null) {
            return new ResourcePage(List.of(), 0);
        }
        if (query.ids() != null) {
            return byIds(query, shelf);
        }
        NavigableMap<Long, StoredResource> ordered = query.newestFirst() ? shelf.bySeq.descendingMap() : shelf.bySeq;
        List<StoredResource> page = new ArrayList<>();
        if (query.unfiltered()) {
            Iterator<StoredResource> rows = ordered.values().iterator();
            for (int skipped = 0; skipped < query.offset() && rows.hasNext(); skipped++) {
                rows.next();
            }
            while (page.size() < query.limit() && rows.hasNext()) {
                page.add(rows.next());
            }
            return new ResourcePage(page, shelf.size.get());
        }
        int total = 0;
        for (StoredResource row : ordered.values()) {
            if (query.matches(row)) {
                if (total >= query.offset() && page.size() < query.limit()) {
                    page.add(row);
                }
                total++;
            }
        }
        return new ResourcePage(page, total);
    }

    /** A lookup per id asked for, then the query's order and page. */
    private ResourcePage byIds(ResourceQuery query, Shelf shelf) {
        List<Entry> found = new ArrayList<>();
        for (String id : query.ids()) {
            Entry e = byKey.get(new ResourceKey(query.scope(), query.kind(), id));
            if (e != null && query.matches(e.row())) {
                found.add(e);
            }
        }
        found.sort((a, b) -> query.newestFirst() ? Long.compare(b.seq(), a.seq()) : Long.compare(a.seq(), b.seq()));
        int from = Math.min(found.size(), query.offset());
        int to = (int) Math.min(found.size(), (long) from + query.limit());
        return new ResourcePage(found.subList(from, to).stream().map(Entry::row).toList(), found.size());
    }

    @Override
    public List<StoredResource> due(Scope scope, String kind, long epochMilli) {
        Shelf shelf = shelves.get(new ShelfKey(scope, kind));
        if (shelf == null) {
            return List.of();
        }
        List<StoredResource> due = new ArrayList<>();
        for (Due d : shelf.byDue.headSet(new Due(epochMilli, Long.MAX_VALUE))) {
            StoredResource row = shelf.bySeq.get(d.seq());
            if (row != null && row.dueBy(epochMilli)) {
                due.add(row);
            }
        }
        return due;
    }

    @Override
    public List<StoredResource> findById(String id) {
        Set<ResourceKey> keys = byId.get(id);
        if (keys == null) {
            return List.of();
        }
        List<Entry> found = new ArrayList<>();
        keys.forEach(k -> {
            Entry e = byKey.get(k);
            if (e != null) {
                found.add(e);
            }
        });
        found.sort((a, b) -> Long.compare(a.seq(), b.seq()));
        return found.stream().map(Entry::row).toList();
    }

    @Override
    public boolean update(StoredResource resource, long expectedVersion) {
        synchronized (lock(resource.key())) {
            Entry current = byKey.get(resource.key());
            if (current == null || current.row().version() != expectedVersion
                    || (durable != null && !durable.update(resource, expectedVersion))) {
                return false;
            }
            Shelf shelf = shelf(resource.key());
            shelf.byDue.remove(new Due(current.row().dueAt(), current.seq()));
            shelf.bySeq.put(current.seq(), resource);
            shelf.byDue.add(new Due(resource.dueAt(), current.seq()));
            byKey.put(resource.key(), new Entry(current.seq(), resource));
            return true;
        }
    }

    @Override
    public boolean delete(ResourceKey key, long expectedVersion) {
        synchronized (lock(key)) {
            Entry current = byKey.get(key);
            if (current == null || current.row().version() != expectedVersion
                    || (durable != null && !durable.delete(key, expectedVersion))) {
                return false;
            }
            byKey.remove(key);
            Shelf shelf = shelf(key);
            shelf.bySeq.remove(current.seq());
            shelf.size.decrementAndGet();
            shelf.byDue.remove(new Due(current.row().dueAt(), current.seq()));
            byId.computeIfPresent(key.id(), (id, keys) -> {
                keys.remove(key);
                return keys.isEmpty() ? null : keys;
            });
            return true;
        }
    }

    @Override
    public long nextNumber(String sequence) {
        AtomicLong last = sequences.computeIfAbsent(sequence, s -> new AtomicLong());
        synchronized (last) {
            long next = durable != null ? durable.nextNumber(sequence) : last.get() + 1;
            last.set(next);
            return next;
        }
    }

    @Override
    public void clear() {
        synchronized (this) {
            if (durable != null) {
                durable.clear();
            }
            byKey.clear();
            byId.clear();
            shelves.clear();
        }
    }

    @Override
    public void close() {
        if (durable != null) {
            durable.close();
        }
    }

    private void index(StoredResource row, long seq) {
        byKey.put(row.key(), new Entry(seq, row));
        byId.compute(row.key().id(), (id, keys) -> {
            Set<ResourceKey> all = keys == null ? ConcurrentHashMap.newKeySet() : keys;
            all.add(row.key());
            return all;
        });
        Shelf shelf = shelf(row.key());
        shelf.bySeq.put(seq, row);
        shelf.size.incrementAndGet();
        shelf.byDue.add(new Due(row.dueAt(), seq));
    }

    private Shelf shelf(ResourceKey key) {
        return shelves.computeIfAbsent(new ShelfKey(key.scope(), key.kind()), k -> new Shelf());
    }

    private Object lock(ResourceKey key) {
        return locks[Math.floorMod(key.hashCode(), LOCK_STRIPES)];
    }
}
