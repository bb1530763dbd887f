package io.tcemu.dialect;

import io.tcemu.api.ApiError;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Map;
import java.util.TreeMap;

/**
 * Rebuilds the JSON tree that the SDKs flatten into form and query parameters:
 * {@code Filters.0.Values.1=x} becomes {@code {"Filters":[{"Values":[?, "x"]}]}}. Numeric segments
 * are list indexes and must run without gaps from the first index, 0 for Tencent's SDKs and 1 for
 * Alibaba's. Values stay strings: the validator coerces them by the spec's types.
 */
public final class FlatParams {
    private FlatParams() {
    }

    /** A node under construction: either a leaf value or named / indexed children. */
    private static final class Slot {
        String value;
        final Map<String, Slot> named = new TreeMap<>();
        final TreeMap<Integer, Slot> indexed = new TreeMap<>();
    }

    /** Tencent's flattening: lists numbered from 0. */
    public static ObjectNode unflatten(Map<String, String> flat) {
        return unflatten(flat, 0);
    }

    /** @param firstIndex the number of a list's first member on the wire */
    public static ObjectNode unflatten(Map<String, String> flat, int firstIndex) {
        Slot root = new Slot();
        for (Map.Entry<String, String> entry : flat.entrySet()) {
            place(root, entry.getKey(), entry.getValue());
        }
        return (ObjectNode) toJson(root, "", firstIndex);
    }

    private static void place(Slot root, String key, String value) {
        String[] segments = key.split("\\.", -1);
        Slot slot = root;
        for (int i = 0; i < segments.length; i++) {
            String segment = segments[i];
            String path = String.join(".", java.util.Arrays.copyOf(segments, i + 1));
            if (segment.isEmpty() || (i == 0 && isIndex(segment))) {
                throw invalid(key, "has an empty or misplaced segment");
            }
            if (slot.value != null) {
                throw invalid(key, "nests under `" + parent(path) + "`, which was sent as a plain value");
            }
            if (isIndex(segment)) {
                if (!slot.named.isEmpty()) {
                    throw invalid(key, "mixes list indexes and member names under `" + parent(path) + "`");
                }
                slot = slot.indexed.computeIfAbsent(Integer.parseInt(segment), k -> new Slot());
            } else {
                if (!slot.indexed.isEmpty()) {
                    throw invalid(key, "mixes list indexes and member names under `" + parent(path) + "`");
                }
                slot = slot.named.computeIfAbsent(segment, k -> new Slot());
            }
        }
        if (!slot.named.isEmpty() || !slot.indexed.isEmpty()) {
            throw invalid(key, "is sent both as a plain value and with members");
        }
        slot.value = value;
    }

    private static JsonNode toJson(Slot slot, String path, int firstIndex) {
        JsonNodeFactory json = JsonNodeFactory.instance;
        if (slot.value != null) {
            return json.textNode(slot.value);
        }
        if (!slot.indexed.isEmpty()) {
            ArrayNode array = json.arrayNode();
            int expected = firstIndex;
            for (Map.Entry<Integer, Slot> element : slot.indexed.entrySet()) {
                if (element.getKey() != expected) {
                    throw invalid(path + "." + element.getKey(), "skips index " + expected
                            + "; list members are numbered from " + firstIndex + " without gaps");
                }
                array.add(toJson(element.getValue(), path + "." + expected, firstIndex));
                expected++;
            }
            return array;
        }
        ObjectNode object = json.objectNode();
        slot.named.forEach((name, child) ->
                object.set(name, toJson(child, path.isEmpty() ? name : path + "." + name, firstIndex)));
        return object;
    }

    private static boolean isIndex(String segment) {
        return !segment.isEmpty() && segment.length() < 10 && segment.chars().allMatch(Character::isDigit);
    }

    private static String parent(String path) {
        return path.substring(0, Math.max(0, path.lastIndexOf('.')));
    }

    private static ApiError invalid(String key, String problem) {
        return ApiError.of("InvalidParameter",
                "Flattened parameter `" + key + "` " + problem + ".",
                "展开参数 `" + key + "` 格式错误：" + problem + "。");
    }
}
