package io.tcemu.product;

import io.tcemu.lifecycle.LifecycleEngine;

/**
 * One product version's emulation: its action classes map actions to lifecycle operations and
 * shape the responses. Registered once at start; handlers run off the event loop and may block.
 */
public interface ProductModule {
    String product();

    String version();

    void register(ProductActions actions, LifecycleEngine engine);
}
