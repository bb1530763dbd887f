package io.tcemu.product;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tcemu.store.ResourceQuery;

import java.util.HashSet;
import java.util.Set;

/** List parameters that become a {@link ResourceQuery}'s filters on attribute values, read alike by the Describe actions. */
public final class ListFilters {
    private ListFilters() {
    }

    /** Only resources whose attribute at {@code pointer} is the text parameter; an absent or empty one filters nothing. */
    public static ResourceQuery equal(ResourceQuery query, ObjectNode params, String param, String pointer) {
        String wanted = Params.text(params, param);
        return wanted == null ? query : query.withValues(pointer, Set.of(wanted));
    }

    /** Only resources whose attribute at {@code pointer} is one of a list's values; an absent or empty list filters nothing. */
    public static ResourceQuery anyOf(ResourceQuery query, JsonNode values, String pointer) {
        return values == null || values.isEmpty() ? query : query.withValues(pointer, texts(values));
    }

    /** A list parameter's values as text. */
    public static Set<String> texts(JsonNode values) {
        Set<String> texts = new HashSet<>();
        values.forEach(v -> texts.add(v.asText()));
        return texts;
    }
}
