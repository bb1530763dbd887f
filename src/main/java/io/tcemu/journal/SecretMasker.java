package io.tcemu.journal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.Locale;

/**
 * Replaces secrets in request parameters (passwords, secret keys, temporary tokens, at any depth)
 * with {@value #MASK}, so a journal can be printed and shared. Identifiers such as SecretId stay.
 */
public final class SecretMasker {
    public static final String MASK = "******";
    private static final List<String> SECRET_WORDS = List.of("password", "passwd", "secretkey", "token",
            "accesskeysecret", "privatekey");

    private SecretMasker() {
    }

    /** A masked copy; the argument is left as it was. */
    public static ObjectNode mask(ObjectNode params) {
        ObjectNode copy = params.deepCopy();
        maskIn(copy);
        return copy;
    }

    static boolean secret(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return SECRET_WORDS.stream().anyMatch(lower::contains);
    }

    private static void maskIn(JsonNode node) {
        if (node instanceof ObjectNode object) {
            object.properties().forEach(field -> {
                if (secret(field.getKey()) && field.getValue().isValueNode() && !field.getValue().isNull()) {
                    field.setValue(object.textNode(MASK));
                } else {
                    maskIn(field.getValue());
                }
            });
        } else if (node instanceof ArrayNode array) {
            array.forEach(SecretMasker::maskIn);
        }
    }
}
