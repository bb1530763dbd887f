package io.tcemu.product.dts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tcemu.lifecycle.OperationRun;
import io.tcemu.lifecycle.Resource;
import io.tcemu.lifecycle.StateGroup;
import io.tcemu.lifecycle.Step;
import io.tcemu.lifecycle.StepProgress;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A check a sync job runs: its pre-check (CreateCheckSyncJob, on Status) or the check of a
 * modification (CreateModifyCheckSyncJob, on OptObjStatus). Its steps come from the lifecycle
 * file. A check ends failed only when a fault is injected; it then fails at the step the fault
 * names, else at its last step that was not skipped, recorded when the check starts under
 * {@code <attribute>.FailingStep}.
 */
record SyncCheck(String dimension, String operation, String attribute, States states) {
    static final SyncCheck JOB = new SyncCheck("Status", "CreateCheckSyncJob", "Check", new States(
            DtsStates.SYNC_UNCHECKED, DtsStates.SYNC_CHECKING, DtsStates.SYNC_CHECK_NOT_PASSED));
    static final SyncCheck MODIFICATION = new SyncCheck("OptObjStatus", "CreateModifyCheckSyncJob", "ModifyCheck",
            new States(DtsStates.MODIFICATION_UNCHECKED, DtsStates.MODIFICATION_CHECKING, DtsStates.MODIFICATION_CHECK_NOT_PASSED));

    /**
     * The check's groups of its dimension: where no check has finished since the job (or its
     * modification) was last configured, where one runs, and where the last one did not pass.
     */
    record States(StateGroup unchecked, StateGroup checking, StateGroup notPassed) {
    }

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    List<Step> steps(SyncJobs jobs) {
        return jobs.definition().operation(operation).orElseThrow()
                .transitions().get(0).steps();
    }

    /** What starting the check records: the step it fails at if a fault makes it fail. */
    Consumer<ObjectNode> starting(SyncJobs jobs) {
        List<Step> steps = steps(jobs);
        return job -> {
            Set<String> skipped = skipped(job);
            ObjectNode check = job.withObjectProperty(attribute);
            check.remove("FailingStep");
            for (int i = steps.size() - 1; i >= 0; i--) {
                if (!skipped.contains(steps.get(i).id())) {
                    check.put("FailingStep", steps.get(i).id());
                    return;
                }
            }
        };
    }

    /** The step the last check failed at: the one its fault named, else the last one not skipped. */
    String failingStep(Resource job) {
        return job.lastRun(operation).map(OperationRun::failedStep)
                .orElseGet(() -> job.attributes().path(attribute).path("FailingStep").asText(null));
    }

    Set<String> skipped(JsonNode job) {
        Set<String> ids = new LinkedHashSet<>();
        job.path(attribute).path("SkippedSteps").forEach(id -> ids.add(id.asText()));
        return ids;
    }

    /** The DescribeCheckSyncJobResult / DescribeModifyCheckSyncJobResult response for the job as it is now. */
    ObjectNode result(Resource job, SyncJobs jobs) {
        List<Step> steps = steps(jobs);
        ObjectNode response = NODES.objectNode();
        ArrayNode infos = NODES.arrayNode();
        Optional<StepProgress> running = states.checking().contains(job) ? job.progressIn(dimension) : Optional.empty();
        if (running.isPresent()) {
            StepProgress progress = running.get();
            response.put("Status", RunStatus.RUNNING).put("StepCount", steps.size())
                    .put("StepCur", progress.currentStep()).put("Progress", progress.percent());
            progress.steps().forEach(s -> infos.add(stepInfo(s.number(), steps.get(s.number() - 1),
                    RunStatus.of(s.state()), s.percent(), job.attributes())));
        } else if (states.unchecked().contains(job)) {
            // Checking with no check in flight only happens to a job an embedder created in that state
            response.put("Status", RunStatus.NOT_STARTED).put("StepCount", steps.size()).put("StepCur", 0).put("Progress", 0);
            for (int i = 0; i < steps.size(); i++) {
                infos.add(stepInfo(i + 1, steps.get(i), RunStatus.NOT_STARTED, 0, NODES.objectNode()));
            }
        } else {
            boolean failed = states.notPassed().contains(job);
            String failing = failed ? failingStep(job) : null;
            response.put("Status", failed ? RunStatus.FAILED : RunStatus.SUCCESS).put("StepCount", steps.size())
                    .put("StepCur", steps.size()).put("Progress", 100);
            for (int i = 0; i < steps.size(); i++) {
                Step step = steps.get(i);
                infos.add(stepInfo(i + 1, step, step.id().equals(failing) ? RunStatus.FAILED : RunStatus.FINISHED, 100, job.attributes()));
            }
        }
        response.set("StepInfos", infos);
        return response;
    }

    /** One StepInfo; a skipped step says so whatever the run did, as DTS shows it. */
    private ObjectNode stepInfo(int number, Step step, String status, int percent, JsonNode job) {
        boolean skipped = skipped(job).contains(step.id());
        ObjectNode info = SyncStepInfo.of(number, step.id(), step.name(), skipped ? "skipped" : status, skipped ? 0 : percent);
        if (skipped) {
            info.withArrayProperty("Warnings").add(tip("", "skipped", ""));
        } else if (status.equals(RunStatus.FAILED)) {
            info.withArrayProperty("Errors").add(tip("Error: " + step.id(), "Check item " + step.name() + " (" + step.id()
                            + ") did not pass: a fault was injected (tcemu /_tcemu/faults).",
                    operation.equals(JOB.operation())
                            ? "Skip it with SkipSyncCheckItem, or configure the job again, then check again."
                            : "Modify the configuration again (ModifySyncJobConfig), then check again."));
        }
        return info;
    }

    private static ObjectNode tip(String code, String message, String solution) {
        return NODES.objectNode().put("Code", code).put("Message", message).put("Solution", solution)
                .put("HelpDoc", "").put("SkipInfo", "");
    }
}
