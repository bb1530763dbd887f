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
        // the run's steps are the only ones the Status dimension declares
        int stepAll = jobs.definition().dimension("Status").stateSteps().values().iterator().next().size();
        Optional<StepProgress> run = running(job, jobs);
        ObjectNode detail = NODES.objectNode().put("StepAll", stepAll);
        ArrayNode infos = NODES.arrayNode();
        if (run.isPresent()) {
            StepProgress p = run.get();
            detail.put("StepNow", p.currentStep()).put("Progress", p.percent())
                    .put("CurrentStepProgress", p.steps().get(p.currentStep() - 1).percent());
            p.steps().forEach(s -> infos.add(SyncStepInfo.of(s.number(), s.id(), s.name(),
                    RunStatus.of(s.state()), s.percent())));
        } else {
            detail.put("StepNow", 0).put("Progress", 0).put("CurrentStepProgress", 0);
        }
        detail.put("MasterSlaveDistance", 0).put("SecondsBehindMaster", 0).put("Message", "");
        detail.set("StepInfos", infos);
        detail.put("CauseOfCompareDisable", "");
        detail.set("ErrInfo", errInfo(job));
        return detail;
    }

    /** The run's progress, while the job is Running. */
    static Optional<StepProgress> running(Resource job, SyncJobs jobs) {
        return DtsStates.SYNC_RUNNING.contains(job) ? job.progressIn("Status") : Optional.empty();
    }

    private static ObjectNode errInfo(Resource job) {
        if (DtsStates.SYNC_INTERRUPTED.contains(job)) {
            return err("The sync was interrupted (tcemu: POST /_tcemu/resources/{id}/fail).",
                    "Retry it with ResumeSyncJob, or stop it with StopSyncJob.");
        }
        if (DtsStates.SYNC_FAILED.contains(job)) {
            return err("The sync failed: a retry or a start failed, or it was paused for more than seven days.",
                    "It cannot run again: isolate it (IsolateSyncJob) and buy a new one.");
        }
        return err("", "");
    }

    private static ObjectNode err(String message, String solution) {
        return NODES.objectNode().put("Reason", message).put("Message", message).put("Solution", solution);
    }
}
