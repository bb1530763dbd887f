package io.tcemu.product.dts;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tcemu.lifecycle.Step;
import io.tcemu.product.WireTime;
import java.time.Instant;

/** The StepDetailInfo and MigrateDetailInfo shapes, shared by pre-check items and migration phases. */
final class StepDetails {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private StepDetails() {
    }

    /** One StepDetailInfo; a null time is not meaningful yet and shows as empty, as the API does. */
    static ObjectNode step(long number, Step step, String status, int percent, Instant start, Instant finish,
                           String message) {
        ObjectNode node = NODES.objectNode()
                .put("StepNo", number)
                .put("StepName", step.name())
                .put("StepId", step.id())
                .put("Status", status)
                .put("StartTime", start == null ? "" : WireTime.format(start))
                .put("FinishTime", finish == null ? "" : WireTime.format(finish))
                .put("StepMessage", message)
                .put("Percent", percent);
        node.putArray("Errors");
        node.putArray("Warnings");
        return node;
    }

    /** Adds a ProcessStepTip to the step's Errors or Warnings. */
    static void tip(ObjectNode step, String list, String message, String solution) {
        ((ArrayNode) step.get(list)).addObject().put("Message", message).put("Solution", solution).put("HelpDoc", "");
    }

    /** A MigrateDetailInfo; the lag is -1 (not meaningful) except while increments are applied. */
    static ObjectNode detailInfo(int stepAll, int stepNow, boolean applyingIncrements, ArrayNode steps) {
        long lag = applyingIncrements ? 0 : -1;
        ObjectNode info = NODES.objectNode()
                .put("StepAll", stepAll)
                .put("StepNow", stepNow)
                .put("MasterSlaveDistance", lag)
                .put("SecondsBehindMaster", lag);
        info.set("StepInfo", steps);
        return info;
    }
}
