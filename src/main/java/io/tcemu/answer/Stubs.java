package io.tcemu.answer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tcemu.api.Answerer;
import io.tcemu.api.ApiRequest;
import io.tcemu.spec.ApiSpecs;
import io.tcemu.store.SharedValues;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The stubs tests have posted. A stub answers a matching call before any handler, emulated or not;
 * the newest matching stub wins, and one whose {@code times} are used up is gone. They are kept as
 * one shared value ({@code {"next": 3, "stubs": [{"id", "definition", "remaining"}]}}), so on a store
 * several gateways share, a stub posted to one answers at all, and its {@code times} count across them.
 */
public final class Stubs {
    private static final String SHARED = "stubs";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final StubReader reader;
    private final SharedValues shared;
    private volatile Parsed last = new Parsed(null, 0, List.of());

    /** The kept value, read: the stubs in the order they were posted, with the answers each has left. */
    private record Parsed(String text, long next, List<Kept> stubs) {}

    private record Kept(JsonNode definition, Stub stub) {}

    /** Stubs of this process alone. */
    public Stubs(ApiSpecs specs) {
        this(specs, SharedValues.inMemory());
    }

    public Stubs(ApiSpecs specs, SharedValues shared) {
        this.reader = new StubReader(specs);
        this.shared = shared;
    }

    /** A stub that answers and how long it waits first. */
    public record Taken(Answerer answerer, long delayMs) {
    }

    /** @throws IllegalArgumentException naming the field of a stub that does not fit the spec */
    public ObjectNode add(JsonNode definition) {
        if (!definition.isObject()) {
            throw new IllegalArgumentException("the body must be a JSON object");
        }
        reader.read("stub-0", definition); // refused here, naming the field, before anything is kept
        AtomicReference<Stub> added = new AtomicReference<>();
        shared.update(SHARED, text -> {
            Parsed now = parse(text);
            List<Kept> stubs = new ArrayList<>(now.stubs());
            Stub stub = reader.read("stub-" + (now.next() + 1), definition);
            stubs.add(new Kept(definition, stub));
            added.set(stub);
            return write(now.next() + 1, stubs);
        });
        return added.get().view();
    }

    /** Takes one answer of the newest stub that matches the call, if any. */
    public Optional<Taken> take(ApiRequest request) {
        if (current().stubs().isEmpty()) {
            return Optional.empty();
        }
        AtomicReference<Stub> taken = new AtomicReference<>();
        shared.update(SHARED, text -> {
            Parsed now = parse(text);
            taken.set(null);
            List<Kept> stubs = new ArrayList<>(now.stubs());
            for (int i = stubs.size() - 1; i >= 0; i--) {
                Stub stub = stubs.get(i).stub();
                if (stub.matches(request)) {
                    Stub left = reader.read(stub.id(), stubs.get(i).definition());
                    left.remaining().set(stub.remaining().get());
                    left.take();
                    if (left.usedUp()) {
                        stubs.remove(i);
                    } else {
                        stubs.set(i, new Kept(stubs.get(i).definition(), left));
                    }
                    taken.set(stub);
                    return write(now.next(), stubs);
                }
            }
            return text;
        });
        Stub stub = taken.get();
        return stub == null ? Optional.empty() : Optional.of(new Taken(stub.answerer(), stub.delayMs()));
    }

    /** Whether some stub answers this action: what coverage reports for it. */
    public boolean stubs(String product, String version, String action) {
        return current().stubs().stream().map(Kept::stub).anyMatch(s -> s.product().equals(product)
                && s.version().equals(version) && s.action().equals(action));
    }

    public ArrayNode list() {
        ArrayNode list = JsonNodeFactory.instance.arrayNode();
        current().stubs().forEach(kept -> list.add(kept.stub().view()));
        return list;
    }

    /** @return whether a stub had that id */
    public boolean remove(String id) {
        AtomicReference<Boolean> removed = new AtomicReference<>(false);
        shared.update(SHARED, text -> {
            Parsed now = parse(text);
            List<Kept> stubs = new ArrayList<>(now.stubs());
            removed.set(stubs.removeIf(kept -> kept.stub().id().equals(id)));
            return write(now.next(), stubs);
        });
        return removed.get();
    }

    public void clear() {
        shared.update(SHARED, text -> write(parse(text).next(), List.of()));
    }

    private Parsed current() {
        return parse(shared.get(SHARED));
    }

    private Parsed parse(String text) {
        Parsed known = last;
        if (text == null || text.equals(known.text())) {
            return text == null ? new Parsed(null, 0, List.of()) : known;
        }
        try {
            JsonNode kept = JSON.readTree(text);
            List<Kept> stubs = new ArrayList<>();
            for (JsonNode k : kept.path("stubs")) {
                Stub stub = reader.read(k.path("id").asText(), k.path("definition"));
                stub.remaining().set(k.path("remaining").asInt());
                stubs.add(new Kept(k.path("definition"), stub));
            }
            Parsed parsed = new Parsed(text, kept.path("next").asLong(), List.copyOf(stubs));
            last = parsed;
            return parsed;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the kept stubs are unreadable: " + text, e);
        }
    }

    private static String write(long next, List<Kept> stubs) {
        ObjectNode kept = JSON.createObjectNode().put("next", next);
        ArrayNode list = kept.putArray("stubs");
        stubs.forEach(k -> list.addObject().put("id", k.stub().id()).put("remaining", k.stub().remaining().get())
                .set("definition", k.definition()));
        return kept.toString();
    }
}
