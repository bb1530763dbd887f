package io.tcemu.product.dts;

import static io.tcemu.product.dts.MigrationSteps.forJob;
import static io.tcemu.product.dts.MigrationSteps.refused;
import static io.tcemu.product.dts.MigrationSteps.tag;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tencentcloudapi.dts.v20211206.models.CheckStep;
import com.tencentcloudapi.dts.v20211206.models.CompleteMigrateJobRequest;
import com.tencentcloudapi.dts.v20211206.models.ContinueMigrateJobRequest;
import com.tencentcloudapi.dts.v20211206.models.CreateMigrateCheckJobRequest;
import com.tencentcloudapi.dts.v20211206.models.DescribeMigrationCheckJobResponse;
import com.tencentcloudapi.dts.v20211206.models.DescribeMigrationDetailResponse;
import com.tencentcloudapi.dts.v20211206.models.DescribeMigrationJobsRequest;
import com.tencentcloudapi.dts.v20211206.models.DestroyMigrateJobRequest;
import com.tencentcloudapi.dts.v20211206.models.IsolateMigrateJobRequest;
import com.tencentcloudapi.dts.v20211206.models.JobItem;
import com.tencentcloudapi.dts.v20211206.models.MigrateDetailInfo;
import com.tencentcloudapi.dts.v20211206.models.PauseMigrateJobRequest;
import com.tencentcloudapi.dts.v20211206.models.RecoverMigrateJobRequest;
import com.tencentcloudapi.dts.v20211206.models.ResumeMigrateJobRequest;
import com.tencentcloudapi.dts.v20211206.models.StartMigrateJobRequest;
import com.tencentcloudapi.dts.v20211206.models.StepDetailInfo;
import io.tcemu.product.WireTime;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One migration job from purchase to destruction through the official SDK, on the emulator's
 * clock: configure, a failed and a passing pre-check, start, progress, pause and continue, an
 * error and resume, readyComplete and complete, isolate, recover, isolate again and destroy.
 */
class MigrationJobWalkTest extends MigrationContractTest {


    private static List<String> stepStatuses(MigrateDetailInfo info) {
        return Arrays.stream(info.getStepInfo()).map(StepDetailInfo::getStatus).toList();
    }

    private static List<String> checkStatuses(DescribeMigrationCheckJobResponse check) {
        return Arrays.stream(check.getStepInfo()).map(CheckStep::getStepStatus).toList();
    }

    @Test
    void aJobFromPurchaseToDestruction() throws Exception {
        Instant bought = f.emulator().engine().clock().now();
        String id = f.buy(1, "small", tag("team", "data")).get(0);
        assertTrue(id.matches("dts-[a-z0-9]{8}"), id);
        JobItem job = describe(id);
        assertEquals("created", job.getStatus());
        assertEquals(WireTime.format(bought), job.getCreateTime());
        assertEquals(WireTime.ZERO, job.getStartTime());
        assertEquals("normal", job.getTradeInfo().getTradeStatus());
        assertEquals("postpay", job.getTradeInfo().getPayType());
        assertEquals("billing", job.getTradeInfo().getBillingType());
        assertEquals("small", job.getTradeInfo().getInstanceClass());
        assertEquals(List.of("view", "modify", "configure", "isolate", "resize"), List.of(job.getAction().getAllowedAction()));
        assertEquals(13, job.getAction().getAllAction().length);

        f.configure(id, "fullAndIncrement");
        assertEquals("created", f.status(id));
        assertEquals(List.of("view", "modify", "check", "configure", "isolate", "resize"), f.allowed(id));

        failedCheck(id);
        passingCheck(id);
        startAndWatchProgress(id);
        pauseAndContinue(id);
        errorAndResume(id);
        readyCompleteAndComplete(id);
        isolateRecoverAndDestroy(id);
    }

    private void failedCheck(String id) throws Exception {
        f.admin().plain().body("{\"product\":\"dts\",\"action\":\"CreateMigrateCheckJob\",\"outcome\":\"fail\"}")
                .post("/_tcemu/faults").then().statusCode(200);
        f.dts().CreateMigrateCheckJob(forJob(CreateMigrateCheckJobRequest.class, id));
        assertEquals("checking", f.status(id));
        f.advance(5);
        DescribeMigrationCheckJobResponse running = f.check(id);
        assertEquals("running", running.getStatus());
        assertEquals("", running.getCheckFlag());
        assertEquals(List.of("pass", "pass", "pass", "pass", "pass", "notStarted"), checkStatuses(running).subList(0, 6));

        f.advance(8);
        DescribeMigrationCheckJobResponse failed = f.check(id);
        assertEquals("failed", failed.getStatus());
        assertEquals("checkNotPass", failed.getCheckFlag());
        CheckStep failing = failed.getStepInfo()[12];
        assertEquals("OptimizeCheck", failing.getStepId());
        assertEquals("failed", failing.getStepStatus());
        assertEquals("failed", failing.getDetailCheckItems()[0].getCheckResult());
        assertEquals(12, checkStatuses(failed).stream().filter("pass"::equals).count());
        assertTrue(failed.getBriefMsg().contains("OptimizeCheck"), failed.getBriefMsg());
        assertEquals("checkNotPass", f.status(id));
        refused("FailedOperation.StatusInConflict", () -> f.dts().StartMigrateJob(forJob(StartMigrateJobRequest.class, id)));
    }

    private void passingCheck(String id) throws Exception {
        Instant checkStarted = f.emulator().engine().clock().now();
        f.dts().CreateMigrateCheckJob(forJob(CreateMigrateCheckJobRequest.class, id));
        f.advance(13);
        DescribeMigrationCheckJobResponse passed = f.check(id);
        assertEquals("success", passed.getStatus());
        assertEquals("checkPass", passed.getCheckFlag());
        assertTrue(checkStatuses(passed).stream().allMatch("pass"::equals), checkStatuses(passed).toString());
        DescribeMigrationDetailResponse detail = f.detail(id);
        assertEquals("checkPass", detail.getStatus());
        assertEquals(WireTime.format(checkStarted), detail.getCheckStepInfo().getStartAt());
        assertEquals(WireTime.format(checkStarted.plusSeconds(13)), detail.getCheckStepInfo().getEndAt());
        assertEquals(100L, detail.getCheckStepInfo().getProgress().getPercent());
        assertTrue(f.allowed(id).contains("start"));
    }

    private void startAndWatchProgress(String id) throws Exception {
        Instant started = f.emulator().engine().clock().now();
        f.dts().StartMigrateJob(forJob(StartMigrateJobRequest.class, id));
        assertEquals("readyRun", f.status(id));
        assertEquals(List.of("view", "stop", "isolate", "resize"), f.allowed(id));
        f.advance(5);
        JobItem running = describe(id);
        assertEquals("running", running.getStatus());
        assertEquals(WireTime.format(started), running.getStartTime());
        assertEquals(3L, running.getStepInfo().getStepAll());
        assertEquals(1L, running.getStepInfo().getStepNow());
        assertEquals(List.of("running", "notStarted", "notStarted"), stepStatuses(running.getStepInfo()));

        f.advance(15);
        MigrateDetailInfo loading = describe(id).getStepInfo();
        assertEquals(2L, loading.getStepNow());
        assertEquals(List.of("finished", "running", "notStarted"), stepStatuses(loading));
        assertEquals(50L, loading.getStepInfo()[1].getPercent());
        assertEquals(WireTime.format(started.plusSeconds(15)), loading.getStepInfo()[1].getStartTime());
    }

    private void pauseAndContinue(String id) throws Exception {
        f.dts().PauseMigrateJob(forJob(PauseMigrateJobRequest.class, id));
        assertEquals("pausing", f.status(id));
        f.advance(3);
        JobItem paused = describe(id);
        assertEquals("manualPaused", paused.getStatus());
        assertEquals(2L, paused.getStepInfo().getStepNow());
        assertEquals(50L, paused.getStepInfo().getStepInfo()[1].getPercent());
        assertEquals(List.of("view", "stop", "resume", "isolate", "resize"), List.of(paused.getAction().getAllowedAction()));

        f.dts().ContinueMigrateJob(forJob(ContinueMigrateJobRequest.class, id));
        f.advance(3);
        JobItem again = describe(id);
        assertEquals("running", again.getStatus());
        assertEquals(List.of("running", "notStarted", "notStarted"), stepStatuses(again.getStepInfo()));
    }

    private void errorAndResume(String id) throws Exception {
        f.advance(5);
        f.admin().plain().post("/_tcemu/resources/" + id + "/fail").then().statusCode(200);
        DescribeMigrationDetailResponse error = f.detail(id);
        assertEquals("error", error.getStatus());
        assertFalse(error.getBriefMsg().isEmpty());
        assertEquals(1, error.getErrorInfo().length);
        assertEquals("failed", error.getStepInfo().getStepInfo()[0].getStatus());
        assertEquals(List.of("view", "stop", "resume", "isolate", "resize"), List.of(error.getAction().getAllowedAction()));

        ResumeMigrateJobRequest resume = forJob(ResumeMigrateJobRequest.class, id);
        resume.setResumeOption("normal");
        f.dts().ResumeMigrateJob(resume);
        assertEquals("resuming", f.status(id));
        f.advance(3);
        assertEquals("running", f.status(id));
        assertEquals("", f.detail(id).getBriefMsg());
    }

    private void readyCompleteAndComplete(String id) throws Exception {
        f.advance(20);
        JobItem ready = describe(id);
        assertEquals("readyComplete", ready.getStatus());
        // the AllowedAction example for readyComplete (task-apis.md)
        assertEquals(List.of("view", "stop", "complete", "createCmpTask", "isolate", "resize"), List.of(ready.getAction().getAllowedAction()));
        assertEquals(3L, ready.getStepInfo().getStepNow());
        assertEquals(List.of("finished", "finished", "running"), stepStatuses(ready.getStepInfo()));
        f.advance(3600);
        assertEquals("readyComplete", f.status(id));

        f.dts().CompleteMigrateJob(forJob(CompleteMigrateJobRequest.class, id));
        assertEquals("completing", f.status(id));
        f.advance(3);
        Instant ended = f.emulator().engine().clock().now();
        JobItem success = describe(id);
        assertEquals("success", success.getStatus());
        assertEquals(WireTime.format(ended), success.getEndTime());
        assertEquals(List.of("finished", "finished", "finished"), stepStatuses(success.getStepInfo()));
        assertEquals(List.of("view", "isolate", "resize"), List.of(success.getAction().getAllowedAction()));
    }

    private void isolateRecoverAndDestroy(String id) throws Exception {
        isolate(id);
        DescribeMigrationDetailResponse isolated = f.detail(id);
        assertEquals("isolated", isolated.getTradeInfo().getTradeStatus());
        assertEquals("user_isolate", isolated.getTradeInfo().getIsolateReason());
        assertEquals(List.of("view", "offline", "recover"), List.of(isolated.getAction().getAllowedAction()));

        f.dts().RecoverMigrateJob(forJob(RecoverMigrateJobRequest.class, id));
        DescribeMigrationDetailResponse recovered = f.detail(id);
        assertEquals("normal", recovered.getTradeInfo().getTradeStatus());
        assertEquals("", recovered.getTradeInfo().getIsolateReason());
        assertEquals("success", recovered.getStatus());

        isolate(id);
        f.dts().DestroyMigrateJob(forJob(DestroyMigrateJobRequest.class, id));
        assertEquals("offlining", f.tradeStatus(id));
        assertEquals("user_offline", f.detail(id).getTradeInfo().getOfflineReason());
        f.advance(3);
        refused("ResourceNotFound.ResourceNotFoundError", () -> f.detail(id));
        assertEquals(0L, f.dts().DescribeMigrationJobs(new DescribeMigrationJobsRequest()).getTotalCount());
    }

    private static void isolate(String id) throws Exception {
        f.dts().IsolateMigrateJob(forJob(IsolateMigrateJobRequest.class, id));
        assertEquals("isolating", f.tradeStatus(id));
        f.advance(3);
    }

    private static JobItem describe(String id) throws Exception {
        JobItem[] jobs = f.dts().DescribeMigrationJobs(forJob(DescribeMigrationJobsRequest.class, id)).getJobList();
        assertEquals(1, jobs.length);
        return jobs[0];
    }
}
