package io.tcemu.product.wedata;

import io.tcemu.lifecycle.LifecycleEngine;
import io.tcemu.product.ProductActions;
import io.tcemu.product.ProductModule;

/**
 * WeData 2021-08-20 real-time integration tasks: create, commit, run, pause, continue, stop and
 * delete them (singly and in batches), read them and their metrics. Tasks live in a project
 * (ProjectId) of the caller's account and region. Lifecycle: wedata.IntegrationTask.
 */
public final class WedataModule extends ProductModule {
    private final WedataSettings settings;

    public WedataModule(WedataSettings settings) {
        super("wedata", "2021-08-20", WedataStates.TERMS);
        this.settings = settings;
    }

    @Override
    public void register(ProductActions actions, LifecycleEngine engine) {
        TaskOperations operations = new TaskOperations(engine, settings);
        new TaskActions(engine, operations, settings).register(actions);
        new OpsActions(operations).register(actions);
        new MetricActions(engine).register(actions);
    }
}
