package io.tcemu.product.wedata;

import io.tcemu.EmulatorConfig;
import io.tcemu.api.ActionHandler;
import io.tcemu.api.ActionHandlers;
import io.tcemu.lifecycle.LifecycleEngine;
import io.tcemu.product.ProductModule;

/**
 * WeData 2021-08-20 real-time integration tasks: create, commit, run, pause, continue, stop and
 * delete them (singly and in batches), read them and their metrics. Tasks live in a project
 * (ProjectId) of the caller's account and region. Lifecycle: wedata.IntegrationTask.
 */
public final class WedataModule implements ProductModule {
    private static final String PRODUCT = "wedata";
    private static final String VERSION = "2021-08-20";

    @Override
    public void register(ActionHandlers handlers, LifecycleEngine engine) {
        register(handlers, engine, EmulatorConfig.defaults());
    }

    @Override
    public void register(ActionHandlers handlers, LifecycleEngine engine, EmulatorConfig config) {
        TaskOperations operations = new TaskOperations(engine, config.wedata());
        TaskActions tasks = new TaskActions(engine, operations, config.wedata());
        OpsActions ops = new OpsActions(operations);
        MetricActions metrics = new MetricActions(engine);
        add(handlers, "CreateIntegrationTask", tasks::create);
        add(handlers, "DescribeIntegrationTask", tasks::describe);
        add(handlers, "DescribeIntegrationTasks", tasks::describeList);
        add(handlers, "CommitIntegrationTask", tasks::commit);
        add(handlers, "DeleteIntegrationTask", tasks::delete);
        add(handlers, "StartIntegrationTask", ops::start);
        add(handlers, "SuspendIntegrationTask", ops::suspend);
        add(handlers, "ResumeIntegrationTask", ops::resume);
        add(handlers, "StopIntegrationTask", ops::stop);
        add(handlers, "BatchStartIntegrationTasks", ops::batchStart);
        add(handlers, "BatchSuspendIntegrationTasks", ops::batchSuspend);
        add(handlers, "BatchResumeIntegrationTasks", ops::batchResume);
        add(handlers, "BatchStopIntegrationTasks", ops::batchStop);
        add(handlers, "DescribeRealTimeTaskMetricOverview", metrics::overview);
        add(handlers, "DescribeRealTimeTaskSpeed", metrics::speed);
    }

    private static void add(ActionHandlers handlers, String action, ActionHandler handler) {
        handlers.register(PRODUCT, VERSION, action, handler);
    }
}
