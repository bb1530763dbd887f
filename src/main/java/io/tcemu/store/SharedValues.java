package io.tcemu.store;

import java.util.function.UnaryOperator;

/**
 * Named text values that every gateway sharing a store reads and changes as one: the emulator
 * clock, the API faults. Blocking.
 */
public interface SharedValues {

    /** The value, or null when none was set. */
    String get(String name);

    /**
     * Replaces the value with {@code change} applied to it (null when none was set), atomically
     * across every process sharing the store. {@code change} runs again when another writer came
     * first, so it must do nothing but compute; a change that returns its input writes nothing.
     *
     * @return the value now kept
     */
    String update(String name, UnaryOperator<String> change);

    /** Values kept in this process only: for an emulator that is the only one on its store. */
    static SharedValues inMemory() {
        return new MemorySharedValues();
    }
}
