package io.tcemu.product.dts;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.List;
import java.util.Map;

/**
 * The consistency-check status table, from the API reference: CompareTaskItem.Status's seven
 * states, StartCompare for a created check, StopCompare for a running one, ModifyCompareTask before
 * the start (its document), renaming at any time, DeleteCompareTask for success, failed and
 * canceled (its document); for migration jobs' checks and sync jobs' alike. Every other step is
 * OperationDenied.OperationDeniedError.
 */
class CompareTaskTableTest extends StatusTableTest {
    /** operation (%s: the family's infix) | dimension | Status from | transient | settled | failure */
    private static final String TABLE = """
            Start%sCompare          | Status | created                 | running  | success   | failed
            Stop%sCompare           | Status | running                 | stopping | canceled  | -
            Modify%sCompareTask     | Status | created                 | -        | -         | -
            Modify%sCompareTaskName | Status | *                       | -        | -         | -
            Delete%sCompareTask     | Status | success failed canceled | -        | (deleted) | -
            """;

    @Override
    List<StatusTable> tables() {
        return Map.of("dts.CompareTask", "", "dts.SyncCompareTask", "Sync").entrySet().stream()
                .map(family -> new StatusTable(tc.emulator().engine(), family.getKey(),
                        Map.of("Status", List.of("created", "readyRun", "running", "stopping", "success", "failed", "canceled")),
                        JsonNodeFactory.instance.objectNode().put("JobId", "dts-table001"), "OperationDenied.OperationDeniedError",
                        TABLE.replace("%s", family.getValue())))
                .toList();
    }
}
