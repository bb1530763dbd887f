package io.tcemu.product.redis;

import io.tcemu.api.Language;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tcemu.lifecycle.LifecycleEngine;
import io.tcemu.lifecycle.OperationRun;
import io.tcemu.lifecycle.Resource;
import io.tcemu.product.WireTime;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** A task as DescribeTaskInfo and DescribeTaskList (TaskInfoDetail) show it. */
final class TaskView {
    /** DescribeTaskList.Result: 0 initialising, 1 running, 2 completed, 4 failed (there is no 3). */
    private static final Map<String, Integer> RESULTS = Map.of(
            "preparing", 0, "running", 1, "succeed", 2, "failed", 4, "error", 4);
    private static final Set<String> ENDED = Set.of("succeed", "failed", "error");

    private TaskView() {
    }

    static int result(Resource task) {
        return RESULTS.get(status(task));
    }

    /** The states whose Result reads as one of {@code results}: a Result filter as the store runs it. */
    static Set<String> statuses(Set<String> results) {
        return RESULTS.keySet().stream().filter(s -> results.contains(String.valueOf(RESULTS.get(s)))).collect(Collectors.toSet());
    }

    /** DescribeTaskInfo: TaskMessage is the error text of the fault that failed the task, empty otherwise. */
    static ObjectNode info(Resource task, Language language) {
        ObjectNode a = task.attributes();
        String action = a.path("Action").asText();
        String status = status(task);
        String message = status.equals("failed") || status.equals("error")
                ? task.lastRun(action).map(OperationRun::message).orElse("") : "";
        return JsonNodeFactory.instance.objectNode()
                .put("Status", status)
                .put("StartTime", WireTime.format(task.createdAt()))
                .put("TaskType", TaskKind.of(action).name(language))
                .put("InstanceId", a.path("InstanceId").asText())
                .put("TaskMessage", message);
    }

    /** TaskInfoDetail: TaskType is the three-digit code; Progress runs from 0 to 1; EndTime is zero until it ends. */
    static ObjectNode detail(Resource task, LifecycleEngine engine) {
        ObjectNode a = task.attributes();
        String status = status(task);
        double progress = switch (status) {
            case "preparing" -> 0;
            case "running" -> task.progress().map(p -> p.percent() / 100.0).orElse(0.0);
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
                .put("EndTime", ENDED.contains(status) ? WireTime.format(task.since().get("Status")) : WireTime.ZERO)
                .put("Result", result(task));
    }

    private static String status(Resource task) {
        return task.state("Status");
    }
}
