package io.tcemu.product;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tcemu.api.ApiError;
import io.tcemu.api.ApiRequest;
import io.tcemu.lifecycle.LifecycleDefinition;
import io.tcemu.lifecycle.LifecycleEngine;
import io.tcemu.lifecycle.Resource;
import io.tcemu.lifecycle.Step;
import io.tcemu.store.ResourceKey;
import io.tcemu.store.ResourceQuery;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The caller's resources of one lifecycle: every read and change is scoped to the request's account
 * and region, so another account's resource, or one in another region, does not exist here. A
 * request names its resource by one parameter (JobId, TaskId…); the product says which code answers
 * when it is missing, since some specs leave that parameter optional.
 */
public class Resources {
    private final LifecycleEngine engine;
    private final String lifecycle;
    private final IdParameter id;

    /** How a request names its resource, and what it answers when it does not. */
    public record IdParameter(String name, String missingCode, String messageEn, String messageZh) {
    }

    public Resources(LifecycleEngine engine, String lifecycle, IdParameter id) {
        this.engine = engine;
        this.lifecycle = lifecycle;
        this.id = id;
    }

    /** The id the request names. */
    public String id(ApiRequest request) {
        String value = request.params().path(id.name()).asText("");
        if (value.isEmpty()) {
            throw ApiError.of(id.missingCode(), id.messageEn(), id.messageZh());
        }
        return value;
    }

    public ResourceKey key(ApiRequest request) {
        return key(request, id(request));
    }

    public ResourceKey key(ApiRequest request, String resourceId) {
        return new ResourceKey(Scopes.of(request), lifecycle, resourceId);
    }

    public Resource get(ApiRequest request) {
        return engine.get(key(request));
    }

    /** The request's resource, answering {@code notFoundCode} where the action documents no lifecycle not-found code. */
    public Resource get(ApiRequest request, String notFoundCode) {
        try {
            return get(request);
        } catch (ApiError e) {
            throw e.code().equals(definition().notFoundError()) ? e.withCode(notFoundCode) : e;
        }
    }

    public Resource get(ResourceKey key) {
        return engine.get(key);
    }

    /** Every one of the caller's resources, oldest first: a query to narrow and run with {@link #query}. */
    public ResourceQuery all(ApiRequest request) {
        return ResourceQuery.all(Scopes.of(request), lifecycle);
    }

    /** A page of the resources a query matches, which the store answers from its indexes, and how many matched. */
    public LifecycleEngine.Page query(ResourceQuery query) {
        return engine.query(query);
    }

    public Resource create(ResourceKey key, ObjectNode attributes, Map<String, String> initialStates) {
        return engine.create(key, attributes, initialStates);
    }

    /** Applies the operation to the request's resource; {@code changes} runs atomically with it, and may refuse by throwing ApiError. */
    public Resource apply(ApiRequest request, String operation, Consumer<ObjectNode> changes) {
        return engine.apply(key(request), operation, changes);
    }

    /** The emulator's current time, which every timestamp a resource shows is taken from. */
    public Instant now() {
        return engine.clock().now();
    }

    /** The lifecycle file these resources follow. */
    public LifecycleDefinition definition() {
        return engine.catalog().get(lifecycle);
    }

    /** The steps a transition of an operation declares in the lifecycle file (check items, run phases). */
    public List<Step> steps(String operation, int transition) {
        return definition().operation(operation).orElseThrow().transitions().get(transition).steps();
    }
}
