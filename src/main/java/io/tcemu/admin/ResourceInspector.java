package io.tcemu.admin;

import com.fasterxml.jackson.databind.JsonNode;
import io.tcemu.lifecycle.Fault;
import io.tcemu.lifecycle.LifecycleDefinition;
import io.tcemu.lifecycle.LifecycleEngine;
import io.tcemu.lifecycle.Operation;
import io.tcemu.lifecycle.PendingOperation;
import io.tcemu.lifecycle.Resource;
import io.tcemu.lifecycle.StepProgress;
import io.tcemu.lifecycle.TimedRule;
import io.tcemu.lifecycle.Transition;
import io.tcemu.store.ResourceStore;
import io.tcemu.store.StoredResource;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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

    /**
     * Another resource of the same account and region that this one names in an attribute ending in
     * {@code Id} ({@code names} true: a Redis task's InstanceId), or that names this one there.
     */
    public record Link(String id, String kind, String attribute, boolean names, Map<String, String> states) {
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
        return row(id).flatMap(row -> engine.observe(row.key())).map(this::view);
    }

    /** The resources linked to the one with this id (see {@link Link}); empty when there is none. */
    public List<Link> links(String id) {
        Optional<StoredResource> self = row(id);
        if (self.isEmpty()) {
            return List.of();
        }
        List<Link> links = new ArrayList<>();
        for (StoredResource other : store.all()) {
            if (other.key().equals(self.get().key()) || !other.key().scope().equals(self.get().key().scope())) {
                continue;
            }
            Optional<String> names = idAttributeNaming(self.get().attributes(), other.key().id());
            Optional<String> attribute = names.or(() -> idAttributeNaming(other.attributes(), id));
            if (attribute.isPresent()) {
                engine.observe(other.key()).ifPresent(r -> links.add(new Link(r.id(), r.key().kind(), attribute.get(),
                        names.isPresent(), r.states())));
            }
        }
        return links;
    }

    /** Ids name resources only in attributes called …Id, so a size or count that equals a numeric id links nothing. */
    private static Optional<String> idAttributeNaming(JsonNode attributes, String id) {
        for (var field : (Iterable<Map.Entry<String, JsonNode>>) attributes::fields) {
            if (field.getKey().endsWith("Id") && field.getValue().isValueNode() && field.getValue().asText().equals(id)) {
                return Optional.of(field.getKey());
            }
        }
        return Optional.empty();
    }

    private Optional<StoredResource> row(String id) {
        List<StoredResource> rows = store.findById(id);
        if (rows.size() > 1) {
            throw new IllegalArgumentException("several resources have the id " + id + ": "
                    + rows.stream().map(r -> r.key().kind() + " in " + r.key().scope()).toList());
        }
        return rows.stream().findFirst();
    }

    private ResourceView view(Resource r) {
        LifecycleDefinition def = engine.catalog().get(r.key().kind());
        List<ResourceView.Pending> pending = r.pending().entrySet().stream()
                .map(e -> pending(def, e.getKey(), e.getValue()))
                .toList();
        // in the lifecycle's dimension order, its main state (Status) first
        Map<String, String> states = new LinkedHashMap<>();
        def.dimensionNames().forEach(d -> states.put(d, r.state(d)));
        return new ResourceView(r.id(), r.key().kind(), r.key().scope().account(), r.key().scope().region(),
                r.key().scope().namespace(), states, r.allowedOperations(), pending, rulesDue(def, r),
                progress(def, r), r.observedAt(), store.history().of(r.key()));
    }

    private static ResourceView.Pending pending(LifecycleDefinition def, String dimension, PendingOperation p) {
        Transition t = def.operation(p.operation()).orElseThrow().transitions().get(p.transition());
        String failure = p.fault() == null ? null
                : p.fault().outcome() == Fault.Outcome.ERROR ? t.errorState() : t.failure();
        return new ResourceView.Pending(dimension, p.operation(), p.mode().name().toLowerCase(), p.startedAt(),
                p.dueAt(), failure != null ? failure : t.settled(), failure == null && t.deletes());
    }

    /** The timed rules that apply to the resource as it is, soonest first. */
    private List<ResourceView.RuleDue> rulesDue(LifecycleDefinition def, Resource r) {
        List<ResourceView.RuleDue> due = new ArrayList<>();
        for (TimedRule rule : def.rules()) {
            r.ruleDueAt(rule.name())
                    .ifPresent(at -> due.add(new ResourceView.RuleDue(rule.name(), at, rule.then(), rule.deletes())));
        }
        due.sort(Comparator.comparing(ResourceView.RuleDue::at));
        return due;
    }

    /**
     * Progress through steps: each dimension's operation in flight or stepped state, then each stepped
     * operation's last run (a DTS check, after it passed).
     */
    private List<StepProgress> progress(LifecycleDefinition def, Resource r) {
        List<StepProgress> all = new ArrayList<>();
        def.dimensionNames().forEach(d -> r.progressIn(d).ifPresent(all::add));
        for (Operation op : def.operations()) {
            boolean stepped = op.transitions().stream().anyMatch(t -> !t.steps().isEmpty());
            boolean shown = all.stream().anyMatch(p -> Objects.equals(p.operation(), op.name()));
            if (stepped && !shown) {
                r.progressOf(op.name()).ifPresent(all::add);
            }
        }
        return all;
    }
}
