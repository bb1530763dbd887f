package io.tcemu.lifecycle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * What a response member, {@code member}, shows for each state of a dimension, as the lifecycle
 * files of {@code lifecycles} map it ("wire"), such as a task's numeric Result. Made through
 * {@link StateTerms}, which checks at start that every lifecycle defines it.
 */
public record WireMapping(List<String> lifecycles, String dimension, String member) {
    public WireMapping {
        lifecycles = List.copyOf(lifecycles);
    }

    /** The value for the resource's state; a missing node where the file maps none, so {@code asText(otherwise)} reads on. */
    public JsonNode of(Resource resource) {
        JsonNode value = values(StateTerms.definitionOf(resource, lifecycles)).get(resource.state(dimension));
        return value == null ? MissingNode.getInstance() : value;
    }

    /** The states whose value passes {@code shown}, in every lifecycle of the mapping: a filter on the value, as a store runs it. */
    public Set<String> statesShowing(LifecycleCatalog catalog, Predicate<JsonNode> shown) {
        Set<String> states = new HashSet<>();
        lifecycles.forEach(l -> values(catalog.get(l)).forEach((state, value) -> {
            if (shown.test(value)) {
                states.add(state);
            }
        }));
        return states;
    }

    Map<String, JsonNode> values(LifecycleDefinition definition) {
        Map<String, JsonNode> values = definition.dimension(dimension).wire().get(member);
        if (values == null) {
            throw new IllegalArgumentException(definition.lifecycle() + " dimension " + dimension + " has no wire mapping `"
                    + member + "`; known: " + definition.dimension(dimension).wire().keySet());
        }
        return values;
    }
}
