package io.tcemu.admin;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tcemu.api.ApiError;
import io.tcemu.gateway.ApiFault;
import io.tcemu.gateway.ApiFaults;
import io.tcemu.lifecycle.EmulatorClock;
import io.tcemu.lifecycle.Fault;
import io.tcemu.lifecycle.LifecycleEngine;
import io.tcemu.lifecycle.ProgressionSetting;
import io.tcemu.store.HistoryEntry;
import io.tcemu.store.ResourceKey;
import io.tcemu.store.ResourceStore;
import io.tcemu.store.Scope;
import io.tcemu.store.StoreContents;
import io.tcemu.store.StoredResource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The whole emulator state as one JSON document of format {@value #FORMAT} version
 * {@value #VERSION}: resources with their history, sequences, the clock, progression settings and
 * faults. {@link #load} checks a document whole before it changes anything, so a broken one is
 * refused with a message naming what is wrong and nothing is half-loaded.
 */
public final class StateDocument {
    public static final String FORMAT = "tcemu-state";
    public static final int VERSION = 1;

    private final ObjectMapper json;
    private final ResourceStore store;
    private final LifecycleEngine engine;
    private final ApiFaults apiFaults;

    public StateDocument(ObjectMapper json, ResourceStore store, LifecycleEngine engine, ApiFaults apiFaults) {
        this.json = json;
        this.store = store;
        this.engine = engine;
        this.apiFaults = apiFaults;
    }

    /** Everything, as of now. Blocking. */
    public ObjectNode export() {
        StoreContents contents = store.contents();
        EmulatorClock.Reading clock = engine.clock().reading();
        ObjectNode doc = json.createObjectNode().put("format", FORMAT).put("formatVersion", VERSION);
        doc.putObject("clock").put("now", clock.now().toString())
                .put("offsetSeconds", clock.offset().toMillis() / 1000.0)
                .put("frozen", clock.frozen()).put("scale", clock.scale());
        doc.set("progression", json.valueToTree(engine.progressions().list()));
        doc.set("faults", json.valueToTree(engine.faults().list()));
        ArrayNode api = doc.putArray("apiFaults");
        apiFaults.list().forEach(f -> api.add(f.toJson()));
        doc.set("sequences", json.valueToTree(contents.sequences()));
        ArrayNode resources = doc.putArray("resources");
        for (StoreContents.Item item : contents.resources()) {
            resources.add(resource(item));
        }
        return doc;
    }

    private ObjectNode resource(StoreContents.Item item) {
        StoredResource r = item.resource();
        ObjectNode node = json.createObjectNode().put("id", r.key().id()).put("kind", r.key().kind())
                .put("account", r.key().scope().account()).put("region", r.key().scope().region())
                .put("namespace", r.key().scope().namespace()).put("version", r.version());
        node.set("lifecycle", r.lifecycle());
        node.set("attributes", r.attributes());
        node.set("history", history(item.history()));
        return node;
    }

    /** A resource's history as the admin API and documents show it. */
    ArrayNode history(List<HistoryEntry> entries) {
        ArrayNode array = json.createArrayNode();
        for (HistoryEntry e : entries) {
            ObjectNode n = array.addObject().put("dimension", e.dimension()).put("from", e.from()).put("to", e.to())
                    .put("operation", e.operation()).put("settles", e.settles()).put("at", e.at().toString());
            n.put("requestId", e.requestId());
        }
        return array;
    }

    /** Replaces the whole state with the document's, or refuses it whole (IllegalArgumentException). Blocking. */
    public void load(JsonNode doc) {
        Parsed parsed = parse(doc);
        store.replace(parsed.contents);
        engine.progressions().replace(parsed.progression);
        engine.faults().replace(parsed.faults);
        apiFaults.replace(parsed.apiFaults);
        engine.clock().restore(parsed.clock);
    }

    /** Loads files as one document: a directory's *.json files in name order, each adding its resources. */
    public void load(List<Path> paths) {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> listing = Files.list(path)) {
                    listing.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().forEach(files::add);
                } catch (IOException e) {
                    throw new IllegalArgumentException("cannot list " + path + ": " + e.getMessage(), e);
                }
            } else {
                files.add(path);
            }
        }
        ObjectNode merged = null;
        for (Path file : files) {
            ObjectNode doc = read(file);
            merged = merged == null ? doc : merge(merged, doc, file);
        }
        if (merged != null) {
            load(merged);
        }
    }

    /** Writes the state to a file, replacing it only once the whole document is written. */
    public void save(Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            Path temp = Files.createTempFile(parent, file.getFileName().toString(), ".tmp");
            json.writerWithDefaultPrettyPrinter().writeValue(temp.toFile(), export());
            Files.move(temp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new IllegalStateException("cannot save the state to " + file + ": " + e.getMessage(), e);
        }
    }

    private ObjectNode read(Path file) {
        try {
            JsonNode doc = json.readTree(file.toFile());
            if (doc == null || !doc.isObject()) {
                throw new IllegalArgumentException(file + " is not a JSON object");
            }
            parse(doc);
            return (ObjectNode) doc;
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + file + ": " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
        }
    }

    /** Later documents add resources and take the larger sequences; their clock, progression and faults win. */
    private static ObjectNode merge(ObjectNode into, ObjectNode doc, Path file) {
        ObjectNode merged = into.deepCopy();
        for (String section : List.of("clock", "progression", "faults", "apiFaults")) {
            if (doc.has(section)) {
                merged.set(section, doc.get(section));
            }
        }
        doc.path("resources").forEach(r -> merged.withArrayProperty("resources").add(r));
        doc.path("sequences").properties().forEach(e -> {
            JsonNode old = merged.withObjectProperty("sequences").get(e.getKey());
            if (old == null || old.asLong() < e.getValue().asLong()) {
                merged.withObjectProperty("sequences").set(e.getKey(), e.getValue());
            }
        });
        return merged;
    }

    private record Parsed(StoreContents contents, List<ProgressionSetting> progression, List<Fault> faults,
                          List<ApiFault> apiFaults, EmulatorClock.Reading clock) {
    }

    private Parsed parse(JsonNode doc) {
        if (doc == null || !doc.isObject()) {
            throw new IllegalArgumentException("a state document is a JSON object");
        }
        if (!FORMAT.equals(doc.path("format").asText(null))) {
            throw new IllegalArgumentException("\"format\" must be \"" + FORMAT + "\", not " + doc.get("format"));
        }
        if (!doc.path("formatVersion").isInt() || doc.get("formatVersion").asInt() != VERSION) {
            throw new IllegalArgumentException("\"formatVersion\" " + doc.get("formatVersion")
                    + " is not one this tcemu reads; it reads version " + VERSION);
        }
        List<ProgressionSetting> progression = list(doc, "progression", ProgressionSetting.class);
        List<Fault> faults = list(doc, "faults", Fault.class);
        List<ApiFault> api = new ArrayList<>();
        int n = 0;
        for (JsonNode f : array(doc, "apiFaults")) {
            api.add(at("apiFaults[" + n++ + "]", () -> ApiFault.from(f)));
        }
        Map<String, Long> sequences = new LinkedHashMap<>();
        JsonNode seq = doc.path("sequences");
        if (!seq.isMissingNode() && !seq.isObject()) {
            throw new IllegalArgumentException("\"sequences\" must be an object of names and numbers");
        }
        seq.properties().forEach(e -> {
            if (!e.getValue().isIntegralNumber() || e.getValue().asLong() < 1) {
                throw new IllegalArgumentException("sequences." + e.getKey() + " must be a whole number, 1 or more");
            }
            sequences.put(e.getKey(), e.getValue().asLong());
        });
        List<StoreContents.Item> items = new ArrayList<>();
        Set<ResourceKey> keys = new HashSet<>();
        n = 0;
        for (JsonNode r : array(doc, "resources")) {
            String where = "resources[" + n++ + "]";
            StoreContents.Item item = at(where, () -> item(r));
            if (!keys.add(item.resource().key())) {
                throw new IllegalArgumentException(where + ": " + item.resource().key().id() + " appears twice");
            }
            items.add(item);
        }
        return new Parsed(new StoreContents(items, sequences), progression, faults, api, clock(doc.path("clock")));
    }

    private StoreContents.Item item(JsonNode r) {
        ResourceKey key = new ResourceKey(new Scope(text(r, "account"), text(r, "region"),
                r.path("namespace").asText("")), text(r, "kind"), text(r, "id"));
        if (!r.path("version").canConvertToLong() || !r.path("version").isIntegralNumber()) {
            throw new IllegalArgumentException("\"version\" must be a whole number");
        }
        if (!r.path("lifecycle").isObject() || !r.path("attributes").isObject()) {
            throw new IllegalArgumentException("\"lifecycle\" and \"attributes\" must be objects");
        }
        StoredResource row = new StoredResource(key, r.get("version").asLong(), (ObjectNode) r.get("lifecycle"),
                (ObjectNode) r.get("attributes"));
        engine.check(row);
        List<HistoryEntry> history = new ArrayList<>();
        int n = 0;
        for (JsonNode h : array(r, "history")) {
            history.add(at("history[" + n++ + "]", () -> new HistoryEntry(text(h, "dimension"),
                    h.path("from").asText(null), h.path("to").asText(null), text(h, "operation"),
                    h.path("settles").asBoolean(), Instant.parse(text(h, "at")), h.path("requestId").asText(null))));
        }
        return new StoreContents.Item(row, history);
    }

    private static EmulatorClock.Reading clock(JsonNode clock) {
        if (!clock.isObject() || !clock.path("offsetSeconds").isNumber() || !clock.path("frozen").isBoolean()
                || !clock.path("scale").isNumber() || !(clock.get("scale").asDouble() > 0)) {
            throw new IllegalArgumentException("\"clock\" must be {\"now\": ISO instant, \"offsetSeconds\": number, "
                    + "\"frozen\": boolean, \"scale\": positive number}");
        }
        Instant now = at("clock.now", () -> Instant.parse(text(clock, "now")));
        return new EmulatorClock.Reading(now, Duration.ofMillis(Math.round(clock.get("offsetSeconds").asDouble() * 1000)),
                clock.get("frozen").asBoolean(), clock.get("scale").asDouble());
    }

    private <T> List<T> list(JsonNode doc, String field, Class<T> type) {
        List<T> values = new ArrayList<>();
        int n = 0;
        for (JsonNode value : array(doc, field)) {
            String where = field + "[" + n++ + "]";
            values.add(at(where, () -> {
                try {
                    return json.treeToValue(value, type);
                } catch (JsonProcessingException e) {
                    if (e.getCause() instanceof ApiError error) {
                        throw new IllegalArgumentException(error.getMessage());
                    }
                    throw new IllegalArgumentException(e.getOriginalMessage());
                }
            }));
        }
        return values;
    }

    private static Iterable<JsonNode> array(JsonNode doc, String field) {
        JsonNode value = doc.path(field);
        if (value.isMissingNode()) {
            return List.of();
        }
        if (!value.isArray()) {
            throw new IllegalArgumentException("\"" + field + "\" must be an array");
        }
        return value;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (!value.isTextual() || value.asText().isEmpty()) {
            throw new IllegalArgumentException("\"" + field + "\" must be a non-empty string");
        }
        return value.asText();
    }

    /** Runs a part of the parse, prefixing its failure with where in the document it is. */
    private static <T> T at(String where, java.util.function.Supplier<T> part) {
        try {
            return part.get();
        } catch (ApiError | IllegalArgumentException | java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
        }
    }
}
