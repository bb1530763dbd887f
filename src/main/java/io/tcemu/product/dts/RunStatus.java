package io.tcemu.product.dts;

import io.tcemu.lifecycle.StepProgress.StepState;

/**
 * The words DTS shows for how far a check, a run or one of their steps has got. They are wire
 * values, not lifecycle states, though DTS spells some of its states the same way; which of them
 * a resource shows is decided from its state groups (DtsStates).
 */
final class RunStatus {
    static final String NOT_STARTED = "notStarted";
    static final String RUNNING = "running";
    static final String FINISHED = "finished";
    static final String SUCCESS = "success";
    static final String FAILED = "failed";
    /** What a subscription's check shows before it has run. */
    static final String UNKNOWN = "unknown";
    /** CheckFlag: the verdict of a migration's pre-check. */
    static final String CHECK_PASS = "checkPass";
    static final String CHECK_NOT_PASS = "checkNotPass";

    private RunStatus() {
    }

    /** A step's Status: notStarted, running or finished. */
    static String of(StepState state) {
        return switch (state) {
            case NOT_STARTED -> NOT_STARTED;
            case RUNNING -> RUNNING;
            case FINISHED -> FINISHED;
        };
    }
}
