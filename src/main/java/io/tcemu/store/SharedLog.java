package io.tcemu.store;

import java.util.List;

/** An append-only list of text entries that every gateway sharing a store writes and reads: the request journal. Blocking. */
public interface SharedLog {

    /** Appends an entry and keeps only the newest {@code keep}; the entry's number, which grows across gateways. */
    long append(String entry, int keep);

    /** An entry and its number. */
    record Entry(long number, String text) {
    }

    /** The newest {@code limit} entries, oldest first. */
    List<Entry> newest(int limit);

    void clear();
}
