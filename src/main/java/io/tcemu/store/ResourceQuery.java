package io.tcemu.store;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiPredicate;

/**
 * Which resources of one kind in one scope a list wants, as data a store executes: ids (null for
 * any), states per dimension and attribute values per JSON pointer (any of the values), a creation
 * time range (inclusive, null for open), a test of the id and attributes for what values cannot say
 * (a part of a name, a tag), the order (keys in turn, then creation order) and the page. A store answers the page and the number
 * of matches before paging, so a page in creation order costs the page and a lookup by id a lookup.
 */
public record ResourceQuery(Scope scope, String kind, Set<String> ids, Map<String, Set<String>> states,
                            Map<String, Set<String>> values, BiPredicate<String, JsonNode> test,
                            Instant createdFrom, Instant createdTo, List<Sort> order, int offset, int limit) {
    private static final BiPredicate<String, JsonNode> ANY = (id, attributes) -> true;

    public ResourceQuery {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(kind, "kind");
        ids = ids == null ? null : Set.copyOf(ids);
        states = Map.copyOf(states);
        values = Map.copyOf(values);
        test = test == null ? ANY : test;
        order = List.copyOf(order);
        if (offset < 0 || limit < 0) {
            throw new IllegalArgumentException("offset and limit must not be negative: " + offset + ", " + limit);
        }
    }

    /** Every resource of a kind in a scope, oldest first. */
    public static ResourceQuery all(Scope scope, String kind) {
        return new ResourceQuery(scope, kind, null, Map.of(), Map.of(), null, null, null, List.of(Sort.creation(false)),
                0, Integer.MAX_VALUE);
    }

    // Each filter holds besides those given before: naming a dimension or attribute again narrows it to both lists.

    /** Only these ids. */
    public ResourceQuery withIds(Set<String> only) {
        return new ResourceQuery(scope, kind, both(ids, only), states, values, test, createdFrom, createdTo, order, offset, limit);
    }

    /** Only resources whose state in {@code dimension} is one of {@code any}. */
    public ResourceQuery inStates(String dimension, Set<String> any) {
        return new ResourceQuery(scope, kind, ids, narrowed(states, dimension, any), values, test, createdFrom, createdTo,
                order, offset, limit);
    }

    /** Only resources whose attribute at {@code pointer} reads, as text, one of {@code any}. */
    public ResourceQuery withValues(String pointer, Set<String> any) {
        return new ResourceQuery(scope, kind, ids, states, narrowed(values, pointer, any), test, createdFrom, createdTo,
                order, offset, limit);
    }

    /** Only resources whose id and attributes pass {@code also}. */
    public ResourceQuery matching(BiPredicate<String, JsonNode> also) {
        return new ResourceQuery(scope, kind, ids, states, values, test == ANY ? also : test.and(also),
                createdFrom, createdTo, order, offset, limit);
    }

    /** Only resources created from {@code from} to {@code to}, both included; null leaves that end open. */
    public ResourceQuery createdBetween(Instant from, Instant to) {
        return new ResourceQuery(scope, kind, ids, states, values, test, from, to, order, offset, limit);
    }

    /** Ordered by these keys in turn; resources they tie keep creation order. */
    public ResourceQuery orderedBy(Sort... keys) {
        return new ResourceQuery(scope, kind, ids, states, values, test, createdFrom, createdTo, List.of(keys), offset, limit);
    }

    /** The page from {@code from}, at most {@code size} long. */
    public ResourceQuery page(int from, int size) {
        return new ResourceQuery(scope, kind, ids, states, values, test, createdFrom, createdTo, order, from, size);
    }

    private static Map<String, Set<String>> narrowed(Map<String, Set<String>> filters, String name, Set<String> any) {
        Map<String, Set<String>> more = new HashMap<>(filters);
        more.put(name, both(filters.get(name), any));
        return more;
    }

    /** The values in both sets; null stands for any value. */
    private static Set<String> both(Set<String> given, Set<String> more) {
        if (given == null) {
            return more;
        }
        Set<String> common = new HashSet<>(given);
        common.retainAll(more);
        return common;
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
        for (Map.Entry<String, Set<String>> value : values.entrySet()) {
            if (!value.getValue().contains(row.attributes().at(value.getKey()).asText())) {
                return false;
            }
        }
        return createdWithin(row) && test.test(row.key().id(), row.attributes());
    }

    private boolean createdWithin(StoredResource row) {
        if (createdFrom == null && createdTo == null) {
            return true;
        }
        Instant created = Sort.creationTime(row);
        return (createdFrom == null || !created.isBefore(createdFrom)) && (createdTo == null || !created.isAfter(createdTo));
    }

    /** Whether nothing but scope and kind is asked: the count is then the number of rows. */
    boolean unfiltered() {
        return ids == null && states.isEmpty() && values.isEmpty() && test == ANY && createdFrom == null && createdTo == null;
    }

    /** Whether the order is creation order alone, either way round: an index walks it without sorting. */
    boolean inCreationOrder() {
        return order.size() == 1 && order.get(0).key() == Sort.Key.CREATION;
    }

    /** The query's order of rows given oldest first (creation order breaks every tie). */
    List<StoredResource> sorted(List<StoredResource> oldestFirst) {
        if (oldestFirst.size() < 2) {
            return oldestFirst; // a lookup by id: nothing to order, and placing a row reads its times
        }
        boolean times = order.stream().anyMatch(Sort::readsTimes);
        List<Sort.Placed> placed = new ArrayList<>(oldestFirst.size());
        for (StoredResource row : oldestFirst) {
            placed.add(Sort.Placed.of(row, placed.size(), times));
        }
        Comparator<Sort.Placed> comparator = Sort.creation(false).comparator();
        for (int i = order.size() - 1; i >= 0; i--) {
            comparator = order.get(i).comparator().thenComparing(comparator);
        }
        placed.sort(comparator);
        return placed.stream().map(Sort.Placed::row).toList();
    }
}
