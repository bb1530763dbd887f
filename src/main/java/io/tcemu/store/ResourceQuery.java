package io.tcemu.store;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Which resources of one kind in one scope a list wants, as data a store executes: ids (null for
 * any), states per dimension (any of the values), a test of the attributes, the order of creation
 * (newest first or oldest first), and the page. A store answers the page and the number of matches
 * before paging, so a page costs the page and a lookup by id costs a lookup.
 */
public record ResourceQuery(Scope scope, String kind, Set<String> ids, Map<String, Set<String>> states,
                            Predicate<JsonNode> attributes, boolean newestFirst, int offset, int limit) {
    private static final Predicate<JsonNode> ANY = any -> true;

    public ResourceQuery {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(kind, "kind");
        ids = ids == null ? null : Set.copyOf(ids);
        states = Map.copyOf(states);
        attributes = attributes == null ? ANY : attributes;
        if (offset < 0 || limit < 0) {
            throw new IllegalArgumentException("offset and limit must not be negative: " + offset + ", " + limit);
        }
    }

    /** Every resource of a kind in a scope, oldest first. */
    public static ResourceQuery all(Scope scope, String kind) {
        return new ResourceQuery(scope, kind, null, Map.of(), null, false, 0, Integer.MAX_VALUE);
    }

    /** Whether a row of this scope and kind matches the filters (not the page). */
    public boolean matches(StoredResource row) {
        if (ids != null && !ids.contains(row.key().id())) {
            return false;
        }
        for (Map.Entry<String, Set<String>> state : states.entrySet()) {
            if (!state.getValue().contains(row.state(state.getKey()))) {
                return false;
            }
        }
        return attributes.test(row.attributes());
    }

    /** Whether nothing but scope and kind is asked: the count is then the number of rows. */
    boolean unfiltered() {
        return ids == null && states.isEmpty() && attributes == ANY;
    }
}
