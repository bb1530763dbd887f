package io.tcemu.product.dts;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tcemu.lifecycle.OperationRun;
import io.tcemu.lifecycle.Resource;
import io.tcemu.lifecycle.Step;
import io.tcemu.lifecycle.StepProgress;
import io.tcemu.lifecycle.StepProgress.StepState;
import io.tcemu.product.WireTime;

import java.util.List;

/**
 * One CompareTaskItem. CompareProcess follows the run through the lifecycle's steps (live while
 * it runs, else as it ended); tcemu runs no separate pre-check, so CheckProcess stays empty, as in
 * the documented example.
 */
final class CompareTaskView {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private CompareTaskView() {
    }

    static ObjectNode of(Resource task, CompareTasks tasks) {
        ObjectNode a = task.attributes();
        ObjectNode item = NODES.objectNode()
                .put("JobId", a.path("JobId").asText())
                .put("CompareTaskId", task.id())
                .put("TaskName", a.path("TaskName").asText())
                .put("Status", task.state("Status"));
        item.set("Config", a.get("Config").deepCopy());
        item.set("CheckProcess", process("", 0, 0, NODES.arrayNode(), ""));
        item.set("CompareProcess", compareProcess(task, tasks));
        item.put("Conclusion", CompareReport.conclusion(task))
                .put("CreatedAt", WireTime.format(task.createdAt()))
                .put("StartedAt", startedAt(task))
                .put("FinishedAt", finishedAt(task))
                .put("Method", a.path("Options").path("Method").asText());
        item.set("Options", a.get("Options").deepCopy());
        return item.put("Message", message(task, tasks));
    }

    static String startedAt(Resource task) {
        return task.attributes().path("StartedAt").asText(WireTime.ZERO);
    }

    static String finishedAt(Resource task) {
        return DtsStates.COMPARE_ENDED.contains(task) ? WireTime.format(task.since().get("Status")) : WireTime.ZERO;
    }

    /** done once it succeeded (as the example says), the failure's text once it failed. */
    private static String message(Resource task, CompareTasks tasks) {
        if (DtsStates.COMPARE_SUCCEEDED.contains(task)) {
            return "done";
        }
        return DtsStates.COMPARE_FAILED.contains(task) ? task.lastRun(tasks.start).map(OperationRun::message).orElse("") : "";
    }

    private static ObjectNode compareProcess(Resource task, CompareTasks tasks) {
        List<Step> steps = tasks.steps(tasks.start, 0);
        StepProgress progress = task.progressOf(tasks.start).orElse(null);
        String status = task.state("Status");
        ArrayNode wire = NODES.arrayNode();
        for (int i = 0; i < steps.size(); i++) {
            StepState state = progress == null ? StepState.NOT_STARTED : progress.steps().get(i).state();
            int percent = progress == null ? 0 : progress.steps().get(i).percent();
            boolean stoppedHere = progress != null && i + 1 == progress.currentStep()
                    && !DtsStates.COMPARE_SUCCEEDED.contains(task) && DtsStates.COMPARE_ENDED.contains(task);
            wire.add(StepDetails.step(i + 1, steps.get(i), stoppedHere ? status : wireStatus(state), percent, null, null, ""));
        }
        int stepNow = progress == null ? 0 : progress.currentStep();
        int percent = progress == null ? 0 : progress.percent();
        return process(DtsStates.COMPARE_PROCESS_STATUS.of(task).asText(status), percent, stepNow, wire, message(task, tasks));
    }

    private static String wireStatus(StepState state) {
        return switch (state) {
            case NOT_STARTED -> RunStatus.NOT_STARTED;
            case RUNNING -> RunStatus.RUNNING;
            case FINISHED -> RunStatus.SUCCESS;
        };
    }

    /** A ProcessProgress. */
    private static ObjectNode process(String status, int percent, int stepNow, ArrayNode steps, String message) {
        ObjectNode process = NODES.objectNode().put("Status", status).put("Percent", percent)
                .put("StepAll", steps.size()).put("StepNow", stepNow).put("Message", message);
        process.set("Steps", steps);
        return process;
    }
}
