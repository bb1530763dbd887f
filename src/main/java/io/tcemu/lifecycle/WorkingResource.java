package io.tcemu.lifecycle;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tcemu.store.ResourceKey;
import io.tcemu.store.StoredResource;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A resource being changed within one attempt: read from its stored row, changed by the state
 * machine, written back with compare-and-set only if something changed. The attributes node is
 * shared with the row and with snapshots, so it is never changed in place: a change replaces it
 * with an edited copy.
 */
final class WorkingResource {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ResourceKey key;
    private final long version;
    private final Instant createdAt;
    private final Map<String, String> states;
    private final Map<String, Instant> since;
    private final Map<String, PendingOperation> pending;
    private final Map<String, OperationRun> lastRuns;
    private final List<Change> changes = new ArrayList<>();
    private ObjectNode attributes;
    private boolean changed;
    private boolean deleted;

    private WorkingResource(ResourceKey key, long version, Instant createdAt, Map<String, String> states,
                            Map<String, Instant> since, Map<String, PendingOperation> pending,
                            Map<String, OperationRun> lastRuns, ObjectNode attributes) {
        this.key = key;
        this.version = version;
        this.createdAt = createdAt;
        this.states = states;
        this.since = since;
        this.pending = pending;
        this.lastRuns = lastRuns;
        this.attributes = attributes;
    }

    /**
     * A state change made in this attempt, for the resource's history: {@code operation} moved
     * {@code dimension}; {@code ending} when it ended an operation in flight rather than started one.
     * {@code to} is null when the resource was deleted.
     */
    record Change(String dimension, String from, String to, String operation, boolean ending, Instant at) {
    }

    /** A new resource, not yet stored, in {@code states} since {@code at}. */
    static WorkingResource created(ResourceKey key, Map<String, String> states, ObjectNode attributes, Instant at) {
        Map<String, Instant> since = new LinkedHashMap<>();
        states.keySet().forEach(d -> since.put(d, at));
        WorkingResource w = new WorkingResource(key, 0, at, new LinkedHashMap<>(states), since, new LinkedHashMap<>(),
                new LinkedHashMap<>(), attributes);
        w.changed = true;
        states.forEach((d, state) -> w.changes.add(new Change(d, null, state, "create", false, at)));
        return w;
    }

    static WorkingResource of(StoredResource row) {
        ObjectNode doc = row.lifecycle();
        Map<String, String> states = new LinkedHashMap<>();
        doc.path("states").properties().forEach(e -> states.put(e.getKey(), e.getValue().asText()));
        Map<String, Instant> since = new LinkedHashMap<>();
        doc.path("since").properties().forEach(e -> since.put(e.getKey(), StoredInstants.parse(e.getValue().asText())));
        Map<String, PendingOperation> pending = new LinkedHashMap<>();
        String product = row.key().kind().substring(0, row.key().kind().indexOf('.'));
        doc.path("pending").properties().forEach(e -> pending.put(e.getKey(), pendingFrom(e.getValue(), product)));
        // Rows written before runs were kept have no "lastRuns": they start with none.
        Map<String, OperationRun> lastRuns = new LinkedHashMap<>();
        doc.path("lastRuns").properties().forEach(e -> lastRuns.put(e.getKey(), runFrom(e.getKey(), e.getValue())));
        return new WorkingResource(row.key(), row.version(), StoredInstants.parse(doc.path("createdAt").asText()),
                states, since, pending, lastRuns, row.attributes());
    }

    /** The row to write back, due (see {@link StoredResource#dueAt()}) at {@code dueAt}. */
    StoredResource toStored(long dueAt) {
        ObjectNode doc = NODES.objectNode();
        doc.put("createdAt", createdAt.toString());
        ObjectNode s = doc.putObject("states");
        states.forEach(s::put);
        ObjectNode t = doc.putObject("since");
        since.forEach((d, at) -> t.put(d, at.toString()));
        ObjectNode p = doc.putObject("pending");
        pending.forEach((d, op) -> p.set(d, pendingTo(op)));
        ObjectNode r = doc.putObject("lastRuns");
        lastRuns.forEach((name, run) -> r.set(name, runTo(run)));
        return new StoredResource(key, version + 1, doc, attributes, dueAt);
    }

    Resource snapshot(Instant observedAt, LifecycleDefinition definition) {
        return new Resource(key, changed ? version + 1 : version, states, since, pending, attributes,
                createdAt, observedAt, deleted, lastRuns, definition);
    }

    ResourceKey key() {
        return key;
    }

    /** The live map: the state machine reads it for guards; changes go through {@link #set}. */
    Map<String, String> states() {
        return states;
    }

    long version() {
        return version;
    }

    boolean changed() {
        return changed;
    }

    boolean deleted() {
        return deleted;
    }

    JsonNode attributes() {
        return attributes;
    }

    void replaceAttributes(ObjectNode changedAttributes) {
        attributes = changedAttributes;
        changed = true;
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant since(String dimension) {
        return since.getOrDefault(dimension, createdAt);
    }

    /**
     * Moves a dimension to {@code state} through {@code operation}; the clock of timed rules restarts,
     * and the history notes it, only when the state really changes.
     */
    void set(String dimension, String state, Instant at, String operation, boolean ending) {
        String from = states.put(dimension, state);
        if (!state.equals(from)) {
            since.put(dimension, at);
            changes.add(new Change(dimension, from, state, operation, ending, at));
        }
        changed = true;
    }

    /** The state changes made in this attempt, in order. */
    List<Change> changes() {
        return List.copyOf(changes);
    }

    PendingOperation pending(String dimension) {
        return pending.get(dimension);
    }

    void putPending(String dimension, PendingOperation op) {
        pending.put(dimension, op);
        changed = true;
    }

    void endPending(String dimension) {
        if (pending.remove(dimension) != null) {
            changed = true;
        }
    }

    /** Remembers how an operation's run ended, replacing what its previous run left. */
    void recordRun(OperationRun run) {
        lastRuns.put(run.operation(), run);
        changed = true;
    }

    void delete(String operation, boolean ending, Instant at) {
        deleted = true;
        changed = true;
        changes.add(new Change("", null, null, operation, ending, at));
    }

    private static ObjectNode pendingTo(PendingOperation op) {
        ObjectNode n = NODES.objectNode();
        n.put("operation", op.operation());
        n.put("transition", op.transition());
        n.put("startedAt", op.startedAt().toString());
        n.put("mode", op.mode().name());
        n.put("seconds", op.seconds());
        n.put("reads", op.reads());
        n.put("readCount", op.readCount());
        n.put("readyAt", op.readyAt() == null ? null : op.readyAt().toString());
        n.put("failing", op.failing());
        if (op.fault() != null) {
            n.set("fault", JSON.valueToTree(op.fault()));
        }
        return n;
    }

    private static ObjectNode runTo(OperationRun run) {
        ObjectNode n = NODES.objectNode();
        n.put("transition", run.transition());
        n.put("startedAt", run.startedAt().toString());
        n.put("endedAt", run.endedAt().toString());
        n.put("outcome", run.outcome().name());
        n.put("fraction", run.fraction());
        if (run.message() != null) {
            n.put("message", run.message());
        }
        if (run.failedStep() != null) {
            n.put("failedStep", run.failedStep());
        }
        return n;
    }

    private static OperationRun runFrom(String operation, JsonNode n) {
        return new OperationRun(operation, n.path("transition").asInt(), StoredInstants.parse(n.path("startedAt").asText()),
                StoredInstants.parse(n.path("endedAt").asText()), OperationRun.Outcome.valueOf(n.path("outcome").asText()),
                n.path("fraction").asDouble(), n.hasNonNull("message") ? n.get("message").asText() : null,
                n.hasNonNull("failedStep") ? n.get("failedStep").asText() : null);
    }

    private static PendingOperation pendingFrom(JsonNode n, String product) {
        JsonNode readyAt = n.path("readyAt");
        return new PendingOperation(n.path("operation").asText(), n.path("transition").asInt(),
                StoredInstants.parse(n.path("startedAt").asText()), ProgressionMode.valueOf(n.path("mode").asText()),
                n.path("seconds").asInt(), n.path("reads").asInt(), n.path("readCount").asInt(),
                readyAt.isNull() || readyAt.isMissingNode() ? null : StoredInstants.parse(readyAt.asText()),
                faultFrom(n, product));
    }

    /** The claimed fault; rows written before faults were stored whole only say {@code failing}. */
    private static Fault faultFrom(JsonNode pending, String product) {
        if (pending.has("fault")) {
            try {
                return JSON.treeToValue(pending.get("fault"), Fault.class);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("unreadable stored fault " + pending.get("fault"), e);
            }
        }
        return pending.path("failing").asBoolean()
                ? new Fault(product, pending.path("operation").asText(), null, Fault.Outcome.FAIL) : null;
    }
}
