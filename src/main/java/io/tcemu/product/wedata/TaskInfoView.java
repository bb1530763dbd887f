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

    private static final List<String> UINS = List.of("CreatorUin", "OwnerUin", "OperatorUin");

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
        owners(info, task);
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

    /**
     * Who and where, on the task and on each of its nodes, as the service fills them in: the account,
     * the task and project, the task's times, ids and uins where the caller gave none, and the task's
     * input and output types from its INPUT and OUTPUT nodes.
     */
    private static void owners(ObjectNode info, Resource task) {
        String account = task.key().scope().account();
        info.put("AppId", account);
        UINS.forEach(uin -> keepOrSet(info, uin, account));
        JsonNode nodes = info.path("Nodes");
        for (int i = 0; i < nodes.size(); i++) {
            if (!(nodes.get(i) instanceof ObjectNode node)) {
                continue;
            }
            keepOrSet(node, "Id", task.id() + "-" + (i + 1));
            node.put("TaskId", task.id()).put("ProjectId", task.key().scope().namespace()).put("AppId", account);
            UINS.forEach(uin -> keepOrSet(node, uin, account));
            node.set("CreateTime", info.path("CreateTime").deepCopy());
            node.set("UpdateTime", info.path("UpdateTime").deepCopy());
            String side = node.path("NodeType").asText();
            if (side.equals("INPUT") || side.equals("OUTPUT")) {
                info.put(side.equals("INPUT") ? "InputDatasourceType" : "OutputDatasourceType", node.path("DataSourceType").asText());
            }
        }
    }

    /** A caller's value is kept; an absent or empty one becomes {@code value}. */
    private static void keepOrSet(ObjectNode object, String name, String value) {
        if (object.path(name).asText().isEmpty()) {
            object.put(name, value);
        }
    }
}
