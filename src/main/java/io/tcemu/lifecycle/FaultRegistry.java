package io.tcemu.lifecycle;

import io.tcemu.api.ApiError;
import io.tcemu.api.CallContext;
import io.tcemu.store.SharedValues;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Faults waiting for their operation, first in first out. Each is consumed by the one operation it
 * fails: kept as a shared value and claimed atomically, so on a store several gateways share it
 * fails one operation, whichever gateway runs it.
 */
public final class FaultRegistry {
    private final LifecycleCatalog catalog;
    private final SharedList<Fault> pending;

    FaultRegistry(LifecycleCatalog catalog, SharedValues shared) {
        this.catalog = catalog;
        this.pending = new SharedList<>(shared, "faults", Fault.class);
    }

    /**
     * Registers a fault; refused when no lifecycle of the product has that operation with a failure
     * state (outcome fail), an error state (outcome error) or a scenario of the outcome's name.
     */
    public void add(Fault fault) {
        check(fault);
        pending.update(list -> {
            list.add(fault);
            return list;
        });
    }

    private void check(Fault fault) {
        boolean accepted = catalog.all().stream()
                .filter(d -> d.product().equals(fault.product()))
                .flatMap(d -> d.operation(fault.action()).stream())
                .anyMatch(op -> op.accepts(fault.outcome()));
        if (!accepted) {
            String kind = fault.outcome().equals(Fault.Outcome.ERROR) ? "an error state"
                    : fault.outcome().equals(Fault.Outcome.FAIL) ? "a failure state" : "a scenario " + fault.outcome().name();
            List<String> failable = catalog.all().stream()
                    .filter(d -> d.product().equals(fault.product()))
                    .flatMap(d -> d.operations().stream().filter(op -> op.accepts(fault.outcome())).map(Operation::name))
                    .toList();
            throw ApiError.of("InvalidParameterValue",
                    "No " + fault.product() + " operation " + fault.action() + " has " + kind
                            + "; faults with outcome " + fault.outcome().name() + " apply to: " + failable + ".",
                    fault.product() + " 的操作 " + fault.action() + " 不支持结果为 " + fault.outcome().name()
                            + " 的故障；可注入的操作：" + failable + "。");
        }
        if (fault.step() != null) {
            List<String> steps = catalog.all().stream()
                    .filter(d -> d.product().equals(fault.product()))
                    .flatMap(d -> d.operation(fault.action()).stream())
                    .flatMap(op -> op.transitions().stream())
                    .flatMap(t -> t.steps().stream().map(Step::id))
                    .distinct().toList();
            if (!steps.contains(fault.step())) {
                throw ApiError.of("InvalidParameterValue",
                        fault.product() + " operation " + fault.action() + " has no step " + fault.step()
                                + "; its steps: " + steps + ".",
                        fault.product() + " 的操作 " + fault.action() + " 没有步骤 " + fault.step() + "；可选步骤：" + steps + "。");
            }
        }
    }

    /** Replaces every fault, all or none: each is checked before any is kept. */
    public void replace(List<Fault> faults) {
        faults.forEach(this::check);
        pending.update(list -> new ArrayList<>(faults));
    }

    public List<Fault> list() {
        return pending.get();
    }

    public void clear() {
        pending.update(list -> new ArrayList<>());
    }

    /** Claims for one attempt at changing a resource; returned if the attempt loses its compare-and-set. */
    Claims claims() {
        return new Claims();
    }

    final class Claims {
        private final List<Fault> taken = new ArrayList<>();

        /** Takes the first fault matching this operation whose outcome the transition can take, if any; else null. */
        Fault claim(String product, String operation, String resourceId, Transition transition) {
            if (pending.get().isEmpty()) {
                return null;
            }
            AtomicReference<Fault> claimed = new AtomicReference<>();
            pending.update(list -> {
                claimed.set(null);
                for (Iterator<Fault> it = list.iterator(); it.hasNext(); ) {
                    Fault f = it.next();
                    if (f.matches(product, operation, resourceId) && transition.accepts(f)) {
                        it.remove();
                        claimed.set(f);
                        break;
                    }
                }
                return list;
            });
            Fault f = claimed.get();
            if (f != null) {
                taken.add(f);
                CallContext.faulted("outcome " + f.outcome().name() + " of " + product + "."
                        + operation + " on " + resourceId + (f.step() == null ? "" : " at step " + f.step()));
            }
            return f;
        }

        /** Puts back what this attempt took, ahead of the rest, so the next attempt finds them again. */
        void restore() {
            if (!taken.isEmpty()) {
                pending.update(list -> {
                    list.addAll(0, taken);
                    return list;
                });
                taken.clear();
            }
        }
    }
}
