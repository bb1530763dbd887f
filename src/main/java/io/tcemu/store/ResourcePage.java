package io.tcemu.store;

import java.util.List;

/** One page of a {@link ResourceQuery}'s matches, and how many matched in all. */
public record ResourcePage(List<StoredResource> rows, int total) {
    public ResourcePage {
        rows = List.copyOf(rows);
    }

    /** The query's page of {@code matching}, every match of it in the query's order. */
    static ResourcePage of(List<StoredResource> matching, ResourceQuery query) {
        int from = Math.min(matching.size(), query.offset());
        int to = (int) Math.min(matching.size(), (long) from + query.limit());
        return new ResourcePage(matching.subList(from, to), matching.size());
    }
}
