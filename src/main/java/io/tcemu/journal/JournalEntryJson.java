package io.tcemu.journal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A journal entry as the JSON text a shared journal keeps in the database, and back. */
public final class JournalEntryJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private JournalEntryJson() {
    }

    /** The entry as the admin API shows it, and as a shared journal keeps it. */
    public static ObjectNode tree(JournalEntry e) {
        ObjectNode n = JSON.createObjectNode().put("sequence", e.sequence()).put("time", e.time().toString())
                .put("dialect", e.dialect()).put("product", e.product()).put("version", e.version())
                .put("action", e.action()).put("region", e.region()).put("account", e.account());
        n.set("params", e.params());
        n.put("code", e.code()).put("latencyMs", e.latencyMs()).put("requestId", e.requestId()).put("answer", e.answer());
        e.resourceIds().forEach(n.putArray("resourceIds")::add);
        e.faults().forEach(n.putArray("faults")::add);
        return n;
    }

    /** The JSON text a shared journal keeps; its sequence is the database's, not this one. */
    static String write(JournalEntry e) {
        try {
            return JSON.writeValueAsString(tree(e));
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("a JSON tree always serialises", ex);
        }
    }

    static JournalEntry read(long sequence, String text) {
        try {
            JsonNode n = JSON.readTree(text);
            return new JournalEntry(sequence, Instant.parse(n.path("time").asText()), text(n, "dialect"),
                    text(n, "product"), text(n, "version"), text(n, "action"), text(n, "region"), text(n, "account"),
                    n.get("params") instanceof ObjectNode params ? params : null, text(n, "code"),
                    n.path("latencyMs").asLong(), text(n, "requestId"), text(n, "answer"), strings(n.path("resourceIds")),
                    strings(n.path("faults")));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a journal entry in the database is not JSON: " + e.getMessage(), e);
        }
    }

    private static String text(JsonNode n, String name) {
        JsonNode v = n.get(name);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }
}
