package io.tcemu.lifecycle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.List;
import java.util.Map;

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

    Map<String, JsonNode> values(LifecycleDefinition definition) {
        Map<String, JsonNode> values = definition.dimension(dimension).wire().get(member);
        if (values == null) {
            throw new IllegalArgumentException(definition.lifecycle() + " dimension " + dimension + " has no wire mapping `"
                    + member + "`; known: " + definition.dimension(dimension).wire().keySet());
        }
        return values;
    }
}
