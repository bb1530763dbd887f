package io.tcemu.store;

import java.util.List;

/** The transitions of each stored resource, oldest first. Kept apart from the resources themselves. Blocking. */
public interface ResourceHistory {

    List<HistoryEntry> of(ResourceKey key);

    /** Forgets a deleted resource's transitions. */
    void forget(ResourceKey key);

    void clear();
}
