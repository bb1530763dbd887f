package io.tcemu.product.dts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Filter parameters the DTS Describe actions read alike. */
final class QueryFilters {
    private QueryFilters() {
    }

    /** Whether a tag has the filter's key and, if the filter lists values, one of them. */
    static boolean tagged(JsonNode tags, JsonNode filter) {
        List<String> values = strings(filter.path("TagValue"));
        for (JsonNode tag : tags) {
            if (tag.path("TagKey").asText().equals(filter.path("TagKey").asText())
                    && (values.isEmpty() || values.contains(tag.path("TagValue").asText()))) {
                return true;
            }
        }
        return false;
    }

    /** A text filter; an empty one filters nothing, as tccli sends them. */
    static Optional<String> text(ObjectNode params, String name) {
        return Optional.of(params.path(name).asText("")).filter(v -> !v.isEmpty());
    }

    static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }
}
