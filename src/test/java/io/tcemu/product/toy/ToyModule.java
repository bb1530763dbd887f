package io.tcemu.product.toy;

import io.tcemu.lifecycle.LifecycleEngine;
import io.tcemu.product.ProductActions;
import io.tcemu.product.ProductModule;

/** The toy product of README's "Adding a product": lamps that warm up when switched on. */
public final class ToyModule extends ProductModule {

    public ToyModule() {
        super("toy", "2026-01-01");
    }

    @Override
    public void register(ProductActions actions, LifecycleEngine engine) {
        new LampActions(engine).register(actions);
    }
}
