package io.tcemu.store;

import java.util.ArrayList;
import java.util.List;

/**
 * A row and its number: its place in creation order, which the in-memory index sorts by and a
 * database behind it files the row under, so that a new row is always written at the end.
 */
record NumberedRow(long seq, StoredResource row) {

    /** The same, the row in the compact form the in-memory index keeps. */
    NumberedRow compact() {
        return new NumberedRow(seq, row.compact());
    }

    /** These rows numbered from one, in the order given. */
    static List<NumberedRow> inOrder(List<StoredResource> rows) {
        List<NumberedRow> numbered = new ArrayList<>(rows.size());
        for (StoredResource row : rows) {
            numbered.add(new NumberedRow(numbered.size() + 1L, row));
        }
        return numbered;
    }
}
