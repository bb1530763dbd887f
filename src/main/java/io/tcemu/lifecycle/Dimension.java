package io.tcemu.lifecycle;

import java.util.List;

/** One independent state of a resource, such as Status or TradeStatus, with its values. */
public record Dimension(String name, String initial, List<String> states, String note) {
    public Dimension {
        states = states == null ? List.of() : List.copyOf(states);
        if (name == null || !states.contains(initial)) {
            throw new IllegalArgumentException("dimension " + name + " needs states that include its initial state " + initial);
        }
    }
}
