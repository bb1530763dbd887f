package io.tcemu.product.redis;

import io.tcemu.lifecycle.LifecycleEngine;
import io.tcemu.product.ProductActions;
import io.tcemu.product.ProductModule;

/**
 * TencentDB for Redis 2018-04-12: instances (lifecycle-instance.json), the tasks their
 * operations start (lifecycle-task.json), followed with DescribeTaskInfo and DescribeTaskList, and
 * their backups (lifecycle-backup.json) and the audit log files exported from them (lifecycle-export-file.json).
 */
public final class RedisModule extends ProductModule {

    public RedisModule() {
        super("redis", "2018-04-12", RedisStates.TERMS);
    }

    @Override
    public void register(ProductActions actions, LifecycleEngine engine) {
        TaskStarter tasks = new TaskStarter(engine);
        Deals deals = new Deals(engine);
        new InstanceActions(engine, tasks, deals).register(actions);
        new ConfigActions(engine, tasks, deals).register(actions);
        new BillingActions(engine, tasks, deals).register(actions);
        new ParamActions(engine, tasks).register(actions);
        new BackupActions(engine, tasks).register(actions);
        new AutoBackupActions(engine).register(actions);
        new NetworkActions(engine, tasks).register(actions);
        new VersionActions(tasks).register(actions);
        new ExportActions(engine).register(actions);
        new TaskActions(engine).register(actions);
    }
}
