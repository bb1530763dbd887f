package io.tcemu.product.dts;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tcemu.lifecycle.OperationRun;
import io.tcemu.lifecycle.Resource;
import io.tcemu.lifecycle.Step;
import io.tcemu.lifecycle.StepProgress;
import io.tcemu.lifecycle.StepProgress.StepState;

import java.util.List;
import java.util.Optional;

/**
 * DescribeSubscribeCheckJob: the last check's steps, live while it runs. A check fails only through
 * an injected fault, at the step the fault names, else at its last step (every step is checked).
 * Before any check, or after a new configuration, Status is unknown.
 */
final class SubscribeCheck {
    static final String OPERATION = "CreateSubscribeCheckJob";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private SubscribeCheck() {
    }

    static ObjectNode of(Resource subscription, Subscriptions subscriptions) {
        List<Step> steps = subscriptions.steps(OPERATION, 0);
        boolean checked = !DtsStates.SUBSCRIBE_UNCHECKED.contains(subscription);
        Optional<StepProgress> progress = checked ? subscription.progressOf(OPERATION) : Optional.empty();
        Optional<OperationRun> failed = DtsStates.SUBSCRIBE_CHECK_NOT_PASSED.contains(subscription)
                ? subscription.lastRun(OPERATION).filter(r -> r.outcome() == OperationRun.Outcome.FAILED) : Optional.empty();
        String failedStep = failed.map(r -> r.failedStep() != null ? r.failedStep() : steps.get(steps.size() - 1).id()).orElse(null);
        ArrayNode wire = NODES.arrayNode();
        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            int index = i;
            StepState state = progress.map(p -> p.steps().get(index).state()).orElse(StepState.NOT_STARTED);
            boolean failedHere = step.id().equals(failedStep);
            ObjectNode node = wire.addObject().put("StepName", step.name()).put("StepId", step.id()).put("StepNo", i + 1)
                    .put("Status", failedHere ? RunStatus.FAILED : RunStatus.of(state))
                    .put("Percent", progress.map(p -> p.steps().get(index).percent()).orElse(0));
            ArrayNode errors = node.putArray("Errors");
            node.putArray("Warnings");
            if (failedHere) {
                errors.addObject().put("Message", failed.get().message()).put("HelpDoc", "");
            }
        }
        String status = !checked || progress.isEmpty() ? RunStatus.UNKNOWN
                : DtsStates.SUBSCRIBE_CHECKING.contains(subscription) ? RunStatus.RUNNING
                : failed.isPresent() ? RunStatus.FAILED : RunStatus.SUCCESS;
        return NODES.objectNode().put("SubscribeId", subscription.id())
                .put("Message", failed.map(OperationRun::message).orElse(status.equals(RunStatus.SUCCESS) ? RunStatus.SUCCESS : ""))
                .put("Status", status)
                .put("Progress", progress.map(StepProgress::percent).orElse(0))
                .put("StepAll", steps.size())
                .put("StepNow", progress.map(StepProgress::currentStep).orElse(0))
                .set("Steps", wire);
    }
}
