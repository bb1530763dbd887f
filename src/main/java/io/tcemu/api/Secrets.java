package io.tcemu.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Set;

/**
 * Secrets a caller sends (database passwords, temporary keys and tokens) are never shown back: not
 * in a response, a log line or a recorded request. Masking blanks every member so named, at any
 * depth, as the real APIs answer them.
 */
public final class Secrets {
    /** The member names that hold a secret, in every product's parameters. */
    public static final Set<String> NAMES = Set.of("Password", "TmpSecretKey", "TmpToken");

    private Secrets() {
    }

    /** A copy of {@code value} with every secret member blanked. */
    public static <T extends JsonNode> T masked(T value) {
        @SuppressWarnings("unchecked")
        T copy = (T) value.deepCopy();
        mask(copy);
        return copy;
    }

    private static void mask(JsonNode node) {
        if (node instanceof ObjectNode object) {
            NAMES.stream().filter(object::has).forEach(name -> object.put(name, ""));
        }
        node.forEach(Secrets::mask);
    }
}
