package io.tcemu.lifecycle;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tcemu.store.SharedValues;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A list of records kept as one JSON value of {@link SharedValues}: on a store several gateways
 * share, they all see and change the same list, each change atomic. The last list read is kept
 * parsed, so reading an unchanged list costs one comparison.
 */
final class SharedList<T> {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final SharedValues values;
    private final String name;
    private final JavaType type;
    private volatile Parsed<T> last = new Parsed<>("[]", List.of());

    private record Parsed<T>(String text, List<T> items) {}

    SharedList(SharedValues values, String name, Class<T> element) {
        this.values = values;
        this.name = name;
        this.type = JSON.getTypeFactory().constructCollectionType(List.class, element);
    }

    List<T> get() {
        return parse(values.get(name));
    }

    /** Replaces the list with what {@code change} makes of a copy of it; may run more than once (see SharedValues). */
    void update(UnaryOperator<List<T>> change) {
        values.update(name, text -> write(change.apply(new ArrayList<>(parse(text)))));
    }

    private List<T> parse(String text) {
        if (text == null) {
            return List.of();
        }
        Parsed<T> known = last;
        if (text.equals(known.text())) {
            return known.items();
        }
        try {
            List<T> items = List.copyOf(JSON.<List<T>>readValue(text, type));
            last = new Parsed<>(text, items);
            return items;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the kept " + name + " are unreadable: " + text, e);
        }
    }

    private String write(List<T> items) {
        try {
            return JSON.writeValueAsString(items);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot keep " + name + ": " + e.getMessage(), e);
        }
    }
}
