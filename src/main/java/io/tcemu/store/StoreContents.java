package io.tcemu.store;

import java.util.List;
import java.util.Map;

/** Everything a store holds, as a snapshot exports it and a load puts it back: resources with their history, and sequences. */
public record StoreContents(List<Item> resources, Map<String, Long> sequences) {
    public StoreContents {
        resources = List.copyOf(resources);
        sequences = Map.copyOf(sequences);
    }

    /** The same contents, rows in the compact form the in-memory index keeps. */
    StoreContents compact() {
        return new StoreContents(resources.stream().map(i -> new Item(i.resource().compact(), i.history())).toList(), sequences);
    }

    public record Item(StoredResource resource, List<HistoryEntry> history) {
        public Item {
            history = List.copyOf(history);
        }
    }
}
