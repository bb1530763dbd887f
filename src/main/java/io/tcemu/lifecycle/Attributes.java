package io.tcemu.lifecycle;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Reads a resource attribute named by a dot-separated path, such as {@code TradeInfo.PayType}. */
final class Attributes {
    /** Tencent Cloud's wire format for times (yyyy-mm-dd hh:mm:ss, in the product's zone). */
    private static final DateTimeFormatter WIRE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private static final Map<String, JsonPointer> POINTERS = new ConcurrentHashMap<>();

    private Attributes() {}

    /** The attribute's text, or null when it is missing or not a scalar. */
    static String text(JsonNode attributes, String path) {
        // Paths come from lifecycle files, so there are few; guards ask for them on every read.
        JsonNode node = attributes.at(POINTERS.computeIfAbsent(path, p -> JsonPointer.compile("/" + p.replace('.', '/'))));
        return node.isValueNode() && !node.isNull() ? node.asText() : null;
    }

    /**
     * The attribute as an instant: ISO-8601 with an offset, or the wire format in {@code zone}.
     * Null when absent, zero (0000-00-00 00:00:00) or unreadable: a rule on it then never fires.
     */
    static Instant instant(JsonNode attributes, String path, ZoneId zone) {
        String text = text(attributes, path);
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException notIso) {
            try {
                return LocalDateTime.parse(text, WIRE_TIME).atZone(zone).toInstant();
            } catch (DateTimeParseException notWire) {
                return null;
            }
        }
    }
}
