package io.tcemu.product;

import io.tcemu.lifecycle.LifecycleEngine;

/**
 * One product version's emulation: its action classes map actions to lifecycle operations and
 * shape the responses. Registered once at start; handlers run off the event loop and may block.
 */
public abstract class ProductModule {
    private final String product;
    private final String version;

    protected ProductModule(String product, String version) {
        this.product = product;
        this.version = version;
    }

    public final String product() {
        return product;
    }

    public final String version() {
        return version;
    }

    public abstract void register(ProductActions actions, LifecycleEngine engine);
}
