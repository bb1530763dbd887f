package io.tcemu.journal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * Which journal entries a filter, a count or a verification means: every criterion given must
 * hold, and one left out matches anything. Immutable; each {@code with…} method returns a new one.
 * {@code params} matches when every member it names is in the call's params with an equal value
 * (objects compared member by member, so a part of a structure is enough).
 */
public record RequestPattern(String product, String action, String code, String resourceId, String account,
                             String region, Instant since, ObjectNode params) {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** Calls of one product's action, e.g. {@code action("dts", "StartSyncJob")}. */
    public static RequestPattern action(String product, String action) {
        return new RequestPattern(product, action, null, null, null, null, null, null);
    }

    /** Every call of a product. */
    public static RequestPattern product(String product) {
        return new RequestPattern(product, null, null, null, null, null, null, null);
    }

    public static RequestPattern anyRequest() {
        return new RequestPattern(null, null, null, null, null, null, null, null);
    }

    /** Calls answered with this error code, or {@code OK}. */
    public RequestPattern withCode(String code) {
        return new RequestPattern(product, action, code, resourceId, account, region, since, params);
    }

    public RequestPattern withResource(String resourceId) {
        return new RequestPattern(product, action, code, resourceId, account, region, since, params);
    }

    public RequestPattern withAccount(String account) {
        return new RequestPattern(product, action, code, resourceId, account, region, since, params);
    }

    public RequestPattern withRegion(String region) {
        return new RequestPattern(product, action, code, resourceId, account, region, since, params);
    }

    /** Calls recorded at or after this wall-clock instant. */
    public RequestPattern since(Instant since) {
        return new RequestPattern(product, action, code, resourceId, account, region, since, params);
    }

    /** Calls whose parameter {@code name} equals {@code value} (a string, number, boolean or JSON node). */
    public RequestPattern withParam(String name, Object value) {
        ObjectNode more = params == null ? JsonNodeFactory.instance.objectNode() : params.deepCopy();
        more.set(name, value instanceof JsonNode node ? node : MAPPER.valueToTree(value));
        return new RequestPattern(product, action, code, resourceId, account, region, since, more);
    }

    /** Expects exactly {@code count} matching calls. */
    public Expectation times(int count) {
        return new Expectation(this, count, count);
    }

    public Expectation atLeast(int count) {
        return new Expectation(this, count, Integer.MAX_VALUE);
    }

    public Expectation never() {
        return times(0);
    }

    public boolean matches(JournalEntry entry) {
        return unmet(entry).isEmpty();
    }

    /** The criteria the entry does not meet, by name: empty when it matches. */
    public List<String> unmet(JournalEntry entry) {
        List<String> unmet = new ArrayList<>();
        check(unmet, "product", product, entry.product());
        check(unmet, "action", action, entry.action());
        check(unmet, "code", code, entry.code());
        check(unmet, "account", account, entry.account());
        check(unmet, "region", region, entry.region());
        if (resourceId != null && !entry.resourceIds().contains(resourceId)) {
            unmet.add("resource");
        }
        if (since != null && entry.time().isBefore(since)) {
            unmet.add("since");
        }
        if (params != null && (entry.params() == null || !contains(entry.params(), params))) {
            unmet.add("params");
        }
        return unmet;
    }

    Predicate<JournalEntry> predicate() {
        return this::matches;
    }

    private static void check(List<String> unmet, String name, String wanted, String actual) {
        if (wanted != null && !wanted.equals(actual)) {
            unmet.add(name);
        }
    }

    private static boolean contains(JsonNode actual, JsonNode wanted) {
        if (wanted.isObject()) {
            if (!actual.isObject()) {
                return false;
            }
            for (var field : wanted.properties()) {
                if (!actual.has(field.getKey()) || !contains(actual.get(field.getKey()), field.getValue())) {
                    return false;
                }
            }
            return true;
        }
        if (wanted.isNumber() && actual.isNumber()) {
            return wanted.decimalValue().compareTo(actual.decimalValue()) == 0;
        }
        return Objects.equals(wanted, actual);
    }

    @Override
    public String toString() {
        List<String> parts = new ArrayList<>();
        add(parts, "product", product);
        add(parts, "action", action);
        add(parts, "code", code);
        add(parts, "resource", resourceId);
        add(parts, "account", account);
        add(parts, "region", region);
        add(parts, "since", since == null ? null : since.toString());
        add(parts, "params", params == null ? null : params.toString());
        return parts.isEmpty() ? "any request" : String.join(" ", parts);
    }

    private static void add(List<String> parts, String name, String value) {
        if (value != null) {
            parts.add(name + "=" + value);
        }
    }
}
