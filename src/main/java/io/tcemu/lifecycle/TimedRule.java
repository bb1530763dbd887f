package io.tcemu.lifecycle;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A transition that time makes: while a resource is {@code in} some states (and its attributes
 * match {@code where}), after {@code afterSeconds} there, or once the instant held in the
 * attribute {@code atAttribute} has passed, it moves to {@code then} or is deleted.
 */
public record TimedRule(
        String name,
        Map<String, List<String>> in,
        Map<String, List<String>> where,
        Long afterSeconds,
        String atAttribute,
        Map<String, String> then,
        boolean deletes,
        String note) {

    public TimedRule {
        in = in == null ? Map.of() : Map.copyOf(in);
        where = where == null ? Map.of() : Map.copyOf(where);
        then = then == null ? Map.of() : Map.copyOf(then);
        if ((afterSeconds == null) == (atAttribute == null)) {
            throw new IllegalArgumentException("rule " + name + " needs exactly one of afterSeconds and atAttribute");
        }
        if (then.isEmpty() == !deletes) {
            throw new IllegalArgumentException("rule " + name + " needs exactly one of then and deletes");
        }
        if (in.isEmpty()) {
            throw new IllegalArgumentException("rule " + name + " needs the states it applies in");
        }
    }

    Guard guard() {
        return new Guard(in, where);
    }

    /** When the rule fires for a resource that entered each dimension's state at {@code since}; null if never. */
    Instant dueAt(Function<String, Instant> since, Instant createdAt, JsonNode attributes, ZoneId zone) {
        Instant entered = in.keySet().stream().map(since).max(Instant::compareTo).orElse(createdAt);
        return dueAt(entered, attributes, zone);
    }

    private Instant dueAt(Instant entered, JsonNode attributes, ZoneId zone) {
        if (afterSeconds != null) {
            return entered.plusSeconds(afterSeconds);
        }
        Instant at = Attributes.instant(attributes, atAttribute, zone);
        if (at == null) {
            return null;
        }
        return at.isAfter(entered) ? at : entered;
    }
}
