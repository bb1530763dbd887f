package io.tcemu.lifecycle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
 * the reading and the compare-and-set writing around it.
 */
final class StateMachine {
    /** More events than this in one settlement means a cycle the definition checks did not catch. */
    private static final int MAX_EVENTS = 1000;

    private final LifecycleDefinition def;
    private final ProgressionSettings progressions;
    private final FaultRegistry.Claims faults;

    StateMachine(LifecycleDefinition def, ProgressionSettings progressions, FaultRegistry.Claims faults) {
        this.def = def;
        this.progressions = progressions;
        this.faults = faults;
    }

    /** A new resource enters its initial states: automatic operations that start from them begin. */
    void enter(WorkingResource w, Instant at) {
        startAutomatic(w, def.dimensionNames(), at);
        settle(w, at);
    }

    /** A describe call: settles what time has made due, then counts the read for {@code reads} progression. */
    void read(WorkingResource w, Instant now) {
        settle(w, now);
        for (String d : def.dimensionNames()) {
            PendingOperation p = w.pending(d);
            if (p != null && p.waitsForRead()) {
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
        changes.accept(w.snapshot(now), copy);
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
            w.delete();
        } else if (t.settled() != null) {
            cancel(w, op.dimension(), now);
            w.set(op.dimension(), t.settled(), now);
            startAutomatic(w, List.of(op.dimension()), now);
        }
        settle(w, now);
    }

    void release(WorkingResource w, Instant now) {
        settleExisting(w, now, def.notFoundError());
        boolean released = false;
        for (String d : def.dimensionNames()) {
            PendingOperation p = w.pending(d);
            if (p != null && p.waitsForRelease()) {
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
        moveTo(w, re.then().entrySet(), now);
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

    /** The earliest event, operations in flight before rules on a tie, each in declaration order. */
    private Optional<Due> nextDue(WorkingResource w) {
        Due best = null;
        for (String d : def.dimensionNames()) {
            PendingOperation p = w.pending(d);
            Instant at = p == null ? null : p.dueAt();
            if (at != null && (best == null || at.isBefore(best.at()))) {
                best = new Due(at, () -> finish(w, d, p, at));
            }
        }
        for (TimedRule rule : def.rules()) {
            if (!rule.guard().matches(w.states(), w.attributes())) {
                continue;
            }
            Instant entered = rule.in().keySet().stream().map(w::since).max(Instant::compareTo).orElse(w.createdAt());
            Instant at = rule.dueAt(entered, w.attributes(), def.zone());
            if (at != null && (best == null || at.isBefore(best.at()))) {
                best = new Due(at, () -> fire(w, rule, at));
            }
        }
        return Optional.ofNullable(best);
    }

    private void finish(WorkingResource w, String dimension, PendingOperation p, Instant at) {
        Transition t = def.operation(p.operation())
                .map(op -> op.transitions().get(p.transition()))
                .orElseThrow(() -> new IllegalStateException(def.lifecycle() + " no longer has operation "
                        + p.operation() + ", which resource " + w.key().id() + " has in flight"));
        w.recordRun(OperationRun.finished(p, at));
        w.endPending(dimension);
        if (t.deletes() && !p.failing()) {
            w.delete();
            return;
        }
        w.set(dimension, p.failing() ? t.failure() : t.settled(), at);
        startAutomatic(w, List.of(dimension), at);
    }

    private void fire(WorkingResource w, TimedRule rule, Instant at) {
        if (rule.deletes()) {
            w.delete();
        } else {
            moveTo(w, rule.then().entrySet(), at);
        }
    }

    /** Moves dimensions to new states, cancelling operations in flight on them, which the move overrides. */
    private void moveTo(WorkingResource w, Collection<Map.Entry<String, String>> targets, Instant at) {
        for (var target : targets) {
            cancel(w, target.getKey(), at);
            w.set(target.getKey(), target.getValue(), at);
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
        cancel(w, op.dimension(), at);
        boolean failing = t.canFail() && faults.claim(def.product(), op.name(), w.key().id());
        if (t.transientState() != null) {
            w.set(op.dimension(), t.transientState(), at);
        }
        ProgressionSetting setting = progressions.resolve(def.lifecycle(), op.name());
        w.putPending(op.dimension(), PendingOperation.start(op.name(), index, at, setting, t.durationSeconds(), failing));
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
