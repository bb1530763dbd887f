package io.tcemu.product.redis;

import io.tcemu.lifecycle.LifecycleEngine;
import io.tcemu.product.ProductActions;
import io.tcemu.product.ProductModule;

/**
 * TencentDB for Redis 2018-04-12: instances (lifecycle-instance.json) and the tasks their
 * operations start (lifecycle-task.json), followed with DescribeTaskInfo and DescribeTaskList.
 */
public final class RedisModule extends ProductModule {

    public RedisModule() {
        super("redis", "2018-04-12");
    }

    @Override
    public void register(ProductActions actions, LifecycleEngine engine) {
        TaskStarter tasks = new TaskStarter(engine);
        new InstanceActions(engine, tasks, new Deals(engine)).register(actions);
        new NetworkActions(engine, tasks).register(actions);
        new TaskActions(engine).register(actions);
    }
}
