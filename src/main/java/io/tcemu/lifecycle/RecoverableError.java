package io.tcemu.lifecycle;

import java.util.List;
import java.util.Map;

/** Where an admin "fail resource" call puts a running resource, so that a retry can be tested. */
public record RecoverableError(Map<String, List<String>> from, Map<String, String> then, String note) {
    public RecoverableError {
        from = from == null ? Map.of() : Map.copyOf(from);
        then = then == null ? Map.of() : Map.copyOf(then);
        if (then.isEmpty()) {
            throw new IllegalArgumentException("recoverableError needs the state it moves to");
        }
    }

    Guard guard() {
        return new Guard(from, Map.of());
    }
}
