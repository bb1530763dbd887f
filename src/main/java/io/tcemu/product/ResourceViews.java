package io.tcemu.product;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tcemu.api.KeptViews;
import io.tcemu.lifecycle.Resource;

import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A view of one lifecycle's resources: kept serialised per stored version while it cannot change
 * with time, built afresh while it can (an operation in flight, steps on a clock, or what the
 * product says moves with time). The view may read the resource and constants only, not the
 * request or another resource, and the clock only where {@code clocked} says so.
 */
public final class ResourceViews {
    private final KeptViews<Resource> views;
    private final Predicate<Resource> clocked;

    /** A view that moves with time only as the lifecycle engine knows (see {@link Resource#changesWithTime}). */
    public ResourceViews(Function<Resource, ObjectNode> view) {
        this(view, resource -> false);
    }

    /** @param clocked whether the view shows something else that moves with time, e.g. a running task's record counts */
    public ResourceViews(Function<Resource, ObjectNode> view, Predicate<Resource> clocked) {
        this.views = new KeptViews<>(view);
        this.clocked = clocked;
    }

    public JsonNode of(Resource resource) {
        return resource.changesWithTime() || clocked.test(resource) ? views.fresh(resource)
                : views.of(resource, resource.storedForm(), resource.version());
    }
}
