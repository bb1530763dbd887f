package io.tcemu.api;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One emulated action. Runs off the event loop, so it may block on the store. Returns the fields of
 * {@code Response} (the gateway adds RequestId) or throws {@link ApiError}.
 */
@FunctionalInterface
public interface ActionHandler {
    ObjectNode handle(ApiRequest request);
}
