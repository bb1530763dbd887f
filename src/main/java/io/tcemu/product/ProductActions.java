package io.tcemu.product;

import io.tcemu.api.ActionHandler;
import io.tcemu.api.ActionHandlers;

/** One product version's emulated actions: where each of its action classes registers its handlers. */
public final class ProductActions {
    private final ActionHandlers handlers;
    private final String product;
    private final String version;

    public ProductActions(ActionHandlers handlers, String product, String version) {
        this.handlers = handlers;
        this.product = product;
        this.version = version;
    }

    public ProductActions on(String action, ActionHandler handler) {
        handlers.register(product, version, action, handler);
        return this;
    }
}
