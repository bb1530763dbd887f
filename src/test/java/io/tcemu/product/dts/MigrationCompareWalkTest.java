package io.tcemu.product.dts;

import static io.tcemu.product.dts.MigrationSteps.forJob;
import static io.tcemu.product.dts.MigrationSteps.refused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tencentcloudapi.dts.v20211206.models.CompareOptions;
import com.tencentcloudapi.dts.v20211206.models.CompareTaskItem;
import com.tencentcloudapi.dts.v20211206.models.CreateCompareTaskRequest;
import com.tencentcloudapi.dts.v20211206.models.CreateMigrateCheckJobRequest;
import com.tencentcloudapi.dts.v20211206.models.DeleteCompareTaskRequest;
import com.tencentcloudapi.dts.v20211206.models.DescribeCompareReportRequest;
import com.tencentcloudapi.dts.v20211206.models.DescribeCompareReportResponse;
import com.tencentcloudapi.dts.v20211206.models.DescribeCompareTasksRequest;
import com.tencentcloudapi.dts.v20211206.models.DescribeCompareTasksResponse;
import com.tencentcloudapi.dts.v20211206.models.ModifyCompareTaskNameRequest;
import com.tencentcloudapi.dts.v20211206.models.ModifyCompareTaskRequest;
import com.tencentcloudapi.dts.v20211206.models.StartCompareRequest;
import com.tencentcloudapi.dts.v20211206.models.StartMigrateJobRequest;
import com.tencentcloudapi.dts.v20211206.models.StopCompareRequest;
import io.restassured.path.json.JsonPath;
import io.tcemu.product.WireTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Consistency checks of a migration job through the official SDK, on the emulator's clock: refused
 * before the job runs, created, modified, run step by step to a consistent report, deleted; a
 * check that the inconsistent scenario makes find the documented diff item; one stopped.
 */
class MigrationCompareWalkTest extends MigrationContractTest {

    @Test
    void aConsistentCheckFromCreationToDeletion() throws Exception {
        f.reset();
        String job = f.buy();
        f.configure(job, "fullAndIncrement");
        refused("OperationDenied.OperationDeniedError", () -> f.dts().CreateCompareTask(create(job, "nightly")));
        assertFalse(f.allowed(job).contains("createCmpTask"), "not before the job runs");
        String other = running(f.buy());
        running(job);
        assertEquals("running", f.status(job));
        assertTrue(f.allowed(job).contains("createCmpTask"), "seed 003: while running");

        String id = f.dts().CreateCompareTask(create(job, "nightly")).getCompareTaskId();
        assertTrue(id.matches(job + "-cmp-[a-z0-9]{8}"), id);
        CompareTaskItem created = item(job, id);
        assertEquals(List.of("created", "nightly", "", "notStarted", 3L, 0L, WireTime.ZERO),
                List.of(created.getStatus(), created.getTaskName(), created.getConclusion(),
                        created.getCompareProcess().getStatus(), created.getCompareProcess().getStepAll(),
                        created.getCompareProcess().getStepNow(), created.getStartedAt()));
        assertEquals(List.of("dataCheck", 100L, 1L), options(created));
        assertEquals("all", created.getConfig().getObjectMode(), "sameAsMigrate compares every object");

        ModifyCompareTaskRequest modify = forJob(ModifyCompareTaskRequest.class, job);
        modify.setCompareTaskId(id);
        CompareOptions faster = new CompareOptions();
        faster.setThreadCount(4L);
        modify.setOptions(faster);
        f.dts().ModifyCompareTask(modify);
        assertEquals(List.of("dataCheck", 100L, 4L), options(item(job, id)));
        faster.setThreadCount(9L);
        refused("InvalidParameterValue.InvalidParameterValueError", () -> f.dts().ModifyCompareTask(modify));
        // a check that has not run cannot be deleted
        refused("OperationDenied.OperationDeniedError", () -> f.dts().DeleteCompareTask(task(DeleteCompareTaskRequest.class, job, id)));
        // a check belongs to its own job
        refused("ResourceNotFound.ResourceNotFoundError", () -> f.dts().StartCompare(task(StartCompareRequest.class, other, id)));

        f.dts().StartCompare(task(StartCompareRequest.class, job, id));
        f.advance(5);
        CompareTaskItem running = item(job, id);
        assertEquals(List.of("running", "running", 2L), List.of(running.getStatus(), running.getCompareProcess().getStatus(),
                running.getCompareProcess().getStepNow()));
        assertEquals(List.of("success", "running", "notStarted"),
                List.of(running.getCompareProcess().getSteps()).stream().map(s -> s.getStatus()).toList());
        assertTrue(running.getCompareProcess().getPercent() > 0 && running.getCompareProcess().getPercent() < 100);
        refused("OperationDenied.OperationDeniedError", () -> f.dts().ModifyCompareTask(modify));

        f.advance(10);
        CompareTaskItem done = item(job, id);
        assertEquals(List.of("success", "same", "done", 100L), List.of(done.getStatus(), done.getConclusion(), done.getMessage(),
                done.getCompareProcess().getPercent()));
        assertEquals(WireTime.format(f.emulator().engine().clock().now().minusSeconds(1)), done.getFinishedAt());
        DescribeCompareReportResponse report = f.dts().DescribeCompareReport(task(DescribeCompareReportRequest.class, job, id));
        assertEquals(List.of("same", "success", 1L, 1L, 0L, 0L), List.of(report.getAbstract().getConclusion(),
                report.getAbstract().getStatus(), report.getAbstract().getTotalTables(), report.getAbstract().getCheckedTables(),
                report.getAbstract().getDifferentTables(), report.getDetail().getDifference().getTotalCount()));
        assertEquals(0, diffItems(job, id, "").getInt("TotalCount"));
        JsonPath gtid = gtidReport(job, "");
        assertEquals(List.of("same", "success", "gtid", "consistent", "", List.of()),
                List.of(gtid.getString("Conclusion"), gtid.getString("Status"), gtid.getString("Type"),
                        gtid.getString("Detail[0].Result"), gtid.getString("Detail[0].DiffSrc"), gtid.getList("Detail[0].DiffSrcTables")));
        assertEquals(gtid.getString("Detail[0].SrcGtidSets"), gtid.getString("Detail[0].DstGtidSets"), "the target is at the source's last transaction");

        ModifyCompareTaskNameRequest rename = task(ModifyCompareTaskNameRequest.class, job, id);
        rename.setTaskName("nightly-2");
        f.dts().ModifyCompareTaskName(rename);
        assertEquals("nightly-2", item(job, id).getTaskName());
        f.dts().DeleteCompareTask(task(DeleteCompareTaskRequest.class, job, id));
        assertEquals(0L, f.dts().DescribeCompareTasks(forJob(DescribeCompareTasksRequest.class, job)).getTotalCount());
        refused("ResourceNotFound.ResourceNotFoundError",
                () -> f.dts().DescribeCompareReport(task(DescribeCompareReportRequest.class, job, id)));
    }

    @Test
    void theInconsistentScenarioFindsTheDocumentedDiffItem() throws Exception {
        f.reset();
        String job = running(f.buy());
        f.advance(20);
        assertEquals("readyComplete", f.status(job));
        assertTrue(f.allowed(job).contains("createCmpTask"), "seed 003: while Prepared (readyComplete)");
        f.admin().plain().body("{\"product\":\"dts\",\"action\":\"StartCompare\",\"outcome\":\"inconsistent\"}")
                .post("/_tcemu/faults").then().statusCode(200);
        String id = f.dts().CreateCompareTask(create(job, null)).getCompareTaskId();
        assertEquals(id, item(job, id).getTaskName(), "named after its id when TaskName is empty");
        f.dts().StartCompare(task(StartCompareRequest.class, job, id));
        f.advance(14);

        CompareTaskItem done = item(job, id);
        assertEquals(List.of("success", "different"), List.of(done.getStatus(), done.getConclusion()));
        DescribeCompareReportResponse report = f.dts().DescribeCompareReport(task(DescribeCompareReportRequest.class, job, id));
        assertEquals(List.of("different", 1L, 1L, 1L), List.of(report.getAbstract().getConclusion(),
                report.getAbstract().getDifferentTables(), report.getAbstract().getDifferentRows(),
                report.getDetail().getDifference().getTotalCount()));
        assertEquals(List.of("db1", "t1"), List.of(report.getDetail().getDifference().getItems()[0].getDb(),
                report.getDetail().getDifference().getItems()[0].getTable()));
        JsonPath diff = diffItems(job, id, "");
        assertEquals(1, diff.getInt("TotalCount"));
        assertEquals(List.of("db1", "t1", 0, "pk", "data", List.of("c1"), List.of("value1"), List.of("value2")),
                List.of(diff.getString("Items[0].DBName"), diff.getString("Items[0].TableName"), diff.getInt("Items[0].ChunkId"),
                        diff.getString("Items[0].Identifier"), diff.getString("Items[0].DiffType"), diff.getList("Items[0].SchemaInfo"),
                        diff.getList("Items[0].SrcItem"), diff.getList("Items[0].DstItem")));
        assertEquals(0, diffItems(job, id, ",\"TableName\":\"t2\"").getInt("TotalCount"));

        JsonPath gtid = gtidReport(job, ",\"CompareTaskId\":\"" + id + "\",\"NeedDiffDetail\":true");
        assertEquals(List.of("different", "inconsistent", List.of("db1.t1"), true),
                List.of(gtid.getString("Conclusion"), gtid.getString("Detail[0].Result"), gtid.getList("Detail[0].DiffSrcTables"),
                        gtid.getBoolean("Detail[0].DiffSrcIsNeedSync")));
        assertFalse(gtid.getString("Detail[0].DiffSrc").isEmpty(), "the source's transactions the target lacks");
        assertEquals("FailedOperation", gtidReport(f.buy(), "").getString("Error.Code"), "a job with no check yet");
    }

    /** Describe…GtidCompareReport, which the pinned SDK lacks: a signed raw call. */
    private static JsonPath gtidReport(String job, String more) {
        String body = "{\"JobId\":\"" + job + "\"" + more + "}";
        return f.admin().postJson("DescribeMigrateGtidCompareReport", new DtsModule().version(), body).jsonPath().setRootPath("Response");
    }

    @Test
    void aStoppedCheckEndsCanceledAndAFailedOneSaysWhy() throws Exception {
        f.reset();
        String job = running(f.buy());
        String stopped = f.dts().CreateCompareTask(create(job, "stop-me")).getCompareTaskId();
        f.dts().StartCompare(task(StartCompareRequest.class, job, stopped));
        f.advance(3);
        f.dts().StopCompare(task(StopCompareRequest.class, job, stopped));
        assertEquals("stopping", item(job, stopped).getStatus());
        f.advance(2);
        CompareTaskItem canceled = item(job, stopped);
        assertEquals(List.of("canceled", "", "canceled"), List.of(canceled.getStatus(), canceled.getConclusion(),
                canceled.getCompareProcess().getSteps()[1].getStatus()));
        refused("OperationDenied.OperationDeniedError", () -> f.dts().StopCompare(task(StopCompareRequest.class, job, stopped)));

        f.admin().plain().body("{\"product\":\"dts\",\"action\":\"StartCompare\",\"outcome\":\"fail\",\"message\":\"source unreachable\"}")
                .post("/_tcemu/faults").then().statusCode(200);
        String failing = f.dts().CreateCompareTask(create(job, "fail-me")).getCompareTaskId();
        f.dts().StartCompare(task(StartCompareRequest.class, job, failing));
        f.advance(14);
        CompareTaskItem failed = item(job, failing);
        assertEquals(List.of("failed", "source unreachable", "failed"), List.of(failed.getStatus(), failed.getMessage(),
                failed.getCompareProcess().getStatus()));

        DescribeCompareTasksRequest onlyEnded = forJob(DescribeCompareTasksRequest.class, job);
        onlyEnded.setStatus(new String[]{"failed", "canceled"});
        DescribeCompareTasksResponse ended = f.dts().DescribeCompareTasks(onlyEnded);
        assertEquals(List.of(failing, stopped), List.of(ended.getItems()).stream().map(CompareTaskItem::getCompareTaskId).toList(),
                "newest first");
    }

    @Test
    void aJobsChecksAreFilteredByAStatusThatCameDueUnreadNewestFirstAndPaged() throws Exception {
        f.reset();
        String job = running(f.buy());
        String other = running(f.buy());
        f.dts().CreateCompareTask(create(other, "elsewhere"));
        String first = f.dts().CreateCompareTask(create(job, "first")).getCompareTaskId();
        String second = f.dts().CreateCompareTask(create(job, "second")).getCompareTaskId();
        String third = f.dts().CreateCompareTask(create(job, "third")).getCompareTaskId();
        for (String id : List.of(first, third)) {
            f.dts().StartCompare(task(StartCompareRequest.class, job, id));
        }
        f.advance(3);
        for (String id : List.of(first, third)) {
            f.dts().StopCompare(task(StopCompareRequest.class, job, id));
        }
        DescribeCompareTasksRequest canceled = forJob(DescribeCompareTasksRequest.class, job);
        canceled.setStatus(new String[]{"canceled"});
        assertEquals(0L, f.dts().DescribeCompareTasks(canceled).getTotalCount(), "stopping takes 2 s");

        f.advance(2);
        canceled.setLimit(1L);
        canceled.setOffset(1L);
        DescribeCompareTasksResponse page = f.dts().DescribeCompareTasks(canceled);
        assertEquals(2L, page.getTotalCount(), "canceled though nobody read them, counted before paging");
        assertEquals(List.of(first), ids(page), "newest first, so the second page holds the older");
        DescribeCompareTasksRequest all = forJob(DescribeCompareTasksRequest.class, job);
        all.setLimit(2L);
        DescribeCompareTasksResponse firstPage = f.dts().DescribeCompareTasks(all);
        assertEquals(3L, firstPage.getTotalCount(), "only this job's checks");
        assertEquals(List.of(third, second), ids(firstPage));
    }

    private static List<String> ids(DescribeCompareTasksResponse response) {
        return List.of(response.getItems()).stream().map(CompareTaskItem::getCompareTaskId).toList();
    }

    /** Checks, starts and lets the job reach running. */
    private static String running(String job) throws Exception {
        f.configure(job, "fullAndIncrement");
        f.dts().CreateMigrateCheckJob(forJob(CreateMigrateCheckJobRequest.class, job));
        f.advance(13);
        f.dts().StartMigrateJob(forJob(StartMigrateJobRequest.class, job));
        f.advance(5);
        return job;
    }

    private static CreateCompareTaskRequest create(String job, String name) {
        CreateCompareTaskRequest request = forJob(CreateCompareTaskRequest.class, job);
        request.setTaskName(name);
        return request;
    }

    private static <T extends com.tencentcloudapi.common.AbstractModel> T task(Class<T> type, String job, String id) {
        return com.tencentcloudapi.common.AbstractModel.fromJsonString(
                "{\"JobId\":\"" + job + "\",\"CompareTaskId\":\"" + id + "\"}", type);
    }

    private static CompareTaskItem item(String job, String id) throws Exception {
        DescribeCompareTasksRequest request = forJob(DescribeCompareTasksRequest.class, job);
        request.setCompareTaskId(id);
        DescribeCompareTasksResponse response = f.dts().DescribeCompareTasks(request);
        assertEquals(1L, response.getTotalCount(), id + " listed once");
        return response.getItems()[0];
    }

    private static List<Object> options(CompareTaskItem item) {
        return List.of(item.getOptions().getMethod(), item.getOptions().getSampleRate(), item.getOptions().getThreadCount());
    }

    /** DescribeCompareDiffItems, which this SDK version lacks: a signed call of its own, {@code more} added to the body. */
    private static JsonPath diffItems(String job, String id, String more) {
        String body = "{\"JobId\":\"" + job + "\",\"CompareTaskId\":\"" + id + "\"" + more + "}";
        return f.admin().postJson("DescribeCompareDiffItems", new DtsModule().version(), body).jsonPath().setRootPath("Response");
    }
}
