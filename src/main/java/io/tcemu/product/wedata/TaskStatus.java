package io.tcemu.product.wedata;

import io.tcemu.lifecycle.Resource;
import java.util.Arrays;
import java.util.Optional;

/** The lifecycle's statuses (seed 001's console labels) and the integer IntegrationTaskInfo.Status of each. */
enum TaskStatus {
    NEW("New", 0),
    INITIALIZE("Initialize", 1),
    OPERATING("Operating", 2),
    RUNNING("Running", 3),
    PAUSED("Paused", 4),
    STOPPED("Stopped", 6),
    FAILURE("Failure", 7),
    DETECTION_EXCEPTION("Detection Exception", 20);

    static final String DIMENSION = "Status";

    private final String label;
    private final int code;

    TaskStatus(String label, int code) {
        this.label = label;
        this.code = code;
    }

    static TaskStatus of(Resource task) {
        String state = task.state(DIMENSION);
        return Arrays.stream(values()).filter(s -> s.label.equals(state)).findFirst()
                .orElseThrow(() -> new IllegalStateException("the WeData lifecycle has a status without a code: " + state));
    }

    static Optional<TaskStatus> ofCode(long code) {
        return Arrays.stream(values()).filter(s -> s.code == code).findFirst();
    }

    int code() {
        return code;
    }

    /** The lifecycle's name of this status. */
    String state() {
        return label;
    }
}
