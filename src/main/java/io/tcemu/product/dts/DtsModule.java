package io.tcemu.product.dts;

import io.tcemu.lifecycle.LifecycleEngine;
import io.tcemu.product.ProductActions;
import io.tcemu.product.ProductModule;

/** DTS 2021-12-06: migration jobs (dts.MigrateJob), sync jobs (dts.SyncJob), their consistency checks, data subscriptions (dts.Subscribe) and their consumer groups. */
public final class DtsModule extends ProductModule {

    public DtsModule() {
        super("dts", "2021-12-06", DtsStates.TERMS);
    }

    @Override
    public void register(ProductActions actions, LifecycleEngine engine) {
        new MigrationActions(engine).register(actions);
        new SyncActions(engine).register(actions);
        new CompareActions(new MigrationJobs(engine), CompareTasks.ofMigrations(engine)).register(actions);
        new CompareActions(new SyncJobs(engine), CompareTasks.ofSyncJobs(engine)).register(actions);
        new SubscribeActions(engine).register(actions);
        new ConsumerGroupActions(engine).register(actions);
    }
}
