package io.tcemu.product.wedata;

import io.tcemu.lifecycle.Resource;
import java.util.Arrays;
import java.util.Optional;

/**
 * The integer IntegrationTaskInfo.Status takes, one per status of the lifecycle (seed 001's console
 * labels), which the lifecycle file maps to it.
 */
enum TaskStatus {
    NEW(0),
    INITIALIZE(1),
    OPERATING(2),
    RUNNING(3),
    PAUSED(4),
    STOPPED(6),
    FAILURE(7),
    DETECTION_EXCEPTION(20);

    static final String DIMENSION = "Status";

    private final int code;

    TaskStatus(int code) {
        this.code = code;
    }

    static TaskStatus of(Resource task) {
        int code = WedataStates.TASK_STATUS.of(task).asInt(-1);
        return ofCode(code).orElseThrow(() -> new IllegalStateException(
                "the WeData lifecycle maps status " + task.state(DIMENSION) + " to no known code: " + code));
    }

    static Optional<TaskStatus> ofCode(long code) {
        return Arrays.stream(values()).filter(s -> s.code == code).findFirst();
    }

    int code() {
        return code;
    }
}
