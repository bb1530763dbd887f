package io.tcemu.product.dts;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The StepInfo structure the sync checks and the run's Detail share. */
final class SyncStepInfo {
    private SyncStepInfo() {
    }

    /** A StepInfo with no errors or warnings yet; DTS leaves the start and finish times of these steps empty. */
    static ObjectNode of(int number, String id, String name, String status, int progress) {
        ObjectNode info = JsonNodeFactory.instance.objectNode()
                .put("StepNo", number).put("StepName", name).put("StepId", id).put("Status", status)
                .put("StartTime", "").put("FinishTime", "");
        info.putArray("Errors");
        info.putArray("Warnings");
        return info.put("Progress", progress);
    }
}
