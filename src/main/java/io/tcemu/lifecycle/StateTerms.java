package io.tcemu.lifecycle;

import java.util.ArrayList;
import java.util.List;

/**
 * The state groups and wire mappings one product's code names. Each is made here, so that the
 * product can have all of them checked against the lifecycle files when it registers: a name a
 * file does not define fails the start, not the first request that asks.
 */
public final class StateTerms {
    private final List<StateGroup> groups = new ArrayList<>();
    private final List<WireMapping> mappings = new ArrayList<>();

    public StateGroup group(String lifecycle, String dimension, String name) {
        return group(List.of(lifecycle), dimension, name);
    }

    /** A group every one of these lifecycles defines, for code that serves them all. */
    public StateGroup group(List<String> lifecycles, String dimension, String name) {
        return kept(groups, new StateGroup(lifecycles, dimension, name));
    }

    public WireMapping wire(String lifecycle, String dimension, String member) {
        return wire(List.of(lifecycle), dimension, member);
    }

    public WireMapping wire(List<String> lifecycles, String dimension, String member) {
        return kept(mappings, new WireMapping(lifecycles, dimension, member));
    }

    private static <T> T kept(List<T> terms, T term) {
        terms.add(term);
        return term;
    }

    /** Fails, naming the lifecycle, dimension and term, unless every term is defined where it is used. */
    public void checkAgainst(LifecycleCatalog catalog) {
        groups.forEach(g -> g.lifecycles().forEach(l -> g.states(catalog.get(l))));
        mappings.forEach(m -> m.lifecycles().forEach(l -> m.values(catalog.get(l))));
    }

    /** The resource's lifecycle, which must be one the term was made for. */
    static LifecycleDefinition definitionOf(Resource resource, List<String> lifecycles) {
        LifecycleDefinition definition = resource.definition();
        if (!lifecycles.contains(definition.lifecycle())) {
            throw new IllegalArgumentException("a term made for " + lifecycles + " was asked of a " + definition.lifecycle());
        }
        return definition;
    }
}
