package io.tcemu.product.bpstudio;

import io.tcemu.api.ActionHandlers;
import io.tcemu.lifecycle.LifecycleEngine;
import io.tcemu.product.ProductModule;

/**
 * Alibaba Cloud BPStudio (CADT) 2021-09-31, reached through the Alibaba dialect: applications
 * (lifecycle bpstudio.Application) and their disaster-recovery switchover tasks (bpstudio.FoTask).
 */
public final class BpStudioModule implements ProductModule {
    static final String PRODUCT = "bpstudio";
    static final String VERSION = "2021-09-31";

    @Override
    public void register(ActionHandlers handlers, LifecycleEngine engine) {
        new ApplicationActions(engine).register(handlers);
        new FailoverActions(engine).register(handlers);
    }
}
