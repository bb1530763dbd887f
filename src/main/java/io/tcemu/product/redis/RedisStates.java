package io.tcemu.product.redis;

import io.tcemu.lifecycle.StateGroup;
import io.tcemu.lifecycle.StateTerms;
import io.tcemu.lifecycle.WireMapping;

/** The state groups and wire mappings Redis code names, defined in its lifecycle files and checked when the module registers. */
final class RedisStates {
    static final StateTerms TERMS = new StateTerms();

    static final StateGroup INSTANCE_PROCESSING = TERMS.group(RedisResources.INSTANCE, "Status", "inProcess");
    static final StateGroup INSTANCE_ISOLATED = TERMS.group(RedisResources.INSTANCE, "Status", "inIsolation");
    static final StateGroup INSTANCE_DELETING = TERMS.group(RedisResources.INSTANCE, "Status", "pendingDeletion");
    /** InstanceSet.Status, a number per state. */
    static final WireMapping INSTANCE_STATUS = TERMS.wire(RedisResources.INSTANCE, "Status", "Status");
    /** InstanceSet.InstanceTitle, {"en", "zh"} per state. */
    static final WireMapping INSTANCE_TITLE = TERMS.wire(RedisResources.INSTANCE, "Status", "InstanceTitle");

    static final StateGroup TASK_ENDED = TERMS.group(RedisResources.TASK, "Status", "ended");
    static final StateGroup TASK_FAILED = TERMS.group(RedisResources.TASK, "Status", "failure");
    /** DescribeTaskList.Result: 0 initialising, 1 running, 2 completed, 4 failed (there is no 3). */
    static final WireMapping TASK_RESULT = TERMS.wire(RedisResources.TASK, "Status", "Result");

    /** RedisBackupSet.Status: 1 in progress or locked by another flow, 2 normal, -1 expired, -2 deleted. */
    static final WireMapping BACKUP_STATUS = TERMS.wire(RedisResources.BACKUP, "Status", "Status");
    static final WireMapping BACKUP_LOCKED = TERMS.wire(RedisResources.BACKUP, "Status", "Locked");

    static final StateGroup EXPORT_SUCCEEDED = TERMS.group(RedisResources.EXPORT_FILE, "Status", "succeeded");
    static final StateGroup EXPORT_FAILED = TERMS.group(RedisResources.EXPORT_FILE, "Status", "failure");

    private RedisStates() {
    }
}
