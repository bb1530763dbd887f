package io.tcemu.product.redis;

import io.tcemu.api.Language;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tcemu.lifecycle.OperationRun;
import io.tcemu.lifecycle.Resource;
import io.tcemu.product.WireTime;

/** A task as DescribeTaskInfo and DescribeTaskList (TaskInfoDetail) show it. */
final class TaskView {
    /** DescribeTaskList.Result of a task not started yet, and of one running (the lifecycle file maps states to it). */
    private static final int PREPARING = 0;
    private static final int RUNNING = 1;

    private TaskView() {
    }

    static int result(Resource task) {
        return RedisStates.TASK_RESULT.of(task).asInt();
    }

    /** DescribeTaskInfo: TaskMessage is the error text of the fault that failed the task, empty otherwise. */
    static ObjectNode info(Resource task, Language language) {
        ObjectNode a = task.attributes();
        String action = a.path("Action").asText();
        String status = status(task);
        String message = RedisStates.TASK_FAILED.contains(task)
                ? task.lastRun(action).map(OperationRun::message).orElse("") : "";
        return JsonNodeFactory.instance.objectNode()
                .put("Status", status)
                .put("StartTime", WireTime.format(task.createdAt()))
                .put("TaskType", TaskKind.of(action).name(language))
                .put("InstanceId", a.path("InstanceId").asText())
                .put("TaskMessage", message);
    }

    /** TaskInfoDetail: TaskType is the three-digit code; Progress runs from 0 to 1; EndTime is zero until it ends. */
    static ObjectNode detail(Resource task) {
        ObjectNode a = task.attributes();
        double progress = switch (result(task)) {
            case PREPARING -> 0;
            case RUNNING -> task.progress().map(p -> p.percent() / 100.0).orElse(0.0);
            default -> 1;
        };
        return JsonNodeFactory.instance.objectNode()
                .put("TaskId", a.path("TaskId").asLong())
                .put("StartTime", WireTime.format(task.createdAt()))
                .put("TaskType", a.path("TaskType").asText())
                .put("InstanceName", a.path("InstanceName").asText())
                .put("InstanceId", a.path("InstanceId").asText())
                .put("ProjectId", a.path("ProjectId").asLong())
                .put("Progress", progress)
                .put("EndTime", RedisStates.TASK_ENDED.contains(task) ? WireTime.format(task.since().get("Status")) : WireTime.ZERO)
                .put("Result", result(task));
    }

    private static String status(Resource task) {
        return task.state("Status");
    }
}
