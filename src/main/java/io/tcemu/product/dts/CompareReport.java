package io.tcemu.product.dts;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tcemu.lifecycle.Resource;
import io.tcemu.product.Paging;
import io.tcemu.product.Params;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

/**
 * What a consistency check found. tcemu has no data plane, so every check compares one sample
 * table, db1.t1 (the table of the documented diff item): it is consistent unless the check ran the
 * lifecycle's inconsistent scenario, which finds the documented DescribeCompareDiffItems item, one
 * row whose column c1 is value1 at the source and value2 at the target.
 */
final class CompareReport {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String DB = "db1";
    private static final String TABLE = "t1";
    /** The source's last transaction, and how far the target lags in the inconsistent scenario. */
    private static final long GTID_LAST = 1000;
    private static final long GTID_BEHIND = 20;

    private CompareReport() {
    }

    /** same or different once the check succeeded, else empty. */
    static String conclusion(Resource task) {
        return DtsStates.COMPARE_SUCCEEDED.contains(task) ? task.attributes().path("Conclusion").asText("same") : "";
    }

    /** DescribeCompareReport: the Abstract and the Detail, differences filtered and paged as asked. */
    static ObjectNode report(Resource task, ObjectNode params) {
        boolean checked = DtsStates.COMPARE_SUCCEEDED.contains(task);
        List<ObjectNode> differences = differences(task).stream()
                .filter(d -> matches(params, "DifferenceDB", d.path("Db").asText()))
                .filter(d -> matches(params, "DifferenceTable", d.path("Table").asText())).toList();
        ObjectNode response = NODES.objectNode();
        ObjectNode summary = response.putObject("Abstract");
        summary.set("Options", task.attributes().get("Options").deepCopy());
        summary.set("Objects", task.attributes().get("Config").deepCopy());
        summary.put("Conclusion", conclusion(task))
                .put("Status", task.state("Status"))
                .put("TotalTables", 1)
                .put("CheckedTables", checked ? 1 : 0)
                .put("DifferentTables", differences(task).size())
                .put("SkippedTables", 0)
                .put("NearlyTableCount", 1)
                .put("DifferentRows", differences(task).size())
                .put("SrcSampleRows", 0)
                .put("DstSampleRows", 0)
                .put("StartedAt", CompareTaskView.startedAt(task))
                .put("FinishedAt", CompareTaskView.finishedAt(task));
        ObjectNode detail = response.putObject("Detail");
        ObjectNode difference = detail.putObject("Difference").put("TotalCount", differences.size());
        page(differences, params, "DifferenceOffset", "DifferenceLimit").forEach(difference.putArray("Items")::add);
        detail.putObject("Skipped").put("TotalCount", 0).putArray("Items");
        return response;
    }

    /**
     * Describe…GtidCompareReport: the check seen as source and target GTID sets of one server. A
     * consistent check finds the target at the source's last transaction; the inconsistent scenario
     * finds the target behind by the transactions of the sample table, which NeedDiffDetail names.
     */
    static ObjectNode gtid(Resource task, boolean needDiffDetail) {
        ObjectNode response = NODES.objectNode().put("Conclusion", conclusion(task))
                .put("Status", task.state("Status")).put("Type", "gtid");
        ArrayNode detail = response.putArray("Detail");
        if (conclusion(task).isEmpty()) {
            return response;
        }
        boolean different = !differences(task).isEmpty();
        String server = UUID.nameUUIDFromBytes(task.attributes().path("JobId").asText().getBytes(StandardCharsets.UTF_8)) + ":";
        ObjectNode item = detail.addObject().put("Result", different ? "inconsistent" : "consistent")
                .put("SrcGtidSets", server + "1-" + GTID_LAST)
                .put("DstGtidSets", server + "1-" + (different ? GTID_LAST - GTID_BEHIND : GTID_LAST))
                .put("DiffSrc", different ? server + (GTID_LAST - GTID_BEHIND + 1) + "-" + GTID_LAST : "")
                .put("DiffDst", "")
                .put("CompareTimestamp", CompareTaskView.finishedAt(task))
                .put("DiffSrcIsNeedSync", different);
        List<String> tables = different && needDiffDetail ? List.of(DB + "." + TABLE) : List.of();
        tables.forEach(item.putArray("DiffSrcTables")::add);
        tables.forEach(item.putArray("DiffSrcTablesNeedSync")::add);
        return response;
    }

    /** DescribeCompareDiffItems: the rows found different, filtered by DBName, SchemaName, TableName and ChunkId. */
    static ObjectNode diffItems(Resource task, ObjectNode params) {
        Paging paging = Paging.of(params, 20, 100, DtsErrors.INVALID_PARAMETER_VALUE_INVALID_PARAMETER_VALUE_ERROR);
        List<ObjectNode> items = differences(task).isEmpty() ? List.of() : List.of(diffChunk(task));
        List<ObjectNode> matching = items.stream()
                .filter(i -> matches(params, "DBName", i.path("DBName").asText()))
                .filter(i -> matches(params, "SchemaName", ""))
                .filter(i -> matches(params, "TableName", i.path("TableName").asText()))
                .filter(i -> !params.has("ChunkId") || params.get("ChunkId").asLong() == i.path("ChunkId").asLong())
                .toList();
        ObjectNode response = NODES.objectNode().put("TotalCount", matching.size());
        ArrayNode list = response.putArray("Items");
        paging.page(matching).forEach(list::add);
        return response;
    }

    /** The DifferenceItems of the report: the sample table's one chunk, when the check found it different. */
    private static List<ObjectNode> differences(Resource task) {
        if (!conclusion(task).equals("different")) {
            return List.of();
        }
        return List.of(NODES.objectNode().put("Db", DB).put("Schema", "").put("Table", TABLE).put("Chunk", 0)
                .put("SrcItem", "value1").put("DstItem", "value2").put("IndexName", "PRIMARY")
                .put("LowerBoundary", "").put("UpperBoundary", "").put("CostTime", 0.0)
                .put("FinishedAt", CompareTaskView.finishedAt(task)));
    }

    private static ObjectNode diffChunk(Resource task) {
        ObjectNode item = NODES.objectNode().put("DBName", DB).put("SchemaName", "").put("TableName", TABLE)
                .put("ChunkId", 0).put("Identifier", "pk").put("DiffType", "data");
        item.putArray("SchemaInfo").add("c1");
        item.putArray("SrcItem").add("value1");
        item.putArray("DstItem").add("value2");
        return item.put("FinishedAt", CompareTaskView.finishedAt(task));
    }

    /** Whether a search condition, if given and not empty, names this value. */
    private static boolean matches(ObjectNode params, String name, String value) {
        String wanted = Params.text(params, name);
        return wanted == null || wanted.equals(value);
    }

    private static List<ObjectNode> page(List<ObjectNode> all, ObjectNode params, String offsetName, String limitName) {
        long offset = Params.number(params, offsetName, 0);
        long limit = Params.number(params, limitName, 20);
        return new Paging((int) offset, (int) limit).page(all);
    }
}
