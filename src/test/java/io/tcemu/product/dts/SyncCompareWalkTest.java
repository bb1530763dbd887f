package io.tcemu.product.dts;

import static io.tcemu.product.dts.SyncJobSteps.forJob;
import static io.tcemu.product.dts.SyncJobSteps.refused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tencentcloudapi.dts.v20211206.models.CompareObject;
import com.tencentcloudapi.dts.v20211206.models.CompareObjectItem;
import com.tencentcloudapi.dts.v20211206.models.CompareTaskItem;
import com.tencentcloudapi.dts.v20211206.models.CreateSyncCompareTaskRequest;
import com.tencentcloudapi.dts.v20211206.models.DeleteSyncCompareTaskRequest;
import com.tencentcloudapi.dts.v20211206.models.DescribeSyncCompareReportRequest;
import com.tencentcloudapi.dts.v20211206.models.DescribeSyncCompareReportResponse;
import com.tencentcloudapi.dts.v20211206.models.DescribeSyncCompareTasksRequest;
import com.tencentcloudapi.dts.v20211206.models.DescribeSyncCompareTasksResponse;
import com.tencentcloudapi.dts.v20211206.models.ModifySyncCompareTaskNameRequest;
import com.tencentcloudapi.dts.v20211206.models.PauseSyncJobRequest;
import com.tencentcloudapi.dts.v20211206.models.StartSyncCompareRequest;
import io.restassured.path.json.JsonPath;
import io.tcemu.junit.TcemuExtension;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Consistency checks of a sync job through the official SDK: allowed only while the job runs, a
 * custom check run to a consistent report and deleted, and one the inconsistent scenario makes
 * find the documented diff item, followed to its deletion.
 */
class SyncCompareWalkTest {
    @RegisterExtension
    static final TcemuExtension tc = TcemuExtension.newInstance().frozenClock(true).build();
    static final SyncJobSteps bed = new SyncJobSteps(tc);

    private String job;

    /** A running job, whose checks take the lifecycle file's seconds while the job's own steps are immediate. */
    @BeforeEach
    void aRunningJob() throws Exception {
        job = bed.running("PostPay");
        bed.raw().plain().contentType("application/json").body("{\"lifecycle\":\"dts.SyncCompareTask\",\"mode\":\"time\"}")
                .put("/_tcemu/progression").then().statusCode(200);
    }

    @Test
    void aConsistentCustomCheckFromCreationToDeletion() throws Exception {
        assertTrue(bed.describe(job).getActions().length > 0 && List.of(bed.describe(job).getActions()).contains("createCmpTask"));
        CreateSyncCompareTaskRequest create = forJob(new CreateSyncCompareTaskRequest(), job);
        create.setTaskName("orders");
        create.setObjectMode("custom");
        refused("MissingParameter.MissingParameterError", () -> bed.dts().CreateSyncCompareTask(create));
        create.setObjects(ordersDatabase());
        String id = bed.dts().CreateSyncCompareTask(create).getCompareTaskId();
        assertTrue(id.matches(job + "-cmp-[a-z0-9]{8}"), id);
        CompareTaskItem created = item(id);
        assertEquals(List.of("created", "partial", "orders"), List.of(created.getStatus(), created.getConfig().getObjectMode(),
                created.getConfig().getObjectItems()[0].getDbName()));

        bed.dts().StartSyncCompare(task(new StartSyncCompareRequest(), id));
        bed.advance(1);
        CompareTaskItem running = item(id);
        assertEquals(List.of("running", 1L, "running"), List.of(running.getStatus(), running.getCompareProcess().getStepNow(),
                running.getCompareProcess().getSteps()[0].getStatus()));
        bed.advance(13);
        CompareTaskItem done = item(id);
        assertEquals(List.of("success", "same", 3L), List.of(done.getStatus(), done.getConclusion(), done.getCompareProcess().getStepNow()));
        DescribeSyncCompareReportResponse report = bed.dts().DescribeSyncCompareReport(task(new DescribeSyncCompareReportRequest(), id));
        assertEquals(List.of("same", 0L, "orders"), List.of(report.getAbstract().getConclusion(),
                report.getDetail().getDifference().getTotalCount(), report.getAbstract().getObjects().getObjectItems()[0].getDbName()));
        assertEquals(0, diffItems(id).getInt("TotalCount"));

        ModifySyncCompareTaskNameRequest rename = task(new ModifySyncCompareTaskNameRequest(), id);
        rename.setTaskName("orders-weekly");
        bed.dts().ModifySyncCompareTaskName(rename);
        assertEquals("orders-weekly", item(id).getTaskName());
        bed.dts().DeleteSyncCompareTask(task(new DeleteSyncCompareTaskRequest(), id));
        assertEquals(0L, bed.dts().DescribeSyncCompareTasks(forJob(new DescribeSyncCompareTasksRequest(), job)).getTotalCount());
    }

    @Test
    void anInconsistentCheckFromCreationToDeletion() throws Exception {
        bed.admin("/_tcemu/faults", "{\"product\":\"dts\",\"action\":\"StartSyncCompare\",\"outcome\":\"inconsistent\"}");
        String id = bed.dts().CreateSyncCompareTask(forJob(new CreateSyncCompareTaskRequest(), job)).getCompareTaskId();
        bed.dts().StartSyncCompare(task(new StartSyncCompareRequest(), id));
        bed.advance(14);

        CompareTaskItem done = item(id);
        assertEquals(List.of("success", "different", "done"), List.of(done.getStatus(), done.getConclusion(), done.getMessage()));
        DescribeSyncCompareReportResponse report = bed.dts().DescribeSyncCompareReport(task(new DescribeSyncCompareReportRequest(), id));
        assertEquals(List.of("different", 1L, "t1"), List.of(report.getAbstract().getConclusion(),
                report.getAbstract().getDifferentTables(), report.getDetail().getDifference().getItems()[0].getTable()));
        JsonPath diff = diffItems(id);
        assertEquals(List.of(1, "db1", "t1", "data"), List.of(diff.getInt("TotalCount"), diff.getString("Items[0].DBName"),
                diff.getString("Items[0].TableName"), diff.getString("Items[0].DiffType")));

        bed.dts().PauseSyncJob(forJob(new PauseSyncJobRequest(), job));
        assertFalse(List.of(bed.describe(job).getActions()).contains("createCmpTask"), "only while the job runs");
        refused("OperationDenied.OperationDeniedError",
                () -> bed.dts().CreateSyncCompareTask(forJob(new CreateSyncCompareTaskRequest(), job)));
        bed.dts().DeleteSyncCompareTask(task(new DeleteSyncCompareTaskRequest(), id));
        refused("ResourceNotFound.ResourceNotFoundError",
                () -> bed.dts().DescribeSyncCompareReport(task(new DescribeSyncCompareReportRequest(), id)));
    }

    private static CompareObject ordersDatabase() {
        CompareObjectItem orders = new CompareObjectItem();
        orders.setDbName("orders");
        orders.setDbMode("all");
        CompareObject objects = new CompareObject();
        objects.setObjectMode("partial");
        objects.setObjectItems(new CompareObjectItem[]{orders});
        return objects;
    }

    private <T extends com.tencentcloudapi.common.AbstractModel> T task(T request, String id) {
        try {
            request.getClass().getMethod("setCompareTaskId", String.class).invoke(request, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException(request.getClass().getSimpleName() + " names no check", e);
        }
        return forJob(request, job);
    }

    private CompareTaskItem item(String id) throws Exception {
        DescribeSyncCompareTasksRequest request = forJob(new DescribeSyncCompareTasksRequest(), job);
        request.setCompareTaskId(id);
        DescribeSyncCompareTasksResponse response = bed.dts().DescribeSyncCompareTasks(request);
        assertEquals(1L, response.getTotalCount(), id + " listed once");
        return response.getItems()[0];
    }

    /** DescribeSyncCompareDiffItems, which this SDK version lacks: a signed call of its own. */
    private JsonPath diffItems(String id) {
        String body = "{\"JobId\":\"" + job + "\",\"CompareTaskId\":\"" + id + "\"}";
        return bed.raw().postJson("DescribeSyncCompareDiffItems", new DtsModule().version(), body).jsonPath().setRootPath("Response");
    }
}
