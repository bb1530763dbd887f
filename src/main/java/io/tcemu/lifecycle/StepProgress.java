package io.tcemu.lifecycle;

import java.util.ArrayList;
import java.util.List;

/**
 * Progress of an operation in flight, or of a resource through the steps of the state it is in,
 * for handlers to map onto a product's StepAll/StepNow/Progress fields. {@code operation} names
 * the operation, or the state. {@code currentStep} is 1-based, 0 when there are no steps.
 */
public record StepProgress(String operation, int percent, int currentStep, List<StepStatus> steps) {

    public enum StepState { NOT_STARTED, RUNNING, FINISHED }

    public record StepStatus(int number, String id, String name, StepState state, int percent) {}

    /** Spreads {@code fraction} (0..1) of the operation over its steps in proportion to their seconds. */
    static StepProgress of(String operation, List<Step> steps, double fraction) {
        int total = steps.stream().mapToInt(Step::seconds).sum();
        double elapsed = fraction * total;
        List<StepStatus> statuses = new ArrayList<>();
        int current = 0;
        double start = 0;
        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            double end = start + step.seconds();
            StepState state;
            int percent;
            if (fraction >= 1 || elapsed >= end && step.seconds() > 0) {
                state = StepState.FINISHED;
                percent = 100;
            } else if (elapsed >= start && current == 0) {
                state = StepState.RUNNING;
                percent = step.seconds() == 0 ? 0 : (int) ((elapsed - start) * 100 / step.seconds());
                current = i + 1;
            } else {
                state = StepState.NOT_STARTED;
                percent = 0;
            }
            statuses.add(new StepStatus(i + 1, step.id(), step.name(), state, percent));
            start = end;
        }
        if (current == 0) {
            current = steps.size();
        }
        return new StepProgress(operation, (int) (fraction * 100), current, statuses);
    }

    /**
     * Progress through a state's steps {@code elapsedSeconds} after entering it: the steps before
     * the last run for their seconds, then the last one runs for as long as the state lasts.
     * {@code percent} is that of the timed steps, 100 once the last one is reached.
     */
    static StepProgress during(String state, List<Step> steps, double elapsedSeconds) {
        List<Step> timed = steps.subList(0, steps.size() - 1);
        int total = timed.stream().mapToInt(Step::seconds).sum();
        double fraction = total == 0 ? 1 : Math.min(1, Math.max(0, elapsedSeconds) / total);
        StepProgress before = of(state, timed, fraction);
        boolean reached = fraction >= 1;
        Step last = steps.get(steps.size() - 1);
        List<StepStatus> statuses = new ArrayList<>(before.steps());
        statuses.add(new StepStatus(steps.size(), last.id(), last.name(), reached ? StepState.RUNNING : StepState.NOT_STARTED, 0));
        return new StepProgress(state, before.percent(), reached ? steps.size() : before.currentStep(), statuses);
    }
}
