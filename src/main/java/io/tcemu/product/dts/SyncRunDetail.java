package io.tcemu.product.dts;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tcemu.lifecycle.Resource;
import io.tcemu.lifecycle.StepProgress;

import java.util.Optional;

/**
 * SyncJobInfo.Detail: the run's steps while the job is Running (from the lifecycle file's
 * stateSteps: the full phase, then sinker for as long as it runs); outside Running no step is in
 * progress. A job in error says why in ErrInfo.
 */
final class SyncRunDetail {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private SyncRunDetail() {
    }

    static ObjectNode of(Resource job, SyncJobs jobs) {
        int stepAll = jobs.definition().dimension("Status").stateSteps().get("Running").size();
        Optional<StepProgress> run = running(job, jobs);
        ObjectNode detail = NODES.objectNode().put("StepAll", stepAll);
        ArrayNode infos = NODES.arrayNode();
        if (run.isPresent()) {
            StepProgress p = run.get();
            detail.put("StepNow", p.currentStep()).put("Progress", p.percent())
                    .put("CurrentStepProgress", p.steps().get(p.currentStep() - 1).percent());
            p.steps().forEach(s -> infos.add(SyncStepInfo.of(s.number(), s.id(), s.name(),
                    SyncStepInfo.status(s.state()), s.percent())));
        } else {
            detail.put("StepNow", 0).put("Progress", 0).put("CurrentStepProgress", 0);
        }
        detail.put("MasterSlaveDistance", 0).put("SecondsBehindMaster", 0).put("Message", "");
        detail.set("StepInfos", infos);
        detail.put("CauseOfCompareDisable", "");
        detail.set("ErrInfo", errInfo(job.state("Status")));
        return detail;
    }

    /** The run's progress, while the job is Running. */
    static Optional<StepProgress> running(Resource job, SyncJobs jobs) {
        return "Running".equals(job.state("Status")) ? job.progressIn("Status") : Optional.empty();
    }

    private static ObjectNode errInfo(String status) {
        return switch (status) {
            case "ResumableErr" -> err("The sync was interrupted (tcemu: POST /_tcemu/resources/{id}/fail).",
                    "Retry it with ResumeSyncJob, or stop it with StopSyncJob.");
            case "Failed" -> err("The sync failed: a retry or a start failed, or it was paused for more than seven days.",
                    "It cannot run again: isolate it (IsolateSyncJob) and buy a new one.");
            default -> err("", "");
        };
    }

    private static ObjectNode err(String message, String solution) {
        return NODES.objectNode().put("Reason", message).put("Message", message).put("Solution", solution);
    }
}
