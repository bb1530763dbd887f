package io.tcemu.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.BooleanSupplier;

/**
 * The authoritative copy of every resource in memory, indexed by key, by id, by scope and kind in
 * creation order and by due time, in a compact read-only form, written through to an H2 database
 * ({@code --db}), which it reads whole when it opens, or to nothing but maps when the emulator keeps
 * no database. Reads never touch the database; a write reaches it before it is visible here, and
 * compare-and-set happens under a per-key lock, so of two writers from the same version exactly one
 * wins. One process owns the database. History, settings and sequences live in the database only:
 * they are read rarely.
 */
public final class IndexedResourceStore implements ResourceStore {
    private static final int LOCK_STRIPES = 256;

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

        /** A row only an operation can change is never due, so it takes no place here: most rows at rest. */
        void schedule(long dueAt, long seq) {
            if (dueAt != StoredResource.NEVER_DUE) {
                byDue.add(new Due(dueAt, seq));
            }
        }

        void unschedule(long dueAt, long seq) {
            if (dueAt != StoredResource.NEVER_DUE) {
                byDue.remove(new Due(dueAt, seq));
            }
        }
    }

    private record ShelfKey(Scope scope, String kind) {}

    private final WriteThrough durable;
    private final Map<ResourceKey, NumberedRow> byKey = new ConcurrentHashMap<>();
    /**
     * An id's key, or the immutable set of its keys when it names several resources, which is rare:
     * a set per id was 24 B a row, and a concurrent set far more. Copied on change.
     */
    private final Map<String, Object> byId = new ConcurrentHashMap<>();
    private final Map<ShelfKey, Shelf> shelves = new ConcurrentHashMap<>();
    private final AtomicLong nextSeq = new AtomicLong();
    private final Object[] locks = new Object[LOCK_STRIPES];
    /** Writers share it; clearing and replacing everything take it alone. */
    private final ReadWriteLock everything = new ReentrantReadWriteLock();
    private final ResourceHistory history;

    private IndexedResourceStore(WriteThrough durable) {
        this.durable = durable;
        for (int i = 0; i < locks.length; i++) {
            locks[i] = new Object();
        }
        reindex(durable.all().stream().map(NumberedRow::compact).toList());
        history = new IndexedHistory();
    }

    /** Resources, history and sequences in memory only, gone when the emulator stops. */
    public static IndexedResourceStore inMemory() {
        return new IndexedResourceStore(new MemoryWriteThrough());
    }

    /** Resources kept in the H2 database at {@code url} as well, and read back from it now. */
    public static IndexedResourceStore inH2(String url) {
        return new IndexedResourceStore(H2WriteThrough.open(url));
    }

    @Override
    public boolean insert(StoredResource resource) {
        return writeTogether(List.of(StoredWrite.insert(resource)));
    }

    @Override
    public Optional<StoredResource> find(ResourceKey key) {
        NumberedRow e = byKey.get(key);
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
            return byIds(query);
        }
        if (!query.inCreationOrder()) {
            List<StoredResource> matching = new ArrayList<>();
            shelf.bySeq.values().forEach(row -> {
                if (query.matches(row)) {
                    matching.add(row);
                }
            });
            return ResourcePage.of(query.sorted(matching), query);
        }
        NavigableMap<Long, StoredResource> ordered = query.order().get(0).descending() ? shelf.bySeq.descendingMap() : shelf.bySeq;
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
    private ResourcePage byIds(ResourceQuery query) {
        List<NumberedRow> found = new ArrayList<>();
        for (String id : query.ids()) {
            NumberedRow e = byKey.get(new ResourceKey(query.scope(), query.kind(), id));
            if (e != null && query.matches(e.row())) {
                found.add(e);
            }
        }
        found.sort(Comparator.comparingLong(NumberedRow::seq));
        return ResourcePage.of(query.sorted(found.stream().map(NumberedRow::row).toList()), query);
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
        Object keys = byId.get(id);
        if (keys instanceof ResourceKey one) {
            NumberedRow e = byKey.get(one);
            return e == null ? List.of() : List.of(e.row());
        }
        return inOrder(keysIn(keys).stream().map(byKey::get).toList());
    }

    @Override
    public List<StoredResource> all() {
        return inOrder(List.copyOf(byKey.values()));
    }

    private static List<StoredResource> inOrder(List<NumberedRow> entries) {
        return entries.stream().filter(e -> e != null).sorted(Comparator.comparingLong(NumberedRow::seq))
                .map(NumberedRow::row).toList();
    }

    @Override
    public boolean update(StoredResource resource, long expectedVersion) {
        return writeTogether(List.of(StoredWrite.update(resource, expectedVersion)));
    }

    @Override
    public boolean writeTogether(List<StoredWrite> given) {
        // compact before writing through, so what keeps history in memory holds the very key the index does
        List<StoredWrite> writes = given.stream().map(StoredWrite::compact).toList();
        return write(writes.stream().map(w -> w.resource().key()).toList(), () -> {
            for (StoredWrite w : writes) {
                boolean fits = w.insert() ? !byKey.containsKey(w.resource().key()) : at(w.resource().key(), w.expectedVersion());
                if (!fits) {
                    return false;
                }
            }
            // A new row takes the next number now; one the database refuses leaves a gap, which is harmless.
            List<WriteThrough.Write> numbered = writes.stream()
                    .map(w -> new WriteThrough.Write(w.insert() ? nextSeq.incrementAndGet() : byKey.get(w.resource().key()).seq(), w))
                    .toList();
            if (!durable.writeTogether(numbered)) {
                return false;
            }
            for (WriteThrough.Write w : numbered) {
                if (w.write().insert()) {
                    index(w.write().resource(), w.seq());
                } else {
                    replaceRow(w.write().resource());
                }
            }
            return true;
        });
    }

    @Override
    public boolean delete(ResourceKey key, long expectedVersion) {
        return write(List.of(key), () -> {
            if (!at(key, expectedVersion) || !durable.delete(byKey.get(key).seq(), key, expectedVersion)) {
                return false;
            }
            NumberedRow current = byKey.remove(key);
            Shelf shelf = shelf(key);
            shelf.bySeq.remove(current.seq());
            shelf.size.decrementAndGet();
            shelf.unschedule(current.row().dueAt(), current.seq());
            byId.computeIfPresent(key.id(), (id, keys) -> {
                Set<ResourceKey> left = new HashSet<>(keysIn(keys));
                left.remove(key);
                return left.isEmpty() ? null : oneOrSet(left);
            });
            return true;
        });
    }

    @Override
    public long nextNumber(String sequence) {
        return durable.kept().nextNumber(sequence);
    }

    @Override
    public Optional<String> setting(String name) {
        return durable.kept().setting(name);
    }

    @Override
    public void putSetting(String name, String value) {
        durable.kept().putSetting(name, value);
    }

    @Override
    public ResourceHistory history() {
        return history;
    }

    @Override
    public StoreContents contents() {
        everything.writeLock().lock();
        try {
            Map<ResourceKey, List<HistoryEntry>> histories = durable.histories();
            List<StoreContents.Item> items = all().stream()
                    .map(row -> new StoreContents.Item(row, histories.getOrDefault(row.key(), List.of()))).toList();
            return new StoreContents(items, durable.kept().sequences());
        } finally {
            everything.writeLock().unlock();
        }
    }

    @Override
    public void replace(StoreContents contents) {
        everything.writeLock().lock();
        try {
            StoreContents compact = contents.compact();
            durable.replace(compact);
            nextSeq.set(0);
            reindex(NumberedRow.inOrder(compact.resources().stream().map(StoreContents.Item::resource).toList()));
        } finally {
            everything.writeLock().unlock();
        }
    }

    @Override
    public void clear() {
        everything.writeLock().lock();
        try {
            durable.clear();
            reindex(List.of());
        } finally {
            everything.writeLock().unlock();
        }
    }

    @Override
    public void close() {
        durable.close();
    }

    /** Runs a write holding the locks of its keys, always taken in the same order so two writers never deadlock. */
    private boolean write(List<ResourceKey> keys, BooleanSupplier change) {
        TreeSet<Integer> stripes = new TreeSet<>();
        keys.forEach(k -> stripes.add(Math.floorMod(k.hashCode(), LOCK_STRIPES)));
        everything.readLock().lock();
        try {
            return holding(stripes.iterator(), change);
        } finally {
            everything.readLock().unlock();
        }
    }

    private boolean holding(Iterator<Integer> stripes, BooleanSupplier change) {
        if (!stripes.hasNext()) {
            return change.getAsBoolean();
        }
        synchronized (locks[stripes.next()]) {
            return holding(stripes, change);
        }
    }

    private boolean at(ResourceKey key, long version) {
        NumberedRow current = byKey.get(key);
        return current != null && current.row().version() == version;
    }

    private void replaceRow(StoredResource resource) {
        NumberedRow current = byKey.get(resource.key());
        Shelf shelf = shelf(resource.key());
        shelf.unschedule(current.row().dueAt(), current.seq());
        shelf.bySeq.put(current.seq(), resource);
        shelf.schedule(resource.dueAt(), current.seq());
        byKey.put(resource.key(), new NumberedRow(current.seq(), resource));
    }

    /** Forgets the index and builds it again from these compact rows; new rows are numbered after the last of them. */
    private void reindex(List<NumberedRow> rows) {
        byKey.clear();
        byId.clear();
        shelves.clear();
        rows.forEach(r -> {
            index(r.row(), r.seq());
            nextSeq.accumulateAndGet(r.seq(), Math::max);
        });
    }

    private void index(StoredResource row, long seq) {
        byKey.put(row.key(), new NumberedRow(seq, row));
        byId.merge(row.key().id(), row.key(), (had, added) -> {
            Set<ResourceKey> both = new HashSet<>(keysIn(had));
            both.add((ResourceKey) added);
            return oneOrSet(both);
        });
        Shelf shelf = shelf(row.key());
        shelf.bySeq.put(seq, row);
        shelf.size.incrementAndGet();
        shelf.schedule(row.dueAt(), seq);
    }

    /** The keys a value of {@link #byId} holds. */
    @SuppressWarnings("unchecked")
    private static Set<ResourceKey> keysIn(Object keys) {
        return keys == null ? Set.of() : keys instanceof ResourceKey one ? Set.of(one) : (Set<ResourceKey>) keys;
    }

    private static Object oneOrSet(Set<ResourceKey> keys) {
        return keys.size() == 1 ? keys.iterator().next() : Set.copyOf(keys);
    }

    private Shelf shelf(ResourceKey key) {
        return shelves.computeIfAbsent(new ShelfKey(key.scope(), key.kind()), k -> new Shelf());
    }

    /** History as the write-through files it: under the row's number, which this index knows by key. */
    private final class IndexedHistory implements ResourceHistory {
        @Override
        public List<HistoryEntry> of(ResourceKey key) {
            NumberedRow row = byKey.get(key);
            return row == null ? List.of() : durable.history(row.seq(), key);
        }

        /** A deleted row's history went with it. */
        @Override
        public void forget(ResourceKey key) {
        }

        @Override
        public void clear() {
            durable.clearHistory();
        }
    }
}
