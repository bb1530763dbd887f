package io.tcemu.store;

import java.util.List;

/** One page of a {@link ResourceQuery}'s matches, and how many matched in all. */
public record ResourcePage(List<StoredResource> rows, int total) {
    public ResourcePage {
        rows = List.copyOf(rows);
    }
}
