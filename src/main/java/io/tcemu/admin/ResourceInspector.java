package io.tcemu.admin;

import io.tcemu.lifecycle.LifecycleEngine;
import io.tcemu.lifecycle.Resource;
import io.tcemu.store.ResourceStore;
import io.tcemu.store.StoredResource;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Looks at stored resources without acting as a client would: each is settled as of now, but an
 * inspection is not a read, so operations waiting for reads do not move. Blocking.
 */
public final class ResourceInspector {
    private final ResourceStore store;
    private final LifecycleEngine engine;

    public ResourceInspector(ResourceStore store, LifecycleEngine engine) {
        this.store = store;
        this.engine = engine;
    }

    /** Which resources a listing shows; a null criterion matches any. {@code state} matches any dimension's state. */
    public record Filter(String product, String kind, String account, String region, String state) {
        public static Filter any() {
            return new Filter(null, null, null, null, null);
        }

        boolean admits(StoredResource row) {
            return (product == null || row.key().kind().startsWith(product + "."))
                    && (kind == null || kind.equals(row.key().kind()))
                    && (account == null || account.equals(row.key().scope().account()))
                    && (region == null || region.equals(row.key().scope().region()));
        }

        boolean admits(ResourceView view) {
            return state == null || view.states().containsValue(state);
        }
    }

    public List<ResourceView> list(Filter filter) {
        List<ResourceView> views = new ArrayList<>();
        for (StoredResource row : store.all()) {
            if (filter.admits(row)) {
                engine.observe(row.key()).map(this::view).filter(filter::admits).ifPresent(views::add);
            }
        }
        return views;
    }

    /** The resource with this id; empty when none has it, IllegalArgumentException when several do. */
    public Optional<ResourceView> get(String id) {
        List<StoredResource> rows = store.findById(id);
        if (rows.size() > 1) {
            throw new IllegalArgumentException("several resources have the id " + id + ": "
                    + rows.stream().map(r -> r.key().kind() + " in " + r.key().scope()).toList());
        }
        return rows.stream().findFirst().flatMap(row -> engine.observe(row.key())).map(this::view);
    }

    private ResourceView view(Resource r) {
        List<ResourceView.Pending> pending = r.pending().entrySet().stream()
                .map(e -> new ResourceView.Pending(e.getKey(), e.getValue().operation(), e.getValue().mode().name()
                        .toLowerCase(), e.getValue().startedAt(), e.getValue().dueAt()))
                .toList();
        return new ResourceView(r.id(), r.key().kind(), r.key().scope().account(), r.key().scope().region(),
                r.key().scope().namespace(), r.states(), r.allowedOperations(), pending, r.observedAt(),
                store.history().of(r.key()));
    }
}
