package io.tcemu.product.dts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tcemu.lifecycle.OperationRun;
import io.tcemu.lifecycle.PendingOperation;
import io.tcemu.lifecycle.Resource;
import io.tcemu.lifecycle.Step;
import io.tcemu.lifecycle.StepProgress;
import io.tcemu.lifecycle.StepProgress.StepState;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A started job's phases as StepInfo shows them: the full export and import (the lifecycle's
 * automatic FullMigration, live while it runs, else as its last run left it) and, for a
 * full-and-incremental job, the increments (sinker), applied from readyComplete until the job
 * completes. The step a job stopped at shows failed once the job is in error, failed or canceled.
 */
final class RunProgress {
    static final Step SINKER = new Step("sinker", "同步增量", 0);

    private record Phase(Step step, StepState state, int percent, Instant start, Instant finish) {
    }

    private RunProgress() {
    }

    /** Whether the job migrates increments after the full phase: MigrateType fullAndIncrement, the default. */
    static boolean incremental(JsonNode attributes) {
        String type = attributes.path("MigrateOption").path("MigrateType").asText("fullAndIncrement");
        return !type.equals("full") && !type.equals("structure");
    }

    static ObjectNode detailInfo(Resource job, MigrationJobs jobs, String briefMessage) {
        FullPhase full = FullPhase.of(job, jobs);
        List<Phase> phases = new ArrayList<>(full.phases());
        int current = full.current();
        if (incremental(job.attributes())) {
            boolean success = DtsStates.MIGRATION_SUCCEEDED.contains(job);
            boolean sinking = success || full.done();
            phases.add(new Phase(SINKER, success ? StepState.FINISHED : sinking ? StepState.RUNNING : StepState.NOT_STARTED,
                    success ? 100 : 0, sinking ? full.end() : null, success ? job.since().get("Status") : null));
            current = sinking ? phases.size() : current;
        }
        ArrayNode wire = JsonNodeFactory.instance.arrayNode();
        for (int i = 0; i < phases.size(); i++) {
            Phase phase = phases.get(i);
            boolean stoppedHere = i + 1 == current && DtsStates.MIGRATION_STOPPED_SHORT.contains(job);
            ObjectNode step = StepDetails.step(i + 1, phase.step(), stoppedHere ? RunStatus.FAILED : RunStatus.of(phase.state()),
                    phase.percent(), phase.start(), phase.finish(), stoppedHere ? briefMessage : "");
            if (stoppedHere && !briefMessage.isEmpty()) {
                StepDetails.tip(step, "Errors", briefMessage, "");
            }
            wire.add(step);
        }
        return StepDetails.detailInfo(phases.size(), current, DtsStates.MIGRATION_APPLYING_INCREMENTS.contains(job), wire);
    }

    /** The export and import steps: live, as the last run left them, or not started (all done for a seeded success). */
    private record FullPhase(List<Phase> phases, int current, boolean done, Instant end) {
        static FullPhase of(Resource job, MigrationJobs jobs) {
            Optional<PendingOperation> inFlight = job.pending("Status")
                    .filter(p -> p.operation().equals(MigrationJobs.FULL_MIGRATION));
            Optional<OperationRun> run = inFlight.isPresent() ? Optional.empty() : job.lastRun(MigrationJobs.FULL_MIGRATION);
            int transition = inFlight.map(PendingOperation::transition).or(() -> run.map(OperationRun::transition)).orElse(0);
            List<Step> steps = jobs.steps(MigrationJobs.FULL_MIGRATION, transition);
            Optional<StepProgress> progress = job.progressOf(MigrationJobs.FULL_MIGRATION);
            if (progress.isEmpty()) {
                boolean success = DtsStates.MIGRATION_SUCCEEDED.contains(job);
                List<Phase> phases = steps.stream().map(s -> new Phase(s, success ? StepState.FINISHED : StepState.NOT_STARTED,
                        success ? 100 : 0, null, null)).toList();
                return new FullPhase(phases, success ? steps.size() : 0, false, null);
            }
            Window window = inFlight.map(p -> new Window(p.startedAt(), job.observedAt(), progress.get().percent() / 100.0))
                    .orElseGet(() -> run.map(r -> new Window(r.startedAt(), r.endedAt(), r.fraction())).orElseThrow());
            double total = Math.max(1, steps.stream().mapToInt(Step::seconds).sum());
            List<Phase> phases = new ArrayList<>();
            int before = 0;
            for (StepProgress.StepStatus s : progress.get().steps()) {
                Step step = steps.get(s.number() - 1);
                Instant start = s.state() == StepState.NOT_STARTED ? null : window.at(before / total);
                before += step.seconds();
                Instant finish = s.state() == StepState.FINISHED ? window.at(before / total) : null;
                phases.add(new Phase(step, s.state(), s.state() == StepState.FINISHED ? 100 : s.percent(), start, finish));
            }
            boolean done = run.filter(r -> r.outcome() == OperationRun.Outcome.SETTLED).isPresent();
            return new FullPhase(phases, progress.get().currentStep(), done, run.map(OperationRun::endedAt).orElse(null));
        }
    }

    /**
     * A run from {@code start}, {@code fraction} of the way through at {@code end}: when it reached a
     * point of its steps, spread in proportion to their seconds as the time progression runs them.
     */
    private record Window(Instant start, Instant end, double fraction) {
        Instant at(double point) {
            if (point == 0) {
                return start;
            }
            if (fraction <= 0) {
                return null;
            }
            long millis = Duration.between(start, end).toMillis();
            return start.plusMillis(Math.round(millis * point / fraction));
        }
    }
}
