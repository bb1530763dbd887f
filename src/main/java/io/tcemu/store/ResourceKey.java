package io.tcemu.store;

import java.util.Objects;

/** Identifies one stored resource: its scope, its kind (a lifecycle name such as dts.SyncJob) and its id. */
public record ResourceKey(Scope scope, String kind, String id) {
    public ResourceKey {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
    }
}
