package io.tcemu.lifecycle;

import io.tcemu.gateway.ApiError;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedList;
import java.util.List;

/** Faults waiting for their operation, first in first out. Each is consumed by the one operation it fails. */
public final class FaultRegistry {
    private final LifecycleCatalog catalog;
    private final LinkedList<Fault> pending = new LinkedList<>();

    FaultRegistry(LifecycleCatalog catalog) {
        this.catalog = catalog;
    }

    /** Registers a fault; refused when no lifecycle of the product has that operation with a failure state. */
    public void add(Fault fault) {
        boolean canFail = catalog.all().stream()
                .filter(d -> d.product().equals(fault.product()))
                .flatMap(d -> d.operation(fault.action()).stream())
                .anyMatch(Operation::canFail);
        if (!canFail) {
            List<String> failable = catalog.all().stream()
                    .filter(d -> d.product().equals(fault.product()))
                    .flatMap(d -> d.operations().stream().filter(Operation::canFail).map(Operation::name))
                    .toList();
            throw ApiError.of("InvalidParameterValue",
                    "No " + fault.product() + " operation " + fault.action() + " has a failure state; faults apply to: " + failable + ".",
                    fault.product() + " 的操作 " + fault.action() + " 没有失败状态；可注入故障的操作：" + failable + "。");
        }
        synchronized (pending) {
            pending.add(fault);
        }
    }

    public List<Fault> list() {
        synchronized (pending) {
            return List.copyOf(pending);
        }
    }

    public void clear() {
        synchronized (pending) {
            pending.clear();
        }
    }

    /** Claims for one attempt at changing a resource; returned if the attempt loses its compare-and-set. */
    Claims claims() {
        return new Claims();
    }

    final class Claims {
        private final List<Fault> taken = new ArrayList<>();

        /** Takes the first fault matching this operation, if any. */
        boolean claim(String product, String operation, String resourceId) {
            synchronized (pending) {
                for (Iterator<Fault> it = pending.iterator(); it.hasNext(); ) {
                    Fault f = it.next();
                    if (f.matches(product, operation, resourceId)) {
                        it.remove();
                        taken.add(f);
                        return true;
                    }
                }
            }
            return false;
        }

        /** Puts back what this attempt took, ahead of the rest, so the next attempt finds them again. */
        void restore() {
            synchronized (pending) {
                pending.addAll(0, taken);
            }
            taken.clear();
        }
    }
}
