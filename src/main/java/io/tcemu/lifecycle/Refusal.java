package io.tcemu.lifecycle;

import java.util.List;
import java.util.Map;

/**
 * A more specific error code for some of the states an operation is not allowed in, e.g. "locked by
 * another flow" while an instance is in a flow, beside the operation's general "wrong status" code.
 */
public record Refusal(Map<String, List<String>> from, Map<String, List<String>> where, String error, String note) {

    public Refusal {
        from = from == null ? Map.of() : Map.copyOf(from);
        where = where == null ? Map.of() : Map.copyOf(where);
        if (error == null || error.isBlank()) {
            throw new IllegalArgumentException("a refusal needs its error code");
        }
        if (from.isEmpty() && where.isEmpty()) {
            throw new IllegalArgumentException("refusal " + error + " needs the states (from) or attributes (where) it applies to");
        }
    }

    Guard guard() {
        return new Guard(from, where);
    }
}
