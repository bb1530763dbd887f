package io.tcemu.product.dts;

import io.tcemu.gateway.ActionHandlers;
import io.tcemu.lifecycle.LifecycleEngine;
import io.tcemu.product.ProductModule;

/** DTS 2021-12-06: each kind of job registers its own actions. */
public final class DtsModule implements ProductModule {
    @Override
    public void register(ActionHandlers handlers, LifecycleEngine engine) {
        new SyncActions(engine).register(handlers);
    }
}
