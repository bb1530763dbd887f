package io.tcemu.product.bpstudio;

import io.tcemu.lifecycle.LifecycleEngine;
import io.tcemu.product.ProductActions;
import io.tcemu.product.ProductModule;

/**
 * Alibaba Cloud BPStudio (CADT) 2021-09-31, reached through the Alibaba dialect: applications
 * (lifecycle bpstudio.Application) and their disaster-recovery switchover tasks (bpstudio.FoTask).
 */
public final class BpStudioModule extends ProductModule {

    public BpStudioModule() {
        super("bpstudio", "2021-09-31", BpStudioStates.TERMS);
    }

    @Override
    public void register(ProductActions actions, LifecycleEngine engine) {
        new ApplicationActions(engine).register(actions);
        new FailoverActions(engine).register(actions);
    }
}
