package io.tcemu.store;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/** {@link SharedValues} of one process: a concurrent map, whose compute is the atomic step. */
final class MemorySharedValues implements SharedValues {
    private final Map<String, String> values = new ConcurrentHashMap<>();

    @Override
    public String get(String name) {
        return values.get(name);
    }

    @Override
    public String update(String name, UnaryOperator<String> change) {
        return values.compute(name, (n, current) -> change.apply(current));
    }
}
