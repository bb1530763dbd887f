package io.tcemu.product.dts;

import io.tcemu.api.ActionHandlers;
import io.tcemu.lifecycle.LifecycleEngine;
import io.tcemu.product.ProductModule;

/** DTS 2021-12-06: each group of actions registers its own. */
public final class DtsModule implements ProductModule {
    static final String VERSION = "2021-12-06";

    @Override
    public void register(ActionHandlers handlers, LifecycleEngine engine) {
        new MigrationActions(engine).register(handlers);
        new SyncActions(engine).register(handlers);
    }
}
