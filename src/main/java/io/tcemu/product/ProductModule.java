package io.tcemu.product;

import io.tcemu.EmulatorConfig;
import io.tcemu.api.ActionHandlers;
import io.tcemu.lifecycle.LifecycleEngine;

/**
 * One product's emulated actions: maps each action to lifecycle operations and shapes the
 * responses. Registered once at start; handlers run off the event loop and may block.
 */
public interface ProductModule {
    void register(ActionHandlers handlers, LifecycleEngine engine);

    /** What the emulator calls: a module with settings of its own in the configuration overrides it. */
    default void register(ActionHandlers handlers, LifecycleEngine engine, EmulatorConfig config) {
        register(handlers, engine);
    }
}
