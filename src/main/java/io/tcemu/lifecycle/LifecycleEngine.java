package io.tcemu.lifecycle;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tcemu.api.ApiError;
import io.tcemu.api.CallContext;
import io.tcemu.store.ResourceKey;
import io.tcemu.store.ResourcePage;
import io.tcemu.store.ResourceQuery;
import io.tcemu.store.ResourceStore;
import io.tcemu.store.SharedValues;
import io.tcemu.store.Scope;
import io.tcemu.store.StoredResource;
import io.tcemu.store.StoredWrite;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs resources through their lifecycles. Knows no product: a handler names the lifecycle (the
 * key's kind) and the operation, and shapes the response from the {@link Resource} it gets back.
 * Transitions settle lazily whenever a resource is touched, against the emulator clock. Every
 * change is a compare-and-set on the stored version, retried from a fresh read when another
 * writer got there first; an operation that is no longer allowed after the retry is refused.
 * All calls block on the store.
 */
public final class LifecycleEngine {
    /** Each lost compare-and-set means another writer succeeded, so this bound is never reached in practice. */
    private static final int MAX_ATTEMPTS = 100;

    private final LifecycleCatalog catalog;
    private final ResourceStore store;
    private final EmulatorClock clock;
    private final FaultRegistry faults;
    private final ProgressionSettings progressions;
    private final KeptClock keptClock;
    private final HistoryRecorder history;
    private final ReadSnapshots snapshots = new ReadSnapshots();
    /** Other resources as an awaiting one sees them, through the same settling and compare-and-set. */
    private final StateMachine.Awaited awaited = new StateMachine.Awaited() {
        @Override
        public Optional<Resource> observe(ResourceKey key) {
            return LifecycleEngine.this.observe(key);
        }

        @Override
        public void read(ResourceKey key) {
            transact(catalog.get(key.kind()), key, null, StateMachine::read);
        }
    };

    public LifecycleEngine(LifecycleCatalog catalog, ResourceStore store, EmulatorClock clock) {
        this(catalog, store, clock, SharedValues.inMemory());
    }

    /** @param shared where faults and progression settings are kept: with the store, when gateways share it */
    public LifecycleEngine(LifecycleCatalog catalog, ResourceStore store, EmulatorClock clock, SharedValues shared) {
        this.catalog = catalog;
        this.store = store;
        this.clock = clock;
        this.faults = new FaultRegistry(catalog, shared);
        this.progressions = new ProgressionSettings(catalog, shared);
        this.history = new HistoryRecorder(store.history());
        this.keptClock = new KeptClock(clock, store);
        keptClock.attach();
    }

    /** Keeps the clock's current reading with the resources, for a restart on the same store to resume. */
    public void saveClock() {
        keptClock.save();
    }

    public LifecycleCatalog catalog() {
        return catalog;
    }

    public EmulatorClock clock() {
        return clock;
    }

    public FaultRegistry faults() {
        return faults;
    }

    public ProgressionSettings progressions() {
        return progressions;
    }

    /** Creates a resource of lifecycle {@code key.kind()} in its initial states. */
    public Resource create(ResourceKey key, ObjectNode attributes) {
        return create(key, attributes, Map.of());
    }

    /**
     * Creates a resource with some initial states overridden: a free DTS task starts with
     * TradeStatus NotBilled, and tests or an admin seed can start a job anywhere.
     */
    public Resource create(ResourceKey key, ObjectNode attributes, Map<String, String> initialStates) {
        FaultRegistry.Claims claims = faults.claims();
        Instant now = clock.now();
        WorkingResource w = entered(key, attributes, initialStates, claims, now);
        if (!store.writeTogether(List.of(inserted(w)))) {
            claims.restore();
            throw Messages.alreadyExists(catalog.get(key.kind()), key);
        }
        written(w);
        return snapshot(w, now);
    }

    /** A resource to create in the same write as another resource's change: its key and attributes. */
    public record Companion(ResourceKey key, ObjectNode attributes) {
    }

    /**
     * Creates a resource and, in the same atomic write, the companion {@code alsoCreate} makes of
     * it (a Redis instance and its Create task): both are stored, or neither.
     */
    public Resource create(ResourceKey key, ObjectNode attributes, Function<Resource, Companion> alsoCreate) {
        FaultRegistry.Claims claims = faults.claims();
        Instant now = clock.now();
        WorkingResource w = entered(key, attributes, Map.of(), claims, now);
        Companion companion = alsoCreate.apply(snapshot(w, now));
        WorkingResource other = entered(companion.key(), companion.attributes(), Map.of(), claims, now);
        if (!store.writeTogether(List.of(inserted(w), inserted(other)))) {
            claims.restore();
            throw Messages.alreadyExists(catalog.get(key.kind()), key);
        }
        written(w);
        written(other);
        return snapshot(w, now);
    }

    /** A new resource in its initial states (some overridden), entered as of {@code now}; not yet stored. */
    private WorkingResource entered(ResourceKey key, ObjectNode attributes, Map<String, String> initialStates,
                                    FaultRegistry.Claims claims, Instant now) {
        LifecycleDefinition def = catalog.get(key.kind());
        Map<String, String> states = new LinkedHashMap<>();
        for (Dimension d : def.dimensions()) {
            String state = initialStates.getOrDefault(d.name(), d.initial());
            if (!d.states().contains(state)) {
                throw Messages.unknownState(def, d.name(), state);
            }
            states.put(d.name(), state);
        }
        initialStates.keySet().stream().filter(n -> !states.containsKey(n)).findFirst()
                .ifPresent(n -> { throw Messages.unknownState(def, n, initialStates.get(n)); });
        WorkingResource w = WorkingResource.created(key, states, attributes.deepCopy(), now);
        machine(def, claims).enter(w, now);
        return w;
    }

    /** Reads a resource, settling what is due and counting the read; the lifecycle's not-found error if absent. */
    public Resource get(ResourceKey key) {
        LifecycleDefinition def = catalog.get(key.kind());
        return store.find(key).flatMap(row -> read(def, row))
                .orElseThrow(() -> Messages.notFound(def, key, def.notFoundError()));
    }

    /**
     * A stored row as a read sees it: settled in a transaction when a read could change it (see
     * {@link StoredResource#dueAt()}), otherwise decoded once and shared, as {@link #query} pages are.
     */
    private Optional<Resource> read(LifecycleDefinition def, StoredResource row) {
        Instant now = clock.now();
        if (row.dueAt() <= now.toEpochMilli()) {
            return transact(def, row.key(), row, StateMachine::read).filter(r -> !r.deleted());
        }
        CallContext.touched(row.key().id());
        return Optional.of(snapshots.of(row, now, def)).filter(r -> !r.deleted());
    }

    /**
     * A resource settled as of now without counting a read, as an inspection sees it: the
     * progression of an operation waiting for reads does not move. Empty if it does not exist.
     */
    public Optional<Resource> observe(ResourceKey key) {
        return transact(catalog.get(key.kind()), key, null, StateMachine::observe).filter(r -> !r.deleted());
    }

    /** Reads every resource of a lifecycle in a scope, oldest first, each settled as {@link #query} settles. */
    public List<Resource> list(Scope scope, String lifecycle) {
        return query(ResourceQuery.all(scope, lifecycle)).items();
    }

    /** A page of resources and how many matched in all. */
    public record Page(List<Resource> items, int total) {}

    /**
     * Answers a query from the store's indexes. First the resources that a read could change now
     * (a transition came due, a {@code reads} progression, an awaited resource) are read and settled,
     * so that filters on state see what is due; nothing else is written. Then the store answers the
     * filters, order and page, and only the page becomes {@link Resource}s.
     */
    public Page query(ResourceQuery query) {
        LifecycleDefinition def = catalog.get(query.kind());
        Instant now = clock.now();
        for (StoredResource row : store.due(query.scope(), query.kind(), now.toEpochMilli())) {
            transact(def, row.key(), row, StateMachine::read);
        }
        ResourcePage page = store.query(query);
        List<Resource> items = new ArrayList<>(page.rows().size());
        for (StoredResource row : page.rows()) {
            items.add(snapshots.of(row, now, def));
        }
        return new Page(items, page.total());
    }

    public Resource apply(ResourceKey key, String operation) {
        return apply(key, operation, null);
    }

    /**
     * Applies the operation named after an API action: refused with the operation's error unless
     * the resource is in a state it is allowed from; otherwise {@code attributeChanges} (may be null)
     * edits the attributes and the resource moves to the transient state, or settles at once.
     * Both happen in one atomic write.
     */
    public Resource apply(ResourceKey key, String operation, Consumer<ObjectNode> attributeChanges) {
        LifecycleDefinition def = catalog.get(key.kind());
        Operation op = apiOperation(def, operation);
        return transact(def, key, null, (m, w, now) -> m.apply(w, op, attributeChanges, now))
                .orElseThrow(() -> Messages.notFound(def, key, def.notFoundError(op)));
    }

    /**
     * As {@link #apply(ResourceKey, String, Consumer)}, and creates the companion {@code alsoCreate}
     * makes of the changed resource in the same atomic write (the task a Redis instance's flow
     * awaits): the change and the creation are stored together, or neither is.
     */
    public Resource apply(ResourceKey key, String operation, Consumer<ObjectNode> attributeChanges,
                          Function<Resource, Companion> alsoCreate) {
        LifecycleDefinition def = catalog.get(key.kind());
        Operation op = apiOperation(def, operation);
        return transact(def, key, null, (m, w, now) -> m.apply(w, op, attributeChanges, now), alsoCreate)
                .orElseThrow(() -> Messages.notFound(def, key, def.notFoundError(op)));
    }

    private static Operation apiOperation(LifecycleDefinition def, String operation) {
        return def.operation(operation).filter(o -> !o.automatic())
                .orElseThrow(() -> new IllegalArgumentException(def.lifecycle() + " has no API operation " + operation));
    }

    /**
     * Applies an operation whose course depends on the moment it is applied. {@code changes} sees
     * the resource settled as of now and edits a copy of its attributes first; the transition is
     * then chosen on the edited attributes. So a handler can record a condition only known at apply
     * time (does a referenced object exist, has a retention run out) for a transition's
     * {@code where} to test, and derive attributes from the current state and the clock. When no
     * transition applies, the operation is refused and the edit is dropped. One atomic write.
     */
    public Resource applyComputed(ResourceKey key, String operation, BiConsumer<Resource, ObjectNode> changes) {
        LifecycleDefinition def = catalog.get(key.kind());
        Operation op = apiOperation(def, operation);
        return transact(def, key, null, (m, w, now) -> m.applyComputed(w, op, changes, now))
                .orElseThrow(() -> Messages.notFound(def, key, def.notFoundError(op)));
    }

    /**
     * Every resource of a lifecycle with this id, in any account and region, settled and counted as
     * read: for products whose ids are global (a Redis TaskId), to tell another account's resource
     * from one that does not exist.
     */
    public List<Resource> findAll(String lifecycle, String id) {
        LifecycleDefinition def = catalog.get(lifecycle);
        List<Resource> found = new ArrayList<>();
        for (StoredResource row : store.findById(id)) {
            if (row.key().kind().equals(lifecycle)) {
                read(def, row).ifPresent(found::add);
            }
        }
        return found;
    }

    /** The next number of a named sequence (1, 2, …), for products whose ids are integers. */
    public long nextNumber(String sequence) {
        return store.nextNumber(sequence);
    }

    /** Lets the held operations of the resource with this id settle now. */
    public Resource release(String resourceId) {
        return byId(resourceId, StateMachine::release);
    }

    /** Puts the resource with this id into its lifecycle's recoverable error state (e.g. ResumableErr). */
    public Resource fail(String resourceId) {
        return byId(resourceId, StateMachine::interrupt);
    }

    /**
     * Checks that a stored row (from a state document) is one this engine can run: a known
     * lifecycle, a state in each of its dimensions, operations in flight it has. Throws
     * IllegalArgumentException naming what is wrong.
     */
    public void check(StoredResource row) {
        if (!catalog.contains(row.key().kind())) {
            throw new IllegalArgumentException("unknown lifecycle " + row.key().kind() + "; known: "
                    + catalog.all().stream().map(LifecycleDefinition::lifecycle).toList());
        }
        LifecycleDefinition def = catalog.get(row.key().kind());
        Resource r;
        try {
            r = WorkingResource.of(row).snapshot(clock.now(), def);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("unreadable lifecycle document: " + e.getMessage(), e);
        }
        for (Dimension d : def.dimensions()) {
            String state = r.state(d.name());
            if (state == null || !d.states().contains(state)) {
                throw new IllegalArgumentException(d.name() + " is " + state + ", not one of " + d.states());
            }
        }
        if (!def.dimensionNames().containsAll(r.states().keySet())) {
            throw new IllegalArgumentException("states " + r.states().keySet() + " are not the dimensions "
                    + def.dimensionNames() + " of " + def.lifecycle());
        }
        for (PendingOperation p : r.pending().values()) {
            int transitions = def.operation(p.operation()).map(op -> op.transitions().size()).orElseThrow(() ->
                    new IllegalArgumentException(def.lifecycle() + " has no operation " + p.operation()));
            if (p.transition() < 0 || p.transition() >= transitions) {
                throw new IllegalArgumentException(p.operation() + " has no transition " + p.transition());
            }
        }
    }

    /** Forgets every resource, fault and progression setting, and puts the clock back on the wall clock. */
    public void reset() {
        store.clear();
        store.history().clear();
        faults.clear();
        progressions.clear();
        clock.reset();
    }

    private Resource byId(String id, Change change) {
        List<StoredResource> rows = store.findById(id);
        if (rows.isEmpty()) {
            throw Messages.noSuchId(id);
        }
        if (rows.size() > 1) {
            throw Messages.ambiguousId(id, rows.stream().map(StoredResource::key).toList());
        }
        StoredResource row = rows.get(0);
        return transact(catalog.get(row.key().kind()), row.key(), row, change)
                .orElseThrow(() -> Messages.noSuchId(id));
    }

    private StateMachine machine(LifecycleDefinition def, FaultRegistry.Claims claims) {
        return new StateMachine(def, progressions, claims, awaited);
    }

    private interface Change {
        void apply(StateMachine machine, WorkingResource resource, Instant now);
    }

    /**
     * Reads (or starts from {@code first}), changes and writes back one resource; empty if it does
     * not exist. A refusal still writes what settling changed before it, then is thrown.
     */
    private Optional<Resource> transact(LifecycleDefinition def, ResourceKey key, StoredResource first, Change change) {
        return transact(def, key, first, change, null);
    }

    /** As above; when the change is accepted, {@code alsoCreate} (may be null) names a resource written with it. */
    private Optional<Resource> transact(LifecycleDefinition def, ResourceKey key, StoredResource first, Change change,
                                        Function<Resource, Companion> alsoCreate) {
        StoredResource row = first;
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            if (row == null) {
                Optional<StoredResource> found = store.find(key);
                if (found.isEmpty()) {
                    return Optional.empty();
                }
                row = found.get();
            }
            FaultRegistry.Claims claims = faults.claims();
            Instant now = clock.now();
            WorkingResource w = WorkingResource.of(row);
            ApiError refusal = null;
            try {
                change.apply(machine(def, claims), w, now);
            } catch (ApiError e) {
                refusal = e;
            }
            WorkingResource companion = refusal != null || alsoCreate == null ? null
                    : companion(alsoCreate.apply(w.snapshot(now, def)), claims, now);
            if (companion == null ? commit(w) : commitWith(w, companion)) {
                written(w);
                if (companion != null) {
                    written(companion);
                }
                if (refusal != null) {
                    throw refusal;
                }
                return Optional.of(w.snapshot(now, def));
            }
            claims.restore();
            row = null;
        }
        throw new IllegalStateException("gave up changing " + key + " after " + MAX_ATTEMPTS + " conflicting writes");
    }

    private WorkingResource companion(Companion companion, FaultRegistry.Claims claims, Instant now) {
        return entered(companion.key(), companion.attributes(), Map.of(), claims, now);
    }

    /** The change and the new companion in one transaction; false (nothing written) if either lost its race. */
    private boolean commitWith(WorkingResource w, WorkingResource companion) {
        return store.writeTogether(List.of(updated(w), inserted(companion)));
    }

    /** After a successful write: the current call notes the resource it touched. */
    private void written(WorkingResource w) {
        CallContext.touched(w.key().id());
    }

    private boolean commit(WorkingResource w) {
        if (!w.changed()) {
            return true;
        }
        if (w.deleted()) {
            if (!store.delete(w.key(), w.version())) {
                return false;
            }
            history.forget(w.key());
            return true;
        }
        return store.writeTogether(List.of(updated(w)));
    }

    /** A new resource's row, with its history's first entries. */
    private StoredWrite inserted(WorkingResource w) {
        return StoredWrite.insert(stored(w)).withHistory(history.entries(w.key(), w.changes()));
    }

    /** A changed resource's row, compared with the version it was read at, with the transitions it adds to its history. */
    private StoredWrite updated(WorkingResource w) {
        return StoredWrite.update(stored(w), w.version()).withHistory(history.entries(w.key(), w.changes()));
    }

    /** The row to write back, with the time from which a read could change it. */
    private StoredResource stored(WorkingResource w) {
        return w.toStored(StateMachine.changesAt(catalog.get(w.key().kind()), w));
    }

    private Resource snapshot(WorkingResource w, Instant now) {
        return w.snapshot(now, catalog.get(w.key().kind()));
    }
}
