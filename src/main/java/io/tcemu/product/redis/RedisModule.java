package io.tcemu.product.redis;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.tcemu.api.ActionHandler;
import io.tcemu.api.ActionHandlers;
import io.tcemu.api.ApiError;
import io.tcemu.lifecycle.LifecycleEngine;
import io.tcemu.product.ProductModule;

import static io.tcemu.product.redis.RedisResources.PRODUCT;
import static io.tcemu.product.redis.RedisResources.VERSION;

/**
 * TencentDB for Redis 2018-04-12: instances (lifecycle-instance.json) and the tasks their
 * operations start (lifecycle-task.json), followed with DescribeTaskInfo and DescribeTaskList.
 */
public final class RedisModule implements ProductModule {

    @Override
    public void register(ActionHandlers handlers, LifecycleEngine engine) {
        TaskStarter tasks = new TaskStarter(engine);
        Deals deals = new Deals(engine);
        handlers.register(PRODUCT, VERSION, "CreateInstances", new CreateInstancesHandler(engine, tasks, deals))
                .register(PRODUCT, VERSION, "DescribeInstances", new DescribeInstancesHandler(engine))
                .register(PRODUCT, VERSION, "DestroyPostpaidInstance", startsTask(tasks, TaskKind.DISABLE_INSTANCE))
                .register(PRODUCT, VERSION, "ModifyInstanceParams", new ModifyInstanceParamsHandler(tasks))
                .register(PRODUCT, VERSION, "ClearInstance", new ClearInstanceHandler(tasks))
                .register(PRODUCT, VERSION, "ResetPassword", new ResetPasswordHandler(tasks))
                .register(PRODUCT, VERSION, "UpgradeInstanceVersion", new UpgradeInstanceVersionHandler(tasks, deals))
                .register(PRODUCT, VERSION, "ManualBackupInstance", manualBackup(startsTask(tasks, TaskKind.BACK_UP_INSTANCE)))
                .register(PRODUCT, VERSION, "ModifyNetworkConfig", new ModifyNetworkConfigHandler(engine, tasks))
                .register(PRODUCT, VERSION, "ModifyInstanceAvailabilityZones", new ModifyInstanceAvailabilityZonesHandler(tasks))
                .register(PRODUCT, VERSION, "ChangeReplicaToMaster", startsTask(tasks, TaskKind.PROMOTE_TO_MASTER))
                .register(PRODUCT, VERSION, "DescribeTaskInfo", new DescribeTaskInfoHandler(engine))
                .register(PRODUCT, VERSION, "DescribeTaskList", new DescribeTaskListHandler(engine));
    }

    /** A Back up Instance task; StorageDays (default 7) cannot be negative. */
    private static ActionHandler manualBackup(ActionHandler backup) {
        return request -> {
            if (Params.number(request.params(), "StorageDays", 7) < 0) {
                throw ApiError.of("InvalidParameter.InvalidParameter", "StorageDays must be 0 or more days.",
                        "StorageDays 须大于等于 0 天。");
            }
            return backup.handle(request);
        };
    }

    /** An action whose only effect is its task: answers the TaskId. */
    private static ActionHandler startsTask(TaskStarter tasks, TaskKind kind) {
        return request -> JsonNodeFactory.instance.objectNode()
                .put("TaskId", tasks.start(request, kind, attributes -> { }).taskId());
    }
}
