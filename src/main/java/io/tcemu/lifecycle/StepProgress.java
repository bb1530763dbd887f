package io.tcemu.lifecycle;

import java.util.ArrayList;
import java.util.List;

/**
 * Progress of an operation in flight through its declared steps, for handlers to map onto a
 * product's StepAll/StepNow/Progress fields. {@code currentStep} is 1-based, 0 when there are no steps.
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
}
