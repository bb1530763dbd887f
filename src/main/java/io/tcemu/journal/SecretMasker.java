package io.tcemu.journal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.Map;

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

    /**
     * A masked copy when there is a secret to mask, else the parameters themselves (most calls carry
     * none, and a copy per call was a twentieth of a point read's work); the argument is left as it
     * was, so the caller must be done changing it.
     */
    public static ObjectNode mask(ObjectNode params) {
        if (!holdsSecret(params)) {
            return params;
        }
        ObjectNode copy = params.deepCopy();
        maskIn(copy);
        return copy;
    }

    /** Whether the name contains a secret word, in any case; compared in place, as every member of every call is asked. */
    static boolean secret(String name) {
        for (String word : SECRET_WORDS) {
            for (int at = 0; at + word.length() <= name.length(); at++) {
                if (name.regionMatches(true, at, word, 0, word.length())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean holdsSecret(JsonNode node) {
        if (node instanceof ObjectNode object) {
            for (Map.Entry<String, JsonNode> field : object.properties()) {
                if (secret(field.getKey()) || holdsSecret(field.getValue())) {
                    return true;
                }
            }
        } else if (node instanceof ArrayNode array) {
            for (JsonNode item : array) {
                if (holdsSecret(item)) {
                    return true;
                }
            }
        }
        return false;
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
