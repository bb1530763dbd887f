package io.tcemu.product.wedata;

import io.tcemu.TestStores;
import io.tcemu.api.Language;
import com.tencentcloudapi.wedata.v20210820.models.IntegrationNodeInfo;

import io.tcemu.auth.Accounts;

import static io.tcemu.product.wedata.WedataTasks.PROJECT;
import static io.tcemu.product.wedata.WedataTasks.refused;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tencentcloudapi.common.exception.TencentCloudSDKException;
import com.tencentcloudapi.wedata.v20210820.models.BatchResumeIntegrationTasksRequest;
import com.tencentcloudapi.wedata.v20210820.models.BatchResumeIntegrationTasksResponse;
import com.tencentcloudapi.wedata.v20210820.models.BatchStartIntegrationTasksRequest;
import com.tencentcloudapi.wedata.v20210820.models.BatchStartIntegrationTasksResponse;
import com.tencentcloudapi.wedata.v20210820.models.BatchStopIntegrationTasksRequest;
import com.tencentcloudapi.wedata.v20210820.models.BatchStopIntegrationTasksResponse;
import com.tencentcloudapi.wedata.v20210820.models.BatchSuspendIntegrationTasksRequest;
import com.tencentcloudapi.wedata.v20210820.models.BatchSuspendIntegrationTasksResponse;
import com.tencentcloudapi.wedata.v20210820.models.CommitIntegrationTaskRequest;
import com.tencentcloudapi.wedata.v20210820.models.DeleteIntegrationTaskRequest;
import com.tencentcloudapi.wedata.v20210820.models.DeleteIntegrationTaskResponse;
import com.tencentcloudapi.wedata.v20210820.models.DescribeIntegrationTaskRequest;
import com.tencentcloudapi.wedata.v20210820.models.DescribeIntegrationTaskResponse;
import com.tencentcloudapi.wedata.v20210820.models.DescribeIntegrationTasksRequest;
import com.tencentcloudapi.wedata.v20210820.models.DescribeIntegrationTasksResponse;
import com.tencentcloudapi.wedata.v20210820.models.DescribeRealTimeTaskMetricOverviewResponse;
import com.tencentcloudapi.wedata.v20210820.models.DescribeRealTimeTaskSpeedRequest;
import com.tencentcloudapi.wedata.v20210820.models.DescribeRealTimeTaskSpeedResponse;
import com.tencentcloudapi.wedata.v20210820.models.Filter;
import com.tencentcloudapi.wedata.v20210820.models.OrderField;
import com.tencentcloudapi.wedata.v20210820.models.IntegrationTaskInfo;
import com.tencentcloudapi.wedata.v20210820.models.StartIntegrationTaskRequest;
import com.tencentcloudapi.wedata.v20210820.models.StartTaskInfo;
import com.tencentcloudapi.wedata.v20210820.models.SuspendIntegrationTaskRequest;
import io.tcemu.EmulatorConfig;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import io.tcemu.junit.TcemuExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * WeData real-time tasks through the official Java SDK, as the seed's Real-time OPS describes
 * them. The pace is documented: 100 records per second while Running, a checkpoint every 60 s of
 * running, 512 bytes per record; every operation is Operating for 2 s.
 */
class RealTimeTaskContractTest {
    private static final WedataSettings SETTINGS =
            new WedataSettings(List.of("rg-streaming", "rg-batch"), WedataSettings.DEFAULT_LOG_RETENTION);
    @RegisterExtension
    static final TcemuExtension tc = TcemuExtension.newInstance().config(() -> TestStores.ephemeral().language(Language.EN_US).wedata(SETTINGS))
            .frozenClock(true).resetEachTest(false).build();
    private static final WedataTasks wedata = new WedataTasks(tc);

    @ParameterizedTest(name = "{0} target: {1} records written after the replay")
    @CsvSource({"append, 25000, 4000", "upsert, 21000, 0"})
    void pauseContinueForcedPauseContinueStopAndStartAgain(String writeMode, long written, long duplicates) throws Exception {
        String id = wedata.submitted(writeMode);
        assertEquals(1, wedata.status(id), "Initialize after the first commit");

        wedata.start(id);
        assertEquals(2, wedata.status(id), "Operating while the start completes");
        wedata.advanceSeconds(2);
        assertEquals(3, wedata.status(id));
        wedata.advanceSeconds(90);
        assertPosition(id, 9000, 9000, 9000);

        wedata.suspend(id, "SUSPEND");
        wedata.advanceSeconds(2);
        IntegrationTaskInfo paused = wedata.describe(id);
        assertEquals(4, paused.getStatus());
        assertEquals(0, paused.getNotExistsCheckPoint(), "a normal pause takes a snapshot");
        wedata.advanceSeconds(600);
        assertPosition(id, 9000, 9000, 9000);

        wedata.resume(id);
        wedata.advanceSeconds(2);
        assertEquals(3, wedata.status(id));
        assertPosition(id, 9000, 9000, 9000);
        wedata.advanceSeconds(100);
        assertPosition(id, 19000, 19000, 19000);

        // 100 s into this run its last checkpoint was at 60 s: offset 15000
        wedata.suspend(id, "SUSPEND_WITHOUT_SP");
        wedata.advanceSeconds(2);
        IntegrationTaskInfo forced = wedata.describe(id);
        assertEquals(4, forced.getStatus());
        assertEquals(1, forced.getNotExistsCheckPoint(), "a forced pause takes no snapshot");
        assertEquals(19000, forced.getCurrentSyncPosition());

        wedata.resume(id);
        wedata.advanceSeconds(2);
        assertPosition(id, 15000, 19000, 19000);
        Instant replayStarted = wedata.emulator().engine().clock().now();
        wedata.advanceSeconds(60);
        assertPosition(id, 21000, 25000, written);
        assertEquals(duplicates, wedata.describe(id).getNumRecordsOut() - wedata.describe(id).getCurrentSyncPosition(),
                "records the target holds twice");

        DescribeRealTimeTaskMetricOverviewResponse metrics = wedata.metrics(id);
        assertEquals(25000, metrics.getTotalRecordNumOfRead());
        assertEquals(25000 * 512, metrics.getTotalRecordByteNumOfRead());
        assertEquals(written, metrics.getTotalRecordNumOfWrite());
        assertEquals(written * 512, metrics.getTotalRecordByteNumOfWrite());
        assertEquals(0, metrics.getTotalDirtyRecordNum());
        assertEquals(90 + 100 + 60, metrics.getTotalDuration());
        assertSpeedSinceTheReplay(id, replayStarted, written - 19000);

        wedata.stop(id);
        wedata.advanceSeconds(2);
        assertEquals(6, wedata.status(id));
        assertPosition(id, 0, 0, 0);
        assertEquals(0, wedata.metrics(id).getTotalDuration(), "stop discards the metrics too");

        wedata.start(id);
        wedata.advanceSeconds(2 + 10);
        assertPosition(id, 1000, 1000, 1000);
    }

    /** One point for the last 60 s: the source read at 100/s, the target took what it wrote. */
    private static void assertSpeedSinceTheReplay(String id, Instant from, long writtenSince) throws TencentCloudSDKException {
        DescribeRealTimeTaskSpeedRequest request = new DescribeRealTimeTaskSpeedRequest();
        request.setProjectId(PROJECT);
        request.setTaskId(id);
        request.setStartTime(from.toEpochMilli());
        request.setEndTime(from.toEpochMilli() + 60_000);
        request.setGranularity(1L);
        DescribeRealTimeTaskSpeedResponse speed = wedata.client().DescribeRealTimeTaskSpeed(request);

        assertEquals("INPUT", speed.getRecordsSpeedList()[0].getNodeType());
        assertEquals("orders_binlog", speed.getRecordsSpeedList()[0].getNodeName());
        assertEquals(1, speed.getRecordsSpeedList()[0].getValues().length);
        assertEquals(from.toEpochMilli(), speed.getRecordsSpeedList()[0].getValues()[0].getTime());
        assertEquals(100f, speed.getRecordsSpeedList()[0].getValues()[0].getSpeed(), 0.01);
        assertEquals("OUTPUT", speed.getRecordsSpeedList()[1].getNodeType());
        assertEquals(writtenSince / 60f, speed.getRecordsSpeedList()[1].getValues()[0].getSpeed(), 0.01);
        assertEquals(100f * 512, speed.getBytesSpeedList()[0].getValues()[0].getSpeed(), 0.1);
        assertEquals(100f, speed.getData().getRecordsSpeedList()[0].getValues()[0].getSpeed(), 0.01);
    }

    private static void assertPosition(String id, long offset, long read, long written) throws TencentCloudSDKException {
        IntegrationTaskInfo task = wedata.describe(id);
        assertEquals(offset, task.getCurrentSyncPosition(), "CurrentSyncPosition");
        assertEquals(read, task.getNumRecordsIn(), "NumRecordsIn");
        assertEquals(written, task.getNumRecordsOut(), "NumRecordsOut");
    }

    @Test
    void aTaskPausedLongerThanTheSourceKeepsItsLogsFailsWhenContinued() throws Exception {
        String id = wedata.submitted("append");
        wedata.start(id);
        wedata.advanceSeconds(2 + 30);
        wedata.suspend(id, "SUSPEND");
        wedata.advanceSeconds(2);
        wedata.advanceSeconds(WedataSettings.DEFAULT_LOG_RETENTION.toSeconds() + 1);
        assertEquals(4, wedata.status(id), "still paused: it fails only when continued");

        wedata.resume(id);
        assertEquals(2, wedata.status(id));
        wedata.advanceSeconds(2);

        IntegrationTaskInfo failed = wedata.describe(id);
        assertEquals(7, failed.getStatus());
        assertTrue(failed.getErrorMessage().contains("source logs expired"), failed.getErrorMessage());
        assertTrue(failed.getErrorMessage().contains("604800 s"), failed.getErrorMessage());

        wedata.start(id);
        wedata.advanceSeconds(2 + 5);
        IntegrationTaskInfo restarted = wedata.describe(id);
        assertEquals(3, restarted.getStatus(), "a failed task starts again from the beginning");
        assertEquals(500, restarted.getCurrentSyncPosition());
        assertNull(restarted.getErrorMessage());
    }

    @Test
    void aTaskPausedWithinTheRetentionContinues() throws Exception {
        String id = wedata.submitted("append");
        wedata.start(id);
        wedata.advanceSeconds(2 + 30);
        wedata.suspend(id, "SUSPEND");
        wedata.advanceSeconds(2 + WedataSettings.DEFAULT_LOG_RETENTION.toSeconds());

        wedata.resume(id);
        wedata.advanceSeconds(2 + 1);

        assertEquals(3, wedata.status(id));
        assertEquals(3100, wedata.describe(id).getCurrentSyncPosition());
    }

    @Test
    void aTaskNamingAnUnknownResourceGroupEndsInDetectionException() throws Exception {
        String unknown = wedata.create(PROJECT, "orders-unknown-group", "append", "rg-deleted");
        String known = wedata.create(PROJECT, "orders-batch-group", "append", "rg-batch");
        for (String id : List.of(unknown, known)) {
            wedata.commit(id);
            wedata.start(id);
        }
        assertEquals(2, wedata.status(unknown));
        wedata.advanceSeconds(2);

        IntegrationTaskInfo exception = wedata.describe(unknown);
        assertEquals(20, exception.getStatus());
        assertEquals("rg-deleted", exception.getExecutorId());
        assertTrue(exception.getErrorMessage().contains("rg-deleted") && exception.getErrorMessage().contains("rg-batch"),
                exception.getErrorMessage());
        assertEquals(3, wedata.status(known));
        assertEquals("rg-streaming", wedata.describe(wedata.submitted("append")).getExecutorId(),
                "a task naming no resource group runs on the first one configured");
    }

    @Test
    void tasksLiveInTheirProject() throws Exception {
        String id = wedata.create(PROJECT, "orders-scoped", "append", null);

        TencentCloudSDKException missing = refused("ResourceNotFound", () -> wedata.describe("2804706451775033344", id));
        assertTrue(missing.getMessage().contains("project 2804706451775033344"), missing.getMessage());
        StartIntegrationTaskRequest start = new StartIntegrationTaskRequest();
        start.setProjectId("2804706451775033344");
        start.setTaskId(id);
        refused("ResourceNotFound", () -> wedata.client().StartIntegrationTask(start));
        assertEquals(0, list("2804706451775033344", new Filter[0]).getTotalCount());

        assertEquals(PROJECT, wedata.describe(id).getProjectId());
        assertEquals(1, list(PROJECT, new Filter[]{filter("TaskId", id)}).getTotalCount());
    }

    @Test
    void aTaskAndItsNodesSayWhoseAndWhereTheyAre() throws Exception {
        IntegrationTaskInfo task = wedata.describe(wedata.create(PROJECT, "orders-owned", "append", null));
        String account = Accounts.DEV.id();
        assertEquals(List.of(account, "MYSQL", "DLC", 0L), List.of(task.getAppId(), task.getInputDatasourceType(),
                task.getOutputDatasourceType(), task.getNumRestarts()));
        for (IntegrationNodeInfo node : task.getNodes()) {
            assertEquals(List.of(task.getTaskId(), PROJECT, account, task.getCreateTime()),
                    List.of(node.getTaskId(), node.getProjectId(), node.getAppId(), node.getCreateTime()));
            assertTrue(node.getId().startsWith(task.getTaskId() + "-"), node.getId());
        }
        assertEquals(2, Arrays.stream(task.getNodes()).map(IntegrationNodeInfo::getId).distinct().count());
    }

    @Test
    void theListFiltersByStatusAndSubmissionAndPages() throws Exception {
        String project = "11022568003970304";
        String draft = wedata.create(project, "draft", "append", null);
        String first = wedata.create(project, "first", "append", null);
        String second = wedata.create(project, "second", "append", null);
        for (String id : List.of(first, second)) {
            CommitIntegrationTaskRequest commit = new CommitIntegrationTaskRequest();
            commit.setProjectId(project);
            commit.setTaskId(id);
            commit.setCommitType(id.equals(second) ? 1L : 0L);
            wedata.client().CommitIntegrationTask(commit);
        }

        assertEquals(List.of(second, first, draft), ids(list(project, new Filter[0])), "newest first");
        assertEquals(List.of(second, first), ids(list(project, new Filter[]{filter("ProductionState", "true")})));
        assertEquals(List.of(second), ids(list(project, new Filter[]{filter("Status", "2")})), "CommitType 1 starts it");
        assertEquals(List.of(first), ids(list(project, new Filter[]{filter("TaskName", "fir")})));

        DescribeIntegrationTasksRequest page = listRequest(project, new Filter[0]);
        page.setPageNumber(2L);
        page.setPageSize(2L);
        DescribeIntegrationTasksResponse second2 = wedata.client().DescribeIntegrationTasks(page);
        assertEquals(3, second2.getTotalCount());
        assertEquals(List.of(draft), ids(second2));
        refused("InvalidParameterValue", () -> wedata.client().DescribeIntegrationTasks(
                listRequest(project, new Filter[]{filter("Owner", "me")})));
    }

    @Test
    void theListSeesAStartThatCameDueUnreadAndPagesInUpdateTimeOrder() throws Exception {
        String project = "11022568003970305";
        String a = wedata.create(project, "a", "append", null);
        wedata.advanceSeconds(1);
        String b = wedata.create(project, "b", "append", null);
        wedata.advanceSeconds(1);
        String c = wedata.create(project, "c", "append", null);
        wedata.advanceSeconds(1);
        CommitIntegrationTaskRequest commit = new CommitIntegrationTaskRequest();
        commit.setProjectId(project);
        commit.setTaskId(a);
        commit.setCommitType(1L);
        wedata.client().CommitIntegrationTask(commit);
        assertEquals(0, list(project, new Filter[]{filter("Status", "3")}).getTotalCount(), "Operating while it starts");

        wedata.advanceSeconds(2);
        assertEquals(List.of(a), ids(list(project, new Filter[]{filter("Status", "3")})), "Running, though nobody read it");
        DescribeIntegrationTasksRequest byUpdate = listRequest(project, new Filter[0]);
        byUpdate.setOrderFields(new OrderField[]{orderField("UpdateTime", "DESC")});
        byUpdate.setPageSize(2L);
        DescribeIntegrationTasksResponse first = wedata.client().DescribeIntegrationTasks(byUpdate);
        assertEquals(3, first.getTotalCount());
        assertEquals(List.of(a, c), ids(first), "the started task changed last");
        byUpdate.setPageNumber(2L);
        assertEquals(List.of(b), ids(wedata.client().DescribeIntegrationTasks(byUpdate)));
        DescribeIntegrationTasksRequest oldestFirst = listRequest(project, new Filter[]{filter("ProductionState", "true")});
        oldestFirst.setOrderFields(new OrderField[]{orderField("CreateTime", "ASC")});
        assertEquals(List.of(a), ids(wedata.client().DescribeIntegrationTasks(oldestFirst)));
        oldestFirst.setFilters(new Filter[0]);
        assertEquals(List.of(a, b, c), ids(wedata.client().DescribeIntegrationTasks(oldestFirst)));
    }

    @Test
    void aRunningTaskListedAgainLaterShowsTheRecordsItReadMeanwhile() throws Exception {
        String project = "11022568003970306";
        String id = wedata.create(project, "counting", "append", null);
        CommitIntegrationTaskRequest commit = new CommitIntegrationTaskRequest();
        commit.setProjectId(project);
        commit.setTaskId(id);
        commit.setCommitType(1L);
        wedata.client().CommitIntegrationTask(commit);
        wedata.advanceSeconds(2 + 10);
        Filter[] running = {filter("Status", "3")};
        assertEquals(1000, list(project, running).getTaskInfoSet()[0].getNumRecordsIn());
        wedata.advanceSeconds(10);
        assertEquals(2000, list(project, running).getTaskInfoSet()[0].getNumRecordsIn(), "100 records a second");
    }

    private static OrderField orderField(String name, String direction) {
        OrderField field = new OrderField();
        field.setName(name);
        field.setDirection(direction);
        return field;
    }

    @Test
    void batchesCountWhatSucceeded() throws Exception {
        String a = wedata.submitted("append");
        String b = wedata.submitted("upsert");
        String[] ids = {a, b, "r-no-such-task"};

        BatchStartIntegrationTasksRequest start = new BatchStartIntegrationTasksRequest();
        start.setProjectId(PROJECT);
        start.setTaskType(201L);
        StartTaskInfo info = new StartTaskInfo();
        info.setEvent("START");
        info.setTaskIds(ids);
        start.setStartTaskInfoSet(new StartTaskInfo[]{info});
        BatchStartIntegrationTasksResponse started = wedata.client().BatchStartIntegrationTasks(start);
        assertCounts(2, 1, 3, started.getSuccessCount(), started.getFailedCount(), started.getTotalCount());
        assertArrayEquals(new String[]{a, b}, started.getTaskNames());
        wedata.advanceSeconds(2 + 90);

        BatchSuspendIntegrationTasksRequest suspend = new BatchSuspendIntegrationTasksRequest();
        suspend.setProjectId(PROJECT);
        suspend.setTaskType(201L);
        suspend.setTaskIds(ids);
        suspend.setEvent("SUSPEND_WITHOUT_SP");
        BatchSuspendIntegrationTasksResponse suspended = wedata.client().BatchSuspendIntegrationTasks(suspend);
        assertCounts(2, 1, 3, suspended.getSuccessCount(), suspended.getFailedCount(), suspended.getTotalCount());
        wedata.advanceSeconds(2);
        assertEquals(1, wedata.describe(a).getNotExistsCheckPoint());

        BatchResumeIntegrationTasksRequest resume = new BatchResumeIntegrationTasksRequest();
        resume.setProjectId(PROJECT);
        resume.setTaskType(201L);
        resume.setTaskIds(new String[]{a, b});
        BatchResumeIntegrationTasksResponse resumed = wedata.client().BatchResumeIntegrationTasks(resume);
        assertCounts(2, 0, 2, resumed.getSuccessCount(), resumed.getFailedCount(), resumed.getTotalCount());
        wedata.advanceSeconds(2);
        assertEquals(6000, wedata.describe(a).getCurrentSyncPosition(), "continued from the checkpoint at 60 s");

        BatchStopIntegrationTasksRequest stop = new BatchStopIntegrationTasksRequest();
        stop.setProjectId(PROJECT);
        stop.setTaskType(201L);
        stop.setTaskIds(new String[]{a});
        BatchStopIntegrationTasksResponse stopped = wedata.client().BatchStopIntegrationTasks(stop);
        assertCounts(1, 0, 1, stopped.getSuccessCount(), stopped.getFailedCount(), stopped.getTotalCount());
        assertArrayEquals(new String[]{a}, stopped.getTaskNames());

        stop.setTaskType(202L);
        refused("InvalidParameterValue", () -> wedata.client().BatchStopIntegrationTasks(stop));
    }

    @Test
    void aRunningTaskIsNotDeletedAStoppedOneIs() throws Exception {
        String id = wedata.submitted("append");
        wedata.start(id);
        wedata.advanceSeconds(2);

        DeleteIntegrationTaskResponse running = wedata.client().DeleteIntegrationTask(delete(id));
        assertFalse(running.getData());
        assertEquals(100, running.getDeleteFlag());
        assertTrue(running.getDeleteErrInfo().contains("Status `Running`"), running.getDeleteErrInfo());

        wedata.stop(id);
        wedata.advanceSeconds(2);
        DeleteIntegrationTaskResponse stopped = wedata.client().DeleteIntegrationTask(delete(id));
        assertTrue(stopped.getData());
        assertEquals(0, stopped.getDeleteFlag());
        refused("ResourceNotFound", () -> wedata.describe(id));
    }

    @Test
    void commitsAreVersionsAndTheStatusNamesWhatIsWrong() throws Exception {
        String id = wedata.submitted("append");
        wedata.commit(id);
        DescribeIntegrationTaskRequest request = new DescribeIntegrationTaskRequest();
        request.setProjectId(PROJECT);
        request.setTaskId(id);
        DescribeIntegrationTaskResponse described = wedata.client().DescribeIntegrationTask(request);
        assertEquals(2, described.getTaskInfo().getInstanceVersion());
        assertEquals(2, described.getTaskVersion().getInstanceVersion());
        assertTrue(described.getTaskInfo().getSubmit());

        SuspendIntegrationTaskRequest suspend = new SuspendIntegrationTaskRequest();
        suspend.setProjectId(PROJECT);
        suspend.setTaskId(id);
        TencentCloudSDKException notRunning = refused("OperationDenied", () -> wedata.client().SuspendIntegrationTask(suspend));
        assertTrue(notRunning.getMessage().contains("Status `Initialize`")
                && notRunning.getMessage().contains("allowed only when Status is `Running`"), notRunning.getMessage());
        suspend.setEvent("PAUSE");
        refused("InvalidParameterValue", () -> wedata.client().SuspendIntegrationTask(suspend));
    }

    @Test
    void whatCannotBeDoneIsExplained() throws Exception {
        refused("InvalidParameterValue", () -> wedata.create(PROJECT, "orders-merge", "merge", null));
        refused("InvalidParameterValue", () -> wedata.create("p".repeat(200), "orders-long-project", "append", null));
        refused("MissingParameter", () -> wedata.create(PROJECT, " ", "append", null));
        String id = wedata.submitted("append");

        CommitIntegrationTaskRequest restart = new CommitIntegrationTaskRequest();
        restart.setProjectId(PROJECT);
        restart.setTaskId(id);
        restart.setCommitType(2L);
        refused("UnsupportedOperation", () -> wedata.client().CommitIntegrationTask(restart));

        DescribeRealTimeTaskSpeedRequest speed = new DescribeRealTimeTaskSpeedRequest();
        speed.setProjectId(PROJECT);
        speed.setTaskId(id);
        speed.setStartTime(1_712_803_996_000L);
        speed.setEndTime(1_712_803_796_000L);
        speed.setGranularity(1L);
        refused("InvalidParameterValue", () -> wedata.client().DescribeRealTimeTaskSpeed(speed));
        speed.setEndTime(1_712_803_996_000L + 60_000);
        speed.setGranularity(0L);
        refused("InvalidParameterValue", () -> wedata.client().DescribeRealTimeTaskSpeed(speed));
        speed.setGranularity(Long.MAX_VALUE);
        refused("InvalidParameterValue", () -> wedata.client().DescribeRealTimeTaskSpeed(speed));
        speed.setTaskId("r-no-such-task");
        speed.setGranularity(5L);
        refused("FailedOperation", () -> wedata.client().DescribeRealTimeTaskSpeed(speed));
        refused("FailedOperation", () -> wedata.metrics("r-no-such-task"));
    }

    private static void assertCounts(long success, long failed, long total, Long gotSuccess, Long gotFailed, Long gotTotal) {
        assertEquals(List.of(success, failed, total), List.of(gotSuccess, gotFailed, gotTotal), "success, failed, total");
    }

    private static DeleteIntegrationTaskRequest delete(String id) {
        DeleteIntegrationTaskRequest request = new DeleteIntegrationTaskRequest();
        request.setProjectId(PROJECT);
        request.setTaskId(id);
        return request;
    }

    private static DescribeIntegrationTasksResponse list(String project, Filter[] filters) throws TencentCloudSDKException {
        return wedata.client().DescribeIntegrationTasks(listRequest(project, filters));
    }

    private static DescribeIntegrationTasksRequest listRequest(String project, Filter[] filters) {
        DescribeIntegrationTasksRequest request = new DescribeIntegrationTasksRequest();
        request.setProjectId(project);
        request.setPageNumber(1L);
        request.setPageSize(20L);
        request.setFilters(filters);
        return request;
    }

    private static Filter filter(String name, String value) {
        Filter filter = new Filter();
        filter.setName(name);
        filter.setValues(new String[]{value});
        return filter;
    }

    private static List<String> ids(DescribeIntegrationTasksResponse response) {
        return Arrays.stream(response.getTaskInfoSet()).map(IntegrationTaskInfo::getTaskId).toList();
    }
}
