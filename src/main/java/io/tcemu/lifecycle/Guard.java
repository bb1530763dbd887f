package io.tcemu.lifecycle;

import io.tcemu.api.Language;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A condition on a resource: for each named dimension, the states it may be in, and for each named
 * attribute path, the values it may have. What is not named is unconstrained.
 */
record Guard(Map<String, List<String>> states, Map<String, List<String>> attributes) {

    Guard {
        states = states == null ? Map.of() : Map.copyOf(states);
        attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
    }

    /** Loops, not streams: every read asks each operation's guards what the resource allows. */
    boolean matches(Map<String, String> current, JsonNode attributeValues) {
        for (Map.Entry<String, List<String>> e : states.entrySet()) {
            if (!oneOf(e.getValue(), current.get(e.getKey()))) {
                return false;
            }
        }
        for (Map.Entry<String, List<String>> e : attributes.entrySet()) {
            if (!oneOf(e.getValue(), Attributes.text(attributeValues, e.getKey()))) {
                return false;
            }
        }
        return true;
    }

    /** Whether every resource this guard admits, {@code other} admits too. */
    boolean narrows(Guard other) {
        return within(states, other.states) && within(attributes, other.attributes);
    }

    private static boolean within(Map<String, List<String>> narrower, Map<String, List<String>> wider) {
        return wider.entrySet().stream().allMatch(
                e -> narrower.containsKey(e.getKey()) && e.getValue().containsAll(narrower.get(e.getKey())));
    }

    /** A missing value matches nothing (and immutable lists refuse to look for null). */
    private static boolean oneOf(List<String> allowed, String value) {
        return value != null && allowed.contains(value);
    }

    /** e.g. "Status is `Running` and TradeStatus is one of `Normal`, `NotBilled`". Keys in {@code order} first. */
    String describe(List<String> order, Language language) {
        List<String> parts = new ArrayList<>();
        order.stream().filter(states::containsKey).forEach(d -> parts.add(condition(d, states.get(d), language)));
        attributes.keySet().stream().sorted().forEach(a -> parts.add(condition(a, attributes.get(a), language)));
        if (parts.isEmpty()) {
            return language.pick("in any state", "任意状态");
        }
        return String.join(language.pick(" and ", " 且 "), parts);
    }

    private static String condition(String name, List<String> values, Language language) {
        String quoted = values.stream().map(v -> "`" + v + "`").collect(Collectors.joining(language.pick(", ", "/")));
        if (language == Language.ZH_CN) {
            return name + " 为 " + quoted;
        }
        return name + (values.size() == 1 ? " is " : " is one of ") + quoted;
    }
}
