package io.tcemu.answer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tcemu.api.Answerer;
import io.tcemu.api.ApiRequest;
import io.tcemu.spec.ApiSpecs;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The stubs tests have posted. A stub answers a matching call before any handler, emulated or not;
 * the newest matching stub wins, and one whose {@code times} are used up is gone.
 */
public final class Stubs {
    private final StubReader reader;
    private final List<Stub> stubs = new CopyOnWriteArrayList<>();
    private final AtomicLong ids = new AtomicLong();

    public Stubs(ApiSpecs specs) {
        this.reader = new StubReader(specs);
    }

    /** A stub that answers and how long it waits first. */
    public record Taken(Answerer answerer, long delayMs) {
    }

    /** @throws IllegalArgumentException naming the field of a stub that does not fit the spec */
    public ObjectNode add(JsonNode definition) {
        if (!definition.isObject()) {
            throw new IllegalArgumentException("the body must be a JSON object");
        }
        Stub stub = reader.read("stub-" + ids.incrementAndGet(), definition);
        stubs.add(stub);
        return stub.view();
    }

    /** Takes one answer of the newest stub that matches the call, if any. */
    public Optional<Taken> take(ApiRequest request) {
        List<Stub> snapshot = List.copyOf(stubs);
        for (int i = snapshot.size() - 1; i >= 0; i--) {
            Stub stub = snapshot.get(i);
            if (stub.matches(request) && stub.take()) {
                if (stub.usedUp()) {
                    stubs.remove(stub);
                }
                return Optional.of(new Taken(stub.answerer(), stub.delayMs()));
            }
        }
        return Optional.empty();
    }

    /** Whether some stub answers this action: what coverage reports for it. */
    public boolean stubs(String product, String version, String action) {
        return stubs.stream().anyMatch(s -> s.product().equals(product) && s.version().equals(version)
                && s.action().equals(action));
    }

    public ArrayNode list() {
        ArrayNode list = JsonNodeFactory.instance.arrayNode();
        stubs.forEach(stub -> list.add(stub.view()));
        return list;
    }

    /** @return whether a stub had that id */
    public boolean remove(String id) {
        return stubs.removeIf(stub -> stub.id().equals(id));
    }

    public void clear() {
        stubs.clear();
    }
}
