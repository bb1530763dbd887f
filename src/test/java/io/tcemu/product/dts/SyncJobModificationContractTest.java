package io.tcemu.product.dts;

import com.tencentcloudapi.dts.v20211206.models.CreateModifyCheckSyncJobRequest;
import com.tencentcloudapi.dts.v20211206.models.DdlOption;
import com.tencentcloudapi.dts.v20211206.models.DescribeModifyCheckSyncJobResultRequest;
import com.tencentcloudapi.dts.v20211206.models.DescribeModifyCheckSyncJobResultResponse;
import com.tencentcloudapi.dts.v20211206.models.DynamicOptions;
import com.tencentcloudapi.dts.v20211206.models.ModifySyncJobConfigRequest;
import com.tencentcloudapi.dts.v20211206.models.ModifySyncRateLimitRequest;
import com.tencentcloudapi.dts.v20211206.models.RateLimitOption;
import com.tencentcloudapi.dts.v20211206.models.ResetSyncJobRequest;
import com.tencentcloudapi.dts.v20211206.models.StartModifySyncJobRequest;
import com.tencentcloudapi.dts.v20211206.models.StopSyncJobRequest;
import com.tencentcloudapi.dts.v20211206.models.SyncJobInfo;
import io.tcemu.product.WireTime;
import io.tcemu.junit.TcemuExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;

import static io.tcemu.product.dts.SyncJobSteps.forJob;
import static io.tcemu.product.dts.SyncJobSteps.refused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Changing a running job: its objects through the modify-check flow, its rate limits, and a reset after it stopped. */
class SyncJobModificationContractTest {
    @RegisterExtension
    static final TcemuExtension tc = TcemuExtension.newInstance().frozenClock(true).build();
    static final SyncJobSteps bed = new SyncJobSteps(tc);
    private String id;

    @BeforeEach
    void runningJob() throws Exception {
        id = bed.running("PostPay");
    }

    @Test
    void newObjectsAreCheckedThenStartedWhileTheJobKeepsRunning() throws Exception {
        bed.raw().plain().contentType("application/json")
                .body("{\"lifecycle\": \"dts.SyncJob\", \"operation\": \"CreateModifyCheckSyncJob\", \"mode\": \"time\"}")
                .put("/_tcemu/progression").then().statusCode(200);
        StartModifySyncJobRequest startModify = forJob(new StartModifySyncJobRequest(), id);
        refused("FailedOperation", () -> bed.dts().StartModifySyncJob(startModify));

        bed.dts().ModifySyncJobConfig(modification());
        SyncJobInfo configured = bed.describe(id);
        assertEquals("Initialized", configured.getOptObjStatus());
        assertEquals("Running", configured.getStatus());
        assertTrue(actions(configured).containsAll(List.of("configureOptObj", "checkOptObj")), actions(configured).toString());
        assertFalse(actions(configured).contains("startOptObj"));
        assertEquals("notStarted", modifyCheck().getStatus());

        bed.admin("/_tcemu/faults", "{\"product\": \"dts\", \"action\": \"CreateModifyCheckSyncJob\", \"outcome\": \"fail\"}");
        bed.dts().CreateModifyCheckSyncJob(check());
        assertEquals("Checking", bed.describe(id).getOptObjStatus());
        bed.advance(7.5);
        DescribeModifyCheckSyncJobResultResponse running = modifyCheck();
        assertEquals("running", running.getStatus());
        assertEquals(15L, running.getStepCount());
        assertEquals(8L, running.getStepCur());
        bed.advance(7.5);
        DescribeModifyCheckSyncJobResultResponse failed = modifyCheck();
        assertEquals("failed", failed.getStatus());
        assertEquals("ModifyConfigCheck", failed.getStepInfos()[14].getStepId());
        assertEquals("failed", failed.getStepInfos()[14].getStatus());
        assertEquals("CheckNotPass", bed.describe(id).getOptObjStatus());
        refused("FailedOperation", () -> bed.dts().StartModifySyncJob(startModify));

        bed.dts().CreateModifyCheckSyncJob(check());
        bed.advance(15);
        assertEquals("success", modifyCheck().getStatus());
        assertTrue(actions(bed.describe(id)).contains("startOptObj"));
        bed.dts().StartModifySyncJob(startModify);
        SyncJobInfo modified = bed.describe(id);
        assertEquals("Normal", modified.getOptObjStatus());
        assertEquals("payments", modified.getObjects().getDatabases()[0].getDbName());
        assertEquals(List.of("Insert"), List.of(modified.getOptions().getOpTypes()));
    }

    @Test
    void rateLimitsShowInOptionsAndStayInTheirRanges() throws Exception {
        assertEquals("no", bed.describe(id).getOptions().getRateLimitOption().getHasUserSetRateLimit());
        ModifySyncRateLimitRequest limit = forJob(new ModifySyncRateLimitRequest(), id);
        limit.setDumpThread(4L);
        limit.setSinkerThread(64L);
        bed.dts().ModifySyncRateLimit(limit);
        RateLimitOption limits = bed.describe(id).getOptions().getRateLimitOption();
        assertEquals(4L, limits.getCurrentDumpThread());
        assertEquals(8L, limits.getDefaultDumpThread());
        assertEquals(64L, limits.getCurrentSinkerThread());
        assertEquals("yes", limits.getHasUserSetRateLimit());

        limit.setDumpThread(17L);
        refused("InvalidParameterValue", () -> bed.dts().ModifySyncRateLimit(limit));
        assertEquals(4L, bed.describe(id).getOptions().getRateLimitOption().getCurrentDumpThread());

        // the action's example: 0 leaves a limit as it is
        ModifySyncRateLimitRequest example = forJob(new ModifySyncRateLimitRequest(), id);
        example.setDumpThread(12L);
        example.setDumpRps(0L);
        example.setLoadThread(0L);
        example.setSinkerThread(0L);
        example.setLoadRps(0L);
        bed.dts().ModifySyncRateLimit(example);
        RateLimitOption after = bed.describe(id).getOptions().getRateLimitOption();
        assertEquals(List.of(12L, 64L, 8L), List.of(after.getCurrentDumpThread(), after.getCurrentSinkerThread(),
                after.getCurrentLoadThread()));
    }

    @Test
    void aStoppedJobResetsToUnconfigured() throws Exception {
        bed.dts().StopSyncJob(forJob(new StopSyncJobRequest(), id));
        bed.dts().ResetSyncJob(forJob(new ResetSyncJobRequest(), id));
        SyncJobInfo fresh = bed.describe(id);
        assertEquals("UnInitialized", fresh.getStatus());
        assertEquals(WireTime.ZERO, fresh.getStartTime());
        assertEquals("", fresh.getSrcInfo().getIp(), "forgotten; the member is always present");
        assertEquals(List.of("view", "configure", "resize", "isolate"), actions(fresh));
    }

    private ModifySyncJobConfigRequest modification() {
        DynamicOptions options = new DynamicOptions();
        options.setOpTypes(new String[]{"Insert"});
        options.setDdlOptions(new DdlOption[0]);
        ModifySyncJobConfigRequest request = forJob(new ModifySyncJobConfigRequest(), id);
        request.setDynamicObjects(SyncJobSteps.objects("payments"));
        request.setDynamicOptions(options);
        return request;
    }

    private CreateModifyCheckSyncJobRequest check() {
        return forJob(new CreateModifyCheckSyncJobRequest(), id);
    }

    private DescribeModifyCheckSyncJobResultResponse modifyCheck() throws Exception {
        return bed.dts().DescribeModifyCheckSyncJobResult(forJob(new DescribeModifyCheckSyncJobResultRequest(), id));
    }

    private static List<String> actions(SyncJobInfo job) {
        return List.of(job.getActions());
    }
}
