package io.tcemu.product.dts;

import io.tcemu.TestStores;
import com.tencentcloudapi.dts.v20211206.models.ContinueSyncJobRequest;
import com.tencentcloudapi.dts.v20211206.models.CreateCheckSyncJobRequest;
import com.tencentcloudapi.dts.v20211206.models.DescribeCheckSyncJobResultRequest;
import com.tencentcloudapi.dts.v20211206.models.DescribeCheckSyncJobResultResponse;
import com.tencentcloudapi.dts.v20211206.models.DescribeSyncJobsRequest;
import com.tencentcloudapi.dts.v20211206.models.DestroySyncJobRequest;
import com.tencentcloudapi.dts.v20211206.models.IsolateSyncJobRequest;
import com.tencentcloudapi.dts.v20211206.models.PauseSyncJobRequest;
import com.tencentcloudapi.dts.v20211206.models.RecoverSyncJobRequest;
import com.tencentcloudapi.dts.v20211206.models.ResumeSyncJobRequest;
import com.tencentcloudapi.dts.v20211206.models.SkipSyncCheckItemRequest;
import com.tencentcloudapi.dts.v20211206.models.StartSyncJobRequest;
import com.tencentcloudapi.dts.v20211206.models.StepInfo;
import com.tencentcloudapi.dts.v20211206.models.StopSyncJobRequest;
import com.tencentcloudapi.dts.v20211206.models.SyncDetailInfo;
import com.tencentcloudapi.dts.v20211206.models.SyncJobInfo;
import io.tcemu.lifecycle.Fault;
import io.tcemu.product.WireTime;
import io.tcemu.junit.TcemuExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.function.Executable;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import static io.tcemu.product.dts.SyncJobSteps.forJob;
import static io.tcemu.product.dts.SyncJobSteps.refused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One sync job, through the official SDK, from purchase to destroy, on the emulator's clock. */
class SyncJobWalkContractTest {
    @RegisterExtension
    static final TcemuExtension tc = TcemuExtension.newInstance().config(TestStores::ephemeral).frozenClock(true).build();
    static final SyncJobSteps bed = new SyncJobSteps(tc);

    @Test
    void aSyncJobFromPurchaseToDestroy() throws Throwable {
        String id = bed.buy();
        assertTrue(id.matches("sync-[a-z0-9]{8}"), id);
        SyncJobInfo bought = bed.describe(id);
        assertEquals("UnInitialized", bought.getStatus());
        assertEquals("Normal", bought.getTradeStatus());
        assertEquals("PostPay", bought.getPayMode());
        assertEquals(WireTime.format(bed.emulator().engine().clock().now()), bought.getCreateTime());
        assertEquals(WireTime.ZERO, bought.getExpireTime());
        assertEquals(List.of("view", "configure", "resize", "isolate"), actions(bought));
        assertEquals(18, bought.getAllActions().length);

        bed.configure(id);
        SyncJobInfo configured = bed.describe(id);
        assertEquals("Initialized", configured.getStatus());
        assertEquals("", configured.getSrcInfo().getPassword(), "secrets are not shown back");
        assertEquals("10.0.0.1", configured.getSrcInfo().getIp());
        assertEquals("notStarted", checkResult(id).getStatus());

        failedCheckNamesItsStep(id);
        skippedItemAndPassingCheck(id);
        runReportsProgress(id);
        pauseAndContinue(id);
        errorAndResume(id);

        SyncJobInfo stopped = passes(id, () -> bed.dts().StopSyncJob(forJob(new StopSyncJobRequest(), id)),
                SyncJobInfo::getStatus, "Stopping", "Stopped");
        assertEquals(WireTime.format(bed.emulator().engine().clock().now()), stopped.getEndTime());

        isolateRecoverIsolateDestroy(id);
    }

    private void failedCheckNamesItsStep(String id) throws Throwable {
        bed.emulator().engine().faults().add(new Fault("dts", "CreateCheckSyncJob", null, Fault.Outcome.FAIL));
        bed.dts().CreateCheckSyncJob(forJob(new CreateCheckSyncJobRequest(), id));
        assertEquals("Checking", bed.describe(id).getStatus());
        bed.advance(3.5);
        DescribeCheckSyncJobResultResponse running = checkResult(id);
        assertEquals("running", running.getStatus());
        assertEquals(14L, running.getStepCount());
        assertEquals(4L, running.getStepCur());
        assertEquals(25L, running.getProgress());
        assertEquals("finished", running.getStepInfos()[2].getStatus());
        assertEquals("running", running.getStepInfos()[3].getStatus());
        assertEquals(50L, running.getStepInfos()[3].getProgress());
        assertEquals("notStarted", running.getStepInfos()[4].getStatus());

        bed.advance(10.5);
        assertEquals("CheckNotPass", bed.describe(id).getStatus());
        DescribeCheckSyncJobResultResponse failed = checkResult(id);
        assertEquals("failed", failed.getStatus());
        assertEquals(14L, failed.getStepCur());
        StepInfo failing = failed.getStepInfos()[13];
        assertEquals("AdvancedStoreObjectCheck", failing.getStepId());
        assertEquals("failed", failing.getStatus());
        assertEquals("Error: AdvancedStoreObjectCheck", failing.getErrors()[0].getCode());
        assertEquals(13, Arrays.stream(failed.getStepInfos()).filter(s -> s.getStatus().equals("finished")).count());
        refused("OperationDenied.OperationDeniedError", () -> bed.dts().StartSyncJob(forJob(new StartSyncJobRequest(), id)));
    }

    private void skippedItemAndPassingCheck(String id) throws Throwable {
        SkipSyncCheckItemRequest wrongStep = skip(id, "ConnectDBCheck");
        refused("InvalidParameterValue.InvalidParameterValueError", () -> bed.dts().SkipSyncCheckItem(wrongStep));
        bed.dts().SkipSyncCheckItem(skip(id, "AdvancedStoreObjectCheck"));
        assertEquals("CheckNotPass", bed.describe(id).getStatus());
        assertEquals("skipped", checkResult(id).getStepInfos()[13].getStatus());

        bed.dts().CreateCheckSyncJob(forJob(new CreateCheckSyncJobRequest(), id));
        bed.advance(14);
        assertEquals("CheckPass", bed.describe(id).getStatus());
        DescribeCheckSyncJobResultResponse passed = checkResult(id);
        assertEquals("success", passed.getStatus());
        assertEquals(100L, passed.getProgress());
        assertEquals("skipped", passed.getStepInfos()[13].getStatus());
        assertEquals(List.of("view", "configure", "check", "start", "resize", "isolate"), actions(bed.describe(id)));
    }

    private void runReportsProgress(String id) throws Throwable {
        bed.dts().StartSyncJob(forJob(new StartSyncJobRequest(), id));
        assertEquals("ReadyRunning", bed.describe(id).getStatus());
        bed.advance(5);
        SyncJobInfo justRunning = bed.describe(id);
        assertEquals("Running", justRunning.getStatus());
        assertEquals(WireTime.format(bed.emulator().engine().clock().now().minusSeconds(5)), justRunning.getStartTime());
        assertEquals(List.of("view", "stop", "pause", "limitRate", "resize", "isolate", "configureOptObj", "createCmpTask"), actions(justRunning));
        SyncDetailInfo start = justRunning.getDetail();
        assertEquals(4L, start.getStepAll());
        assertEquals(1L, start.getStepNow());
        assertEquals("schema-init", start.getStepInfos()[0].getStepId());
        assertEquals("running", start.getStepInfos()[0].getStatus());

        bed.advance(4.5);
        SyncJobInfo dumping = bed.describe(id);
        SyncDetailInfo dump = dumping.getDetail();
        assertEquals(2L, dump.getStepNow());
        assertEquals(50L, dump.getCurrentStepProgress());
        assertEquals(37L, dump.getProgress());
        assertEquals("no", dumping.getDumperResumeCtrl());

        bed.advance(Duration.ofHours(1));
        SyncJobInfo syncing = bed.describe(id);
        SyncDetailInfo sink = syncing.getDetail();
        assertEquals(4L, sink.getStepNow());
        assertEquals(100L, sink.getProgress());
        assertEquals(List.of("finished", "finished", "finished", "running"),
                Arrays.stream(sink.getStepInfos()).map(StepInfo::getStatus).toList());
        assertEquals("yes", syncing.getDumperResumeCtrl());
    }

    private void pauseAndContinue(String id) throws Throwable {
        SyncJobInfo paused = passes(id, () -> bed.dts().PauseSyncJob(forJob(new PauseSyncJobRequest(), id)),
                SyncJobInfo::getStatus, "Pausing", "Paused");
        assertEquals(List.of("view", "stop", "continue", "isolate"), actions(paused), "seed 000: View, Resume, Stop, Terminate/Return");
        assertEquals(0L, paused.getDetail().getStepNow());
        passes(id, () -> bed.dts().ContinueSyncJob(forJob(new ContinueSyncJobRequest(), id)),
                SyncJobInfo::getStatus, "Resuming", "Running");
    }

    private void errorAndResume(String id) throws Throwable {
        bed.admin("/_tcemu/resources/" + id + "/fail", "{}");
        SyncJobInfo broken = bed.describe(id);
        assertEquals("ResumableErr", broken.getStatus());
        assertTrue(actions(broken).contains("resume"), actions(broken).toString());
        assertNotEquals("", broken.getDetail().getErrInfo().getMessage());
        refused("OperationDenied.OperationDeniedError", () -> bed.dts().PauseSyncJob(forJob(new PauseSyncJobRequest(), id)));

        SyncJobInfo resumed = passes(id, () -> bed.dts().ResumeSyncJob(forJob(new ResumeSyncJobRequest(), id)),
                SyncJobInfo::getStatus, "Resuming", "Running");
        assertEquals("", resumed.getDetail().getErrInfo().getMessage());
    }

    private void isolateRecoverIsolateDestroy(String id) throws Throwable {
        refused("FailedOperation", () -> bed.dts().DestroySyncJob(forJob(new DestroySyncJobRequest(), id)));
        SyncJobInfo isolated = passes(id, () -> bed.dts().IsolateSyncJob(forJob(new IsolateSyncJobRequest(), id)),
                SyncJobInfo::getTradeStatus, "Isolating", "Isolated");
        assertEquals("Stopped", isolated.getStatus());
        assertEquals(List.of("view", "offline", "recover"), actions(isolated));

        passes(id, () -> bed.dts().RecoverSyncJob(forJob(new RecoverSyncJobRequest(), id)),
                SyncJobInfo::getTradeStatus, "Recovering", "Normal");

        bed.dts().IsolateSyncJob(forJob(new IsolateSyncJobRequest(), id));
        bed.advance(3);
        bed.dts().DestroySyncJob(forJob(new DestroySyncJobRequest(), id));
        assertEquals("Offlining", bed.describe(id).getTradeStatus());
        bed.advance(3);
        assertEquals(0L, bed.dts().DescribeSyncJobs(new DescribeSyncJobsRequest()).getTotalCount());
        refused("ResourceNotFound.ResourceNotFoundError", () -> checkResult(id));
    }

    /** The call shows the job {@code through} a transient state at once and {@code to} three seconds later. */
    private static SyncJobInfo passes(String id, Executable call, Function<SyncJobInfo, String> state,
                                      String through, String to) throws Throwable {
        call.execute();
        assertEquals(through, state.apply(bed.describe(id)));
        bed.advance(3);
        SyncJobInfo after = bed.describe(id);
        assertEquals(to, state.apply(after));
        return after;
    }

    private static List<String> actions(SyncJobInfo job) {
        return List.of(job.getActions());
    }

    private static DescribeCheckSyncJobResultResponse checkResult(String id) throws Exception {
        return bed.dts().DescribeCheckSyncJobResult(forJob(new DescribeCheckSyncJobResultRequest(), id));
    }

    private static SkipSyncCheckItemRequest skip(String id, String step) {
        SkipSyncCheckItemRequest request = forJob(new SkipSyncCheckItemRequest(), id);
        request.setStepIds(new String[]{step});
        return request;
    }
}
