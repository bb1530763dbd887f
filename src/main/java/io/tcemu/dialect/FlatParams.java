package io.tcemu.dialect;

import io.tcemu.api.ApiError;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.TreeMap;

/**
 * Rebuilds the JSON tree that the SDKs flatten into form and query parameters:
 * {@code Filters.0.Values.1=x} becomes {@code {"Filters":[{"Values":[?, "x"]}]}}. Numeric segments
 * are list indexes and must run without gaps from the first index, 0 for Tencent's SDKs and 1 for
 * Alibaba's. Values stay strings: the validator coerces them by the spec's types.
 * <p>
 * Work is linear in the size of the names and never recursive, and a request may use at most
 * {@link #MAX_DEPTH} segments in one name and {@link #MAX_SEGMENTS} in all, far more than any
 * action's members need, so no request can make flattening slow or deep.
 */
public final class FlatParams {
    /** Segments in one flattened name: {@code Filters.0.Values.1} has 4. */
    public static final int MAX_DEPTH = 32;
    /** Segments in all the flattened names of one request. */
    public static final int MAX_SEGMENTS = 20_000;

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
        int segments = 0;
        for (Map.Entry<String, String> entry : flat.entrySet()) {
            segments += place(root, entry.getKey(), entry.getValue());
            if (segments > MAX_SEGMENTS) {
                throw ApiError.of("InvalidParameter",
                        "The request's flattened parameter names have more than " + MAX_SEGMENTS
                                + " dot-separated segments in all; send fewer members, or a JSON body.",
                        "请求的展开参数名共超过 " + MAX_SEGMENTS + " 段；请减少成员，或改用 JSON 请求体。");
            }
        }
        return toJson(root, firstIndex);
    }

    /** @return the number of segments in {@code key} */
    private static int place(Slot root, String key, String value) {
        Slot slot = root;
        int depth = 0;
        int start = 0;
        while (start <= key.length()) {
            int dot = key.indexOf('.', start);
            int end = dot < 0 ? key.length() : dot;
            String segment = key.substring(start, end);
            if (++depth > MAX_DEPTH) {
                throw invalid(key, "has more than " + MAX_DEPTH + " dot-separated segments");
            }
            if (segment.isEmpty() || (depth == 1 && isIndex(segment))) {
                throw invalid(key, "has an empty or misplaced segment");
            }
            if (slot.value != null) {
                throw invalid(key, "nests under `" + parent(key, end) + "`, which was sent as a plain value");
            }
            if (isIndex(segment)) {
                if (!slot.named.isEmpty()) {
                    throw invalid(key, "mixes list indexes and member names under `" + parent(key, end) + "`");
                }
                slot = slot.indexed.computeIfAbsent(Integer.parseInt(segment), k -> new Slot());
            } else {
                if (!slot.indexed.isEmpty()) {
                    throw invalid(key, "mixes list indexes and member names under `" + parent(key, end) + "`");
                }
                slot = slot.named.computeIfAbsent(segment, k -> new Slot());
            }
            start = end + 1;
        }
        if (!slot.named.isEmpty() || !slot.indexed.isEmpty()) {
            throw invalid(key, "is sent both as a plain value and with members");
        }
        slot.value = value;
        return depth;
    }

    /** A container to fill with a slot's children, and the flattened name that leads to it. */
    private record Fill(Slot slot, JsonNode node, String path) {
    }

    private static ObjectNode toJson(Slot root, int firstIndex) {
        JsonNodeFactory json = JsonNodeFactory.instance;
        ObjectNode top = json.objectNode();
        Deque<Fill> work = new ArrayDeque<>();
        work.push(new Fill(root, top, ""));
        while (!work.isEmpty()) {
            Fill fill = work.pop();
            if (fill.node() instanceof ArrayNode array) {
                int expected = firstIndex;
                for (Map.Entry<Integer, Slot> element : fill.slot().indexed.entrySet()) {
                    if (element.getKey() != expected) {
                        throw invalid(fill.path() + "." + element.getKey(), "skips index " + expected
                                + "; list members are numbered from " + firstIndex + " without gaps");
                    }
                    array.add(child(element.getValue(), fill.path() + "." + expected, work));
                    expected++;
                }
            } else {
                ObjectNode object = (ObjectNode) fill.node();
                fill.slot().named.forEach((name, child) ->
                        object.set(name, child(child, fill.path().isEmpty() ? name : fill.path() + "." + name, work)));
            }
        }
        return top;
    }

    /** The JSON node for a slot: its value, or an empty container queued to be filled. */
    private static JsonNode child(Slot slot, String path, Deque<Fill> work) {
        JsonNodeFactory json = JsonNodeFactory.instance;
        if (slot.value != null) {
            return json.textNode(slot.value);
        }
        JsonNode container = slot.indexed.isEmpty() ? json.objectNode() : json.arrayNode();
        work.push(new Fill(slot, container, path));
        return container;
    }

    private static boolean isIndex(String segment) {
        return !segment.isEmpty() && segment.length() < 10 && segment.chars().allMatch(Character::isDigit);
    }

    /** The name up to the segment before the one ending at {@code end}. */
    private static String parent(String key, int end) {
        return key.substring(0, Math.max(0, key.lastIndexOf('.', end - 1)));
    }

    /** Names the parameter, cut short: a hostile name can be kilobytes long. */
    private static ApiError invalid(String key, String problem) {
        String name = key.length() <= 120 ? key : key.substring(0, 120) + "…";
        return ApiError.of("InvalidParameter",
                "Flattened parameter `" + name + "` " + problem + ".",
                "展开参数 `" + name + "` 格式错误：" + problem + "。");
    }
}
