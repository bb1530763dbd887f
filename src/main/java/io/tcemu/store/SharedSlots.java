package io.tcemu.store;

/**
 * One copy of values that repeat across rows, for rows to share. A value equal to the one in its slot
 * is answered with that one; any other takes the slot, so the table never grows however many distinct
 * values pass. Values must be immutable with final fields: then a racing read may miss, never get a
 * value unequal to the one it asked for, nor one half built.
 */
final class SharedSlots<T> {
    private final Object[] slots;

    /** @param size a power of two */
    SharedSlots(int size) {
        slots = new Object[size];
    }

    @SuppressWarnings("unchecked")
    T shared(T value) {
        int hash = value.hashCode();
        int slot = (hash ^ (hash >>> 16)) & (slots.length - 1);
        T cached = (T) slots[slot];
        if (cached != null && cached.equals(value)) {
            return cached;
        }
        slots[slot] = value;
        return value;
    }
}
