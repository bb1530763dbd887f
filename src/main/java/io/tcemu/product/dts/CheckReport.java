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
import io.tcemu.product.WireTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A job's pre-check: whether it has run (Status), its verdict (CheckFlag) and each check item, as
 * DescribeMigrationCheckJob and DescribeMigrationDetail show them. A check fails only through an
 * injected fault, and then at the step the fault names, else at the step its run stopped at: the
 * last one, as every item is checked.
 * A new configuration (back to created) means the check has not run yet.
 */
record CheckReport(String status, String verdict, List<Item> items, int percent, int currentStep,
                   Instant startAt, Instant endAt) {
    static final String SKIPPED_ATTRIBUTE = "SkippedCheckSteps";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String SOLUTION = "Fix the cause and run CreateMigrateCheckJob again, or skip the item with SkipCheckItem.";

    enum ItemState { PASSED, FAILED, RUNNING, NOT_STARTED }

    record Item(Step step, ItemState state, int percent, boolean skipped) {
    }

    static CheckReport of(Resource job, MigrationJobs jobs) {
        List<Step> steps = jobs.steps(MigrationJobs.CHECK, 0);
        Optional<StepProgress> progress = job.progressOf(MigrationJobs.CHECK);
        Optional<PendingOperation> inFlight = job.pending("Status").filter(p -> p.operation().equals(MigrationJobs.CHECK));
        if (inFlight.isPresent()) {
            StepProgress p = progress.orElseThrow();
            List<Item> items = p.steps().stream().map(s -> new Item(steps.get(s.number() - 1), running(s.state()),
                    s.percent(), false)).toList();
            return new CheckReport(RunStatus.RUNNING, "", items, p.percent(), p.currentStep(), inFlight.get().startedAt(), null);
        }
        if (DtsStates.MIGRATION_UNCHECKED.contains(job)) {
            List<Item> items = steps.stream().map(s -> new Item(s, ItemState.NOT_STARTED, 0, false)).toList();
            String status = DtsStates.MIGRATION_CHECKING.contains(job) ? RunStatus.RUNNING : RunStatus.NOT_STARTED;
            return new CheckReport(status, "", items, 0, 0, null, null);
        }
        return finished(job, steps, progress, skipped(job.attributes()));
    }

    private static CheckReport finished(Resource job, List<Step> steps, Optional<StepProgress> progress, Set<String> skipped) {
        boolean notPassed = DtsStates.MIGRATION_CHECK_NOT_PASSED.contains(job);
        Optional<OperationRun> run = job.lastRun(MigrationJobs.CHECK);
        boolean runFailed = run.filter(r -> r.outcome() != OperationRun.Outcome.SETTLED).isPresent();
        int current = progress.map(StepProgress::currentStep).orElse(steps.size());
        int failed = runFailed || notPassed ? run.map(OperationRun::failedStep).map(id -> stepNumber(steps, id))
                .orElse(current) : 0;
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            int index = i;
            boolean done = progress.map(p -> p.steps().get(index).state() == StepState.FINISHED).orElse(true);
            ItemState state = i + 1 == failed ? ItemState.FAILED : done ? ItemState.PASSED : ItemState.NOT_STARTED;
            items.add(new Item(steps.get(i), state, done ? 100 : 0, skipped.contains(steps.get(i).id())));
        }
        return new CheckReport(notPassed ? RunStatus.FAILED : RunStatus.SUCCESS,
                notPassed ? RunStatus.CHECK_NOT_PASS : RunStatus.CHECK_PASS, items,
                progress.map(StepProgress::percent).orElse(100), current,
                run.map(OperationRun::startedAt).orElse(null), run.map(OperationRun::endedAt).orElse(null));
    }

    private static int stepNumber(List<Step> steps, String id) {
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).id().equals(id)) {
                return i + 1;
            }
        }
        throw new IllegalStateException("a fault named the check step " + id + ", which the check does not have");
    }

    private static ItemState running(StepState state) {
        return switch (state) {
            case FINISHED -> ItemState.PASSED;
            case RUNNING -> ItemState.RUNNING;
            case NOT_STARTED -> ItemState.NOT_STARTED;
        };
    }

    static Set<String> skipped(JsonNode attributes) {
        Set<String> ids = new HashSet<>();
        attributes.path(SKIPPED_ATTRIBUTE).forEach(id -> ids.add(id.asText()));
        return ids;
    }

    /** The ids of the items that failed, which SkipCheckItem may skip. */
    List<String> failedSteps() {
        return items.stream().filter(i -> i.state() == ItemState.FAILED).map(i -> i.step().id()).toList();
    }

    String briefMessage() {
        return switch (status) {
            case RunStatus.SUCCESS -> RunStatus.SUCCESS;
            case RunStatus.FAILED -> "check items did not pass: " + String.join(", ", failedSteps());
            default -> "";
        };
    }

    /** The DescribeMigrationCheckJob response. */
    ObjectNode describe() {
        ObjectNode response = NODES.objectNode().put("Status", status).put("BriefMsg", briefMessage());
        ArrayNode stepInfo = response.putArray("StepInfo");
        for (int i = 0; i < items.size(); i++) {
            stepInfo.add(checkStep(i, items.get(i)));
        }
        response.put("CheckFlag", verdict);
        return response;
    }

    private static ObjectNode checkStep(int number, Item item) {
        ObjectNode step = NODES.objectNode()
                .put("StepNo", number)
                .put("StepId", item.step().id())
                .put("StepName", item.step().name())
                .put("StepStatus", switch (item.state()) {
                    case PASSED -> "pass";
                    case FAILED -> RunStatus.FAILED;
                    case RUNNING, NOT_STARTED -> RunStatus.NOT_STARTED;
                })
                .put("StepMessage", item.state() == ItemState.FAILED ? failureReason(item.step()) : "");
        ArrayNode details = step.putArray("DetailCheckItems");
        if (item.state() == ItemState.FAILED) {
            ObjectNode detail = details.addObject()
                    .put("CheckItemName", item.step().name())
                    .put("Description", item.step().id())
                    .put("CheckResult", item.skipped() ? "warning" : RunStatus.FAILED)
                    .put("FailureReason", failureReason(item.step()))
                    .put("Solution", SOLUTION)
                    .put("SkipInfo", item.skipped() ? "skipped" : "");
            detail.putArray("ErrorLog").add(item.skipped() ? "skipped" : failureReason(item.step()));
            detail.putArray("HelpDoc").add("");
        }
        step.put("HasSkipped", item.skipped());
        return step;
    }

    private static String failureReason(Step step) {
        return step.name() + " (" + step.id() + ") did not pass: tcemu failed this check on purpose (an injected fault).";
    }

    /** The check items as StepDetailInfo, as CheckStepInfo and, while the job is being checked, StepInfo list them. */
    ArrayNode detailSteps() {
        ArrayNode steps = NODES.arrayNode();
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            String status = item.skipped() ? "skipped" : switch (item.state()) {
                case PASSED -> RunStatus.FINISHED;
                case FAILED -> RunStatus.FAILED;
                case RUNNING -> RunStatus.RUNNING;
                case NOT_STARTED -> RunStatus.NOT_STARTED;
            };
            ObjectNode step = StepDetails.step(i, item.step(), status, item.skipped() ? 0 : item.percent(), null, null,
                    item.state() == ItemState.FAILED ? failureReason(item.step()) : "");
            if (item.skipped()) {
                StepDetails.tip(step, "Warnings", "skipped", "");
            } else if (item.state() == ItemState.FAILED) {
                StepDetails.tip(step, "Errors", failureReason(item.step()), SOLUTION);
            }
            steps.add(step);
        }
        return steps;
    }

    /** DescribeMigrationDetail's CheckStepInfo: the last check run. */
    ObjectNode checkStepInfo() {
        ObjectNode info = NODES.objectNode()
                .put("StartAt", startAt == null ? "" : WireTime.format(startAt))
                .put("EndAt", endAt == null ? "" : WireTime.format(endAt));
        ObjectNode progress = info.putObject("Progress")
                .put("Status", status)
                .put("Percent", percent)
                .put("StepAll", items.size())
                .put("StepNow", currentStep)
                .put("Message", briefMessage());
        progress.set("Steps", detailSteps());
        return info;
    }

    /** StepInfo while the job is in its check phase: the check items. */
    ObjectNode detailInfo() {
        return StepDetails.detailInfo(items.size(), currentStep, false, detailSteps());
    }
}
