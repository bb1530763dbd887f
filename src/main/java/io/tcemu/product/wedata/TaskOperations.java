package io.tcemu.product.wedata;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tcemu.lifecycle.LifecycleEngine;
import io.tcemu.lifecycle.Resource;
import io.tcemu.product.WireTime;
import io.tcemu.store.ResourceKey;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * The operations on one task, as the single and the batch actions apply them. Each records what
 * it does to the task's run ({@link TaskRun}) and the conditions its lifecycle transitions test,
 * in the same atomic write as the status change.
 */
final class TaskOperations {
    static final String COMMIT = "CommitIntegrationTask";
    static final String START = "StartIntegrationTask";
    static final String SUSPEND = "SuspendIntegrationTask";
    static final String RESUME = "ResumeIntegrationTask";
    static final String STOP = "StopIntegrationTask";
    static final String DELETE = "DeleteIntegrationTask";
    static final String ERROR_MESSAGE = "ErrorMessage";

    private final LifecycleEngine engine;
    private final WedataSettings settings;

    TaskOperations(LifecycleEngine engine, WedataSettings settings) {
        this.engine = engine;
        this.settings = settings;
    }

    /** Submits a version: the first one puts the task in Initialize. */
    Resource commit(ResourceKey key, String submitter, String versionDescription) {
        return engine.applyComputed(key, COMMIT, (task, a) -> {
            long version = a.path("InstanceVersion").asLong() + 1;
            a.put("InstanceVersion", version);
            a.putObject("TaskVersion").put("InstanceVersion", version).put("VersionDesc", versionDescription)
                    .put("ChangeType", version == 1 ? 0 : 1).put("SubmitterUin", submitter)
                    .put("InstanceDate", WireTime.format(task.observedAt())).put("InstanceStatus", 1);
            operated(a, "COMMIT", task.observedAt());
        });
    }

    /** Runs the task from the beginning of its source, with fresh metrics. */
    Resource start(ResourceKey key) {
        return engine.applyComputed(key, START, (task, a) -> {
            ObjectNode run = TaskRun.fresh();
            a.set(TaskRun.ATTRIBUTE, run);
            a.remove(ERROR_MESSAGE);
            checkResourceGroup(a, run);
            a.put("LastRunTime", WireTime.format(task.observedAt()));
            operated(a, "START", task.observedAt());
        });
    }

    /** Pauses with a snapshot at the current offset, or (forced) without one. */
    Resource suspend(ResourceKey key, boolean forced) {
        return engine.applyComputed(key, SUSPEND, (task, a) -> {
            a.set(TaskRun.ATTRIBUTE, TaskRun.of(task).paused(!forced));
            operated(a, forced ? "SUSPEND_WITHOUT_SP" : "SUSPEND", task.observedAt());
        });
    }

    /** Continues from the snapshot (or the last checkpoint), unless the source no longer has the logs. */
    Resource resume(ResourceKey key) {
        return engine.applyComputed(key, RESUME, (task, a) -> {
            ObjectNode run = TaskRun.of(task).resumed();
            a.set(TaskRun.ATTRIBUTE, run);
            a.remove(ERROR_MESSAGE);
            Duration paused = Duration.between(task.since().get(TaskStatus.DIMENSION), task.observedAt());
            boolean expired = paused.compareTo(settings.logRetention()) > 0;
            run.put("SourceLogs", expired ? "expired" : "retained");
            if (expired) {
                a.put(ERROR_MESSAGE, "The source logs expired: the task was paused for " + paused.toSeconds()
                        + " s, longer than the source keeps its logs (" + settings.logRetention().toSeconds()
                        + " s, tcemu's --wedata-log-retention), so offset " + run.path("Offset").asLong()
                        + " can no longer be read. Stop the task and start it again to read from the beginning.");
            }
            checkResourceGroup(a, run);
            operated(a, "RESUME", task.observedAt());
        });
    }

    /** Stops the task, discarding its offset, snapshot and metrics. */
    Resource stop(ResourceKey key) {
        return engine.applyComputed(key, STOP, (task, a) -> {
            a.set(TaskRun.ATTRIBUTE, TaskRun.fresh());
            a.remove(ERROR_MESSAGE);
            a.put("StopTime", WireTime.format(task.observedAt()));
            operated(a, "STOP", task.observedAt());
        });
    }

    Resource delete(ResourceKey key) {
        return engine.apply(key, DELETE);
    }

    /** Records whether the task's resource group exists; a missing one takes precedence over every other error. */
    private void checkResourceGroup(ObjectNode a, ObjectNode run) {
        String group = a.path("TaskInfo").path("ExecutorId").asText("");
        boolean exists = settings.exists(group);
        run.put("ResourceGroup", exists ? "exists" : "missing");
        if (!exists) {
            a.put(ERROR_MESSAGE, "Resource group `" + group + "` (ExecutorId) does not exist; tcemu knows "
                    + settings.resourceGroups() + ". Create the task with one of those, or start tcemu with"
                    + " --wedata-resource-groups naming it.");
        }
    }

    private static void operated(ObjectNode a, String event, Instant at) {
        String time = WireTime.format(at);
        a.put("UpdateTime", time);
        JsonNode error = a.path(ERROR_MESSAGE);
        a.putObject("LastOperateInfo").put("TaskEvent", event).put("OperateId", UUID.randomUUID().toString())
                .put("ErrorMsg", error.isTextual() ? error.asText() : null)
                .put("CreatedTime", time).put("UpdatedTime", time);
    }
}
