package io.tcemu.lifecycle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tcemu.store.ResourceKey;
import io.tcemu.store.StoredResource;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Applies one lifecycle definition to one working resource: settles what is due, starts
 * operations, counts reads, releases and fails. Pure logic over the working copy; the engine does
 * the reading and the compare-and-set writing around it, and looks up the resources that
 * operations in flight await.
 */
final class StateMachine {
    /** More events than this in one settlement means a cycle the definition checks did not catch. */
    private static final int MAX_EVENTS = 1000;

    private final LifecycleDefinition def;
    private final ProgressionSettings progressions;
    private final FaultRegistry.Claims faults;
    private final Awaited awaited;

    /** How a resource reaches the resources its operations in flight await. */
    interface Awaited {
        /** The resource, settled but not counted as a read; empty if it does not exist (yet). */
        Optional<Resource> observe(ResourceKey key);

        /** Counts a read of the resource, if it exists: reading an awaiting resource reads what it awaits. */
        void read(ResourceKey key);
    }

    StateMachine(LifecycleDefinition def, ProgressionSettings progressions, FaultRegistry.Claims faults, Awaited awaited) {
        this.def = def;
        this.progressions = progressions;
        this.faults = faults;
        this.awaited = awaited;
    }

    /** A new resource enters its initial states: automatic operations that start from them begin. */
    void enter(WorkingResource w, Instant at) {
        startAutomatic(w, def.dimensionNames(), at);
        settle(w, at);
    }

    /** Settles what time has made due, without counting a read: how an awaiting resource looks at another. */
    void observe(WorkingResource w, Instant now) {
        settle(w, now);
    }

    /** A describe call: settles what time has made due, then counts the read for {@code reads} progression. */
    void read(WorkingResource w, Instant now) {
        settle(w, now);
        for (String d : def.dimensionNames()) {
            PendingOperation p = w.pending(d);
            if (p != null && transition(p).awaits() != null) {
                awaited.read(awaitedKey(w, p.operation(), transition(p).awaits()));
            } else if (p != null && p.waitsForRead()) {
                w.putPending(d, p.read(now));
            }
        }
        settle(w, now);
    }

    void apply(WorkingResource w, Operation op, Consumer<ObjectNode> attributeChanges, Instant now) {
        settleExisting(w, now, def.notFoundError(op));
        int index = transitionFor(w, op, w.attributes());
        if (attributeChanges != null) {
            // Changed on a copy, so a handler that throws half-way leaves the stored attributes as they were.
            ObjectNode copy = (ObjectNode) w.attributes().deepCopy();
            attributeChanges.accept(copy);
            w.replaceAttributes(copy);
        }
        take(w, op, index, now);
    }

    /** Like {@link #apply}, but the changes see the settled resource and come first, so the guards see them. */
    void applyComputed(WorkingResource w, Operation op, BiConsumer<Resource, ObjectNode> changes, Instant now) {
        settleExisting(w, now, def.notFoundError(op));
        ObjectNode copy = (ObjectNode) w.attributes().deepCopy();
        changes.accept(w.snapshot(now, def), copy);
        int index = transitionFor(w, op, copy);
        w.replaceAttributes(copy);
        take(w, op, index, now);
    }

    private int transitionFor(WorkingResource w, Operation op, JsonNode attributes) {
        return op.transitionFor(w.states(), attributes)
                .orElseThrow(() -> Messages.notAllowed(def, op, w.key().id(), w.states(), attributes));
    }

    /** Starts or settles the chosen transition. */
    private void take(WorkingResource w, Operation op, int index, Instant now) {
        Transition t = op.transitions().get(index);
        if (!t.synchronous()) {
            start(w, op, index, now);
        } else if (t.deletes()) {
            w.delete(op.name(), false, now);
        } else if (t.settled() != null) {
            cancel(w, op.dimension(), now);
            w.set(op.dimension(), t.settled(), now, op.name(), false);
            startAutomatic(w, List.of(op.dimension()), now);
        }
        settle(w, now);
    }

    void release(WorkingResource w, Instant now) {
        settleExisting(w, now, def.notFoundError());
        boolean released = false;
        for (String d : def.dimensionNames()) {
            PendingOperation p = w.pending(d);
            if (p != null && p.waitsForRelease() && transition(p).awaits() == null) {
                w.putPending(d, p.release(now));
                released = true;
            }
        }
        if (!released) {
            throw Messages.nothingHeld(def, w.key().id());
        }
        settle(w, now);
    }

    /** Puts a running resource into the lifecycle's recoverable error state, cancelling what was in flight there. */
    void interrupt(WorkingResource w, Instant now) {
        settleExisting(w, now, def.notFoundError());
        RecoverableError re = def.recoverableError();
        if (re == null || !re.guard().matches(w.states(), w.attributes())) {
            throw Messages.cannotFail(def, w.key().id(), w.states());
        }
        moveTo(w, re.then().entrySet(), now, "fail (admin)");
        settle(w, now);
    }

    private void settleExisting(WorkingResource w, Instant now, String notFoundCode) {
        settle(w, now);
        if (w.deleted()) {
            throw Messages.notFound(def, w.key(), notFoundCode);
        }
    }

    /** Fires every due event in time order, each at the instant it was due, so chained rules see true times. */
    private void settle(WorkingResource w, Instant now) {
        for (int i = 0; !w.deleted(); i++) {
            if (i == MAX_EVENTS) {
                throw new IllegalStateException(def.lifecycle() + " resource " + w.key().id()
                        + " keeps transitioning at " + now + "; its automatic operations or rules form a cycle");
            }
            Optional<Due> next = nextDue(w).filter(due -> !due.at().isAfter(now));
            if (next.isEmpty()) {
                return;
            }
            next.get().fire().run();
        }
    }

    private record Due(Instant at, Runnable fire) {}

    /**
     * The epoch millisecond from which a read could change the resource, for the store's due index:
     * the earliest operation end or timed rule; {@link StoredResource#ALWAYS_DUE} while a read alone
     * moves it (reads progression, an awaited resource); {@link StoredResource#NEVER_DUE} when only
     * an operation can. Rounded down, so a resource is never found due too late.
     */
    static long changesAt(LifecycleDefinition def, WorkingResource w) {
        long at = StoredResource.NEVER_DUE;
        for (String d : def.dimensionNames()) {
            PendingOperation p = w.pending(d);
            if (p == null) {
                continue;
            }
            if (transition(def, p).awaits() != null || p.waitsForRead()) {
                return StoredResource.ALWAYS_DUE;
            }
            at = Math.min(at, millis(p.dueAt()));
        }
        for (TimedRule rule : def.rules()) {
            if (rule.guard().matches(w.states(), w.attributes())) {
                at = Math.min(at, millis(rule.dueAt(w::since, w.createdAt(), w.attributes(), def.zone())));
            }
        }
        return at;
    }

    private static long millis(Instant at) {
        if (at == null) {
            return StoredResource.NEVER_DUE;
        }
        try {
            return at.toEpochMilli();
        } catch (ArithmeticException beyondMillis) {
            return at.isBefore(Instant.EPOCH) ? StoredResource.ALWAYS_DUE : StoredResource.NEVER_DUE;
        }
    }

    /** The earliest event, operations in flight before rules on a tie, each in declaration order. */
    private Optional<Due> nextDue(WorkingResource w) {
        Due best = null;
        for (String d : def.dimensionNames()) {
            Optional<Due> due = end(w, d);
            if (due.isPresent() && (best == null || due.get().at().isBefore(best.at()))) {
                best = due.get();
            }
        }
        for (TimedRule rule : def.rules()) {
            if (!rule.guard().matches(w.states(), w.attributes())) {
                continue;
            }
            Instant at = rule.dueAt(w::since, w.createdAt(), w.attributes(), def.zone());
            if (at != null && (best == null || at.isBefore(best.at()))) {
                best = new Due(at, () -> fire(w, rule, at));
            }
        }
        return Optional.ofNullable(best);
    }

    /** When the operation in flight on a dimension ends, if that is known yet. */
    private Optional<Due> end(WorkingResource w, String dimension) {
        PendingOperation p = w.pending(dimension);
        if (p == null) {
            return Optional.empty();
        }
        Awaits awaits = transition(p).awaits();
        if (awaits != null) {
            return awaitedEnd(w, dimension, p, awaits);
        }
        return Optional.ofNullable(p.dueAt()).map(at -> new Due(at, () -> finish(w, dimension, p, at, false)));
    }

    /** When the awaited resource reached a state that ends the operation; empty while it has not (or does not exist yet). */
    private Optional<Due> awaitedEnd(WorkingResource w, String dimension, PendingOperation p, Awaits awaits) {
        Optional<Resource> found = awaited.observe(awaitedKey(w, p.operation(), awaits));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Resource other = found.get();
        boolean failed = awaits.failedGuard().matches(other.states(), other.readAttributes());
        if (!failed && !awaits.settledGuard().matches(other.states(), other.readAttributes())) {
            return Optional.empty();
        }
        Instant at = p.startedAt();
        for (String d : (failed ? awaits.failed() : awaits.settled()).keySet()) {
            Instant reached = other.since().getOrDefault(d, other.createdAt());
            at = reached.isAfter(at) ? reached : at;
        }
        Instant end = at;
        return Optional.of(new Due(end, () -> finish(w, dimension, p, end, failed)));
    }

    /** The awaited resource's key; its id attribute must be set by the handler that applies the operation. */
    private ResourceKey awaitedKey(WorkingResource w, String operation, Awaits awaits) {
        String id = Attributes.text(w.attributes(), awaits.idAttribute());
        if (id == null) {
            throw new IllegalStateException(def.lifecycle() + " operation " + operation + " awaits the "
                    + awaits.lifecycle() + " named by attribute " + awaits.idAttribute()
                    + ", which resource " + w.key().id() + " does not have");
        }
        return new ResourceKey(w.key().scope(), awaits.lifecycle(), id);
    }

    private Transition transition(PendingOperation p) {
        return transition(def, p);
    }

    private static Transition transition(LifecycleDefinition def, PendingOperation p) {
        return def.operation(p.operation())
                .map(op -> op.transitions().get(p.transition()))
                .orElseThrow(() -> new IllegalStateException(def.lifecycle() + " no longer has operation "
                        + p.operation() + ", which a resource has in flight"));
    }

    /** Ends an operation in flight: failed, errored or ended as a scenario by its fault, failed with what it awaited, else settled. */
    private void finish(WorkingResource w, String dimension, PendingOperation p, Instant at, boolean awaitedFailed) {
        Transition t = transition(p);
        w.recordRun(OperationRun.finished(p, at, awaitedFailed));
        w.endPending(dimension);
        String state;
        if (p.fault() != null) {
            state = t.faultedState(p.fault());
            Scenario scenario = t.scenarioOf(p.fault());
            if (scenario != null && scenario.attributes() != null) {
                ObjectNode recorded = (ObjectNode) w.attributes().deepCopy();
                recorded.setAll(scenario.attributes());
                w.replaceAttributes(recorded);
            }
        } else if (awaitedFailed) {
            state = t.failure();
        } else if (t.deletes()) {
            w.delete(p.operation(), true, at);
            return;
        } else {
            state = t.settled();
        }
        w.set(dimension, state, at, p.operation(), true);
        startAutomatic(w, List.of(dimension), at);
    }

    private void fire(WorkingResource w, TimedRule rule, Instant at) {
        if (rule.deletes()) {
            w.delete(rule.name(), false, at);
        } else {
            moveTo(w, rule.then().entrySet(), at, rule.name());
        }
    }

    /** Moves dimensions to new states, cancelling operations in flight on them, which the move overrides. */
    private void moveTo(WorkingResource w, Collection<Map.Entry<String, String>> targets, Instant at, String cause) {
        for (var target : targets) {
            cancel(w, target.getKey(), at);
            w.set(target.getKey(), target.getValue(), at, cause, false);
        }
        startAutomatic(w, targets.stream().map(Map.Entry::getKey).toList(), at);
    }

    /** Starts the automatic operations whose start states involve a dimension that just changed. */
    private void startAutomatic(WorkingResource w, Collection<String> changedDimensions, Instant at) {
        for (Operation op : def.operations()) {
            if (!op.automatic() || w.pending(op.dimension()) != null) {
                continue;
            }
            op.transitionFor(w.states(), w.attributes())
                    .filter(i -> op.transitions().get(i).from().keySet().stream().anyMatch(changedDimensions::contains))
                    .ifPresent(i -> start(w, op, i, at));
        }
    }

    /** Puts an operation in flight: into its transient state, failing if a fault claims it. */
    private void start(WorkingResource w, Operation op, int index, Instant at) {
        Transition t = op.transitions().get(index);
        if (t.awaits() != null) {
            awaitedKey(w, op.name(), t.awaits());
        }
        cancel(w, op.dimension(), at);
        if (t.transientState() != null) {
            w.set(op.dimension(), t.transientState(), at, op.name(), false);
        }
        if (t.awaits() != null) {
            w.putPending(op.dimension(), PendingOperation.awaiting(op.name(), index, at));
            return;
        }
        Fault fault = faults.claim(def.product(), op.name(), w.key().id(), t);
        ProgressionSetting setting = progressions.resolve(def.lifecycle(), op.name());
        w.putPending(op.dimension(), PendingOperation.start(op.name(), index, at, setting, t.durationSeconds(), fault));
    }

    /** Ends what is in flight on a dimension before it finished, remembering how far it had got. */
    private static void cancel(WorkingResource w, String dimension, Instant at) {
        PendingOperation p = w.pending(dimension);
        if (p != null) {
            w.recordRun(OperationRun.cancelled(p, at));
            w.endPending(dimension);
        }
    }
}
