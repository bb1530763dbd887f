package io.tcemu.product.wedata;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tcemu.lifecycle.Resource;
import java.util.List;

/**
 * A task as IntegrationTaskInfo: the caller's own fields as created, and the fields the service
 * owns (status, times, versions, offsets, counters, errors) from the lifecycle and the run.
 */
final class TaskInfoView {
    /** Fields the service owns: a caller's values for them are not kept at create. */
    static final List<String> OWNED = List.of("TaskId", "ProjectId", "TaskType", "Status", "CreateTime", "UpdateTime",
            "LastRunTime", "StopTime", "Submit", "HasVersion", "InstanceVersion", "Locked", "Locker", "NumRecordsIn",
            "NumRecordsOut", "ReaderDelay", "NumRestarts", "RunningCu", "SwitchResource", "ReadPhase", "OfflineTaskStatus",
            "BusinessLatency", "CurrentSyncPosition", "ErrorMessage", "TaskSubType", "NotExistsCheckPoint", "SavePointId",
            "SavePointPath", "LastOperateInfo");
    /** Stored as attributes by the operations and shown as they are. */
    private static final List<String> RECORDED = List.of("CreateTime", "UpdateTime", "LastRunTime", "StopTime",
            "LastOperateInfo");

    private TaskInfoView() {
    }

    static ObjectNode of(Resource task) {
        ObjectNode a = task.attributes();
        ObjectNode info = (ObjectNode) a.path("TaskInfo").deepCopy();
        TaskStatus status = TaskStatus.of(task);
        TaskRun run = TaskRun.of(task);
        long version = a.path("InstanceVersion").asLong();
        info.put("TaskId", task.id())
                .put("ProjectId", task.key().scope().namespace())
                .put("TaskType", WedataParams.REAL_TIME)
                .put("Status", status.code())
                .put("Submit", status != TaskStatus.NEW)
                .put("HasVersion", version > 0)
                .put("InstanceVersion", version)
                .put("Locked", false)
                .put("NumRecordsIn", run.read(Window.ALL))
                .put("NumRecordsOut", run.written(Window.ALL))
                .put("CurrentSyncPosition", run.position());
        RECORDED.stream().filter(a::has).forEach(f -> info.set(f, a.get(f)));
        if (status == TaskStatus.PAUSED) {
            boolean snapshot = run.pausedWithSnapshot().orElse(false);
            info.put("NotExistsCheckPoint", snapshot ? 0 : 1);
            if (snapshot) {
                info.put("SavePointPath", "tcemu://savepoints/" + task.id() + "/offset-" + run.position());
            }
        }
        if (status == TaskStatus.FAILURE || status == TaskStatus.DETECTION_EXCEPTION) {
            JsonNode error = a.path(TaskOperations.ERROR_MESSAGE);
            info.put("ErrorMessage", error.isTextual() ? error.asText() : "The task failed to run.");
        }
        return info;
    }
}
