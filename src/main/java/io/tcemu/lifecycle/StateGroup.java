package io.tcemu.lifecycle;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A set of a dimension's states that the lifecycle files of {@code lifecycles} name under
 * {@code name} ("groups"), such as the states in which a job has ended: code asks whether a
 * resource is in the group and never names the states. Made through {@link StateTerms}, which
 * checks at start that every lifecycle defines it.
 */
public record StateGroup(List<String> lifecycles, String dimension, String name) {
    public StateGroup {
        lifecycles = List.copyOf(lifecycles);
    }

    /** Whether the resource is in one of the group's states. */
    public boolean contains(Resource resource) {
        return states(StateTerms.definitionOf(resource, lifecycles)).contains(resource.state(dimension));
    }

    /** The group's states in every lifecycle it was made for: a filter on the group, as a store runs it. */
    public Set<String> states(LifecycleCatalog catalog) {
        Set<String> states = new HashSet<>();
        lifecycles.forEach(l -> states.addAll(states(catalog.get(l))));
        return states;
    }

    Set<String> states(LifecycleDefinition definition) {
        Set<String> states = definition.dimension(dimension).groups().get(name);
        if (states == null) {
            throw new IllegalArgumentException(definition.lifecycle() + " dimension " + dimension + " has no group `" + name
                    + "`; known: " + definition.dimension(dimension).groups().keySet());
        }
        return states;
    }
}
