package io.tcemu.product;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tcemu.api.KeptViews;
import io.tcemu.lifecycle.Resource;

import java.util.function.Function;

/**
 * A view of one lifecycle's resources that lists show: kept serialised per stored version while
 * nothing in flight makes it change with time, built afresh while something does. The view may read
 * the resource and constants only, not the clock, the request or another resource.
 */
public final class ResourceViews {
    private final KeptViews<Resource> views;

    public ResourceViews(Function<Resource, ObjectNode> view) {
        this.views = new KeptViews<>(view);
    }

    public JsonNode of(Resource resource) {
        return resource.changesWithTime() ? views.fresh(resource)
                : views.of(resource, resource.storedForm(), resource.version());
    }
}
