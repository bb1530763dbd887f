package io.tcemu.spec;

import com.fasterxml.jackson.databind.JsonNode;
import io.tcemu.api.ValueErrors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a request parameter's documentation allows beyond its type: one of some values, or an
 * integer in [min, max]; a value outside is {@code code}. Read from a product version's
 * constraints.json; {@code choice}, where set, says why tcemu chose values the documentation
 * does not name.
 *
 * @param path    the member path without list indices, e.g. {@code Options.Method}
 * @param allowed the values allowed, as text; empty for a range
 */
public record ParamConstraint(String path, List<String> allowed, long min, long max, String code, String choice) {

    public boolean isRange() {
        return allowed.isEmpty();
    }

    /** @param wirePath the path as sent, with list indices, which the error names */
    void check(String wirePath, JsonNode value) {
        if (!isRange()) {
            if (!allowed.contains(value.asText())) {
                throw ValueErrors.notOneOf(code, wirePath, allowed, value.asText());
            }
            return;
        }
        // a uint64 beyond a long is beyond every range
        long number = value.canConvertToLong() ? value.asLong() : Long.MAX_VALUE;
        if (number < min || number > max) {
            throw ValueErrors.outOfRange(code, wirePath, min, max, value.asText());
        }
    }

    /**
     * Reads {@code {"Action": {"Path": {"oneOf": [...] | "range": [min, max], "code": "...",
     * "choice": "why"}}}}; a missing file means no constraints.
     */
    static Map<String, Map<String, ParamConstraint>> readAll(JsonNode file, String name) {
        Map<String, Map<String, ParamConstraint>> byAction = new HashMap<>();
        file.properties().forEach(action -> action.getValue().properties().forEach(parameter -> {
            JsonNode c = parameter.getValue();
            List<String> allowed = new ArrayList<>();
            c.path("oneOf").forEach(value -> allowed.add(value.asText()));
            JsonNode range = c.path("range");
            if (allowed.isEmpty() == (range.size() != 2) || !c.path("code").isTextual()) {
                throw new IllegalStateException(name + ": " + action.getKey() + " " + parameter.getKey()
                        + " needs a \"code\" and either \"oneOf\" values or a \"range\" [min, max]");
            }
            byAction.computeIfAbsent(action.getKey(), a -> new HashMap<>()).put(parameter.getKey(),
                    new ParamConstraint(parameter.getKey(), List.copyOf(allowed), range.path(0).asLong(),
                            range.path(1).asLong(), c.get("code").textValue(), c.path("choice").textValue()));
        }));
        return byAction;
    }
}
