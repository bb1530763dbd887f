package io.tcemu.product.dts;

import com.tencentcloudapi.common.AbstractModel;
import com.tencentcloudapi.common.exception.TencentCloudSDKException;
import com.tencentcloudapi.dts.v20211206.models.ContinueSyncJobRequest;
import com.tencentcloudapi.dts.v20211206.models.CreateCheckSyncJobRequest;
import com.tencentcloudapi.dts.v20211206.models.CreateSyncJobRequest;
import com.tencentcloudapi.dts.v20211206.models.DescribeSyncJobsRequest;
import com.tencentcloudapi.dts.v20211206.models.DestroySyncJobRequest;
import com.tencentcloudapi.dts.v20211206.models.ModifySyncRateLimitRequest;
import com.tencentcloudapi.dts.v20211206.models.PauseSyncJobRequest;
import com.tencentcloudapi.dts.v20211206.models.RecoverSyncJobRequest;
import com.tencentcloudapi.dts.v20211206.models.ResetSyncJobRequest;
import com.tencentcloudapi.dts.v20211206.models.SkipSyncCheckItemRequest;
import com.tencentcloudapi.dts.v20211206.models.StartModifySyncJobRequest;
import com.tencentcloudapi.dts.v20211206.models.StartSyncJobRequest;
import com.tencentcloudapi.dts.v20211206.models.StopSyncJobRequest;
import io.tcemu.SdkClients;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import static io.tcemu.product.dts.SyncTestBed.refused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a sync job refuses: each action's documented code, a message that says what would be accepted, the job untouched. */
class SyncJobRefusalContractTest {
    private static SyncTestBed bed;
    private String id;

    @BeforeAll
    static void start() {
        bed = new SyncTestBed();
    }

    @AfterAll
    static void stop() {
        bed.close();
    }

    @BeforeEach
    void freshJob() throws Exception {
        bed.reset();
        id = bed.buy();
    }

    @Test
    void anUnconfiguredJobRefusesWhatItsStateDoesNotAllowAndStaysAsItWas() throws Exception {
        StartSyncJobRequest start = new StartSyncJobRequest();
        start.setJobId(id);
        StopSyncJobRequest stop = new StopSyncJobRequest();
        stop.setJobId(id);
        CreateCheckSyncJobRequest check = new CreateCheckSyncJobRequest();
        check.setJobId(id);
        PauseSyncJobRequest pause = new PauseSyncJobRequest();
        pause.setJobId(id);
        ContinueSyncJobRequest resume = new ContinueSyncJobRequest();
        resume.setJobId(id);
        DestroySyncJobRequest destroy = new DestroySyncJobRequest();
        destroy.setJobId(id);
        RecoverSyncJobRequest recover = new RecoverSyncJobRequest();
        recover.setJobId(id);
        ResetSyncJobRequest reset = new ResetSyncJobRequest();
        reset.setJobId(id);
        ModifySyncRateLimitRequest limit = new ModifySyncRateLimitRequest();
        limit.setJobId(id);
        limit.setDumpThread(4L);
        SkipSyncCheckItemRequest skip = new SkipSyncCheckItemRequest();
        skip.setJobId(id);
        skip.setStepIds(new String[]{"ConnectDBCheck"});
        StartModifySyncJobRequest startModify = new StartModifySyncJobRequest();
        startModify.setJobId(id);

        String before = AbstractModel.toJsonString(bed.describe(id));
        TencentCloudSDKException e = untouched(before, "OperationDenied.OperationDeniedError", () -> bed.dts.StartSyncJob(start));
        assertTrue(e.getMessage().contains("StartSyncJob is allowed only when Status is `CheckPass`"), e.getMessage());
        assertTrue(e.getMessage().contains("has Status `UnInitialized`, TradeStatus `Normal`"), e.getMessage());
        untouched(before, "FailedOperation.StatusInConflict", () -> bed.dts.StopSyncJob(stop));
        untouched(before, "UnsupportedOperation.UnsupportedOperationError", () -> bed.dts.CreateCheckSyncJob(check));
        untouched(before, "OperationDenied.OperationDeniedError", () -> bed.dts.PauseSyncJob(pause));
        untouched(before, "OperationDenied.OperationDeniedError", () -> bed.dts.ContinueSyncJob(resume));
        untouched(before, "FailedOperation.StatusInConflict", () -> bed.dts.DestroySyncJob(destroy));
        untouched(before, "OperationDenied.OperationDeniedError", () -> bed.dts.RecoverSyncJob(recover));
        untouched(before, "OperationDenied.OperationDeniedError", () -> bed.dts.ResetSyncJob(reset));
        untouched(before, "FailedOperation.StatusInConflict", () -> bed.dts.ModifySyncRateLimit(limit));
        untouched(before, "OperationDenied.OperationDeniedError", () -> bed.dts.SkipSyncCheckItem(skip));
        untouched(before, "FailedOperation.StatusInConflict", () -> bed.dts.StartModifySyncJob(startModify));
    }

    @Test
    void aJobThatIsNotThereIsNotFoundAndAJobIdIsNeeded() {
        StartSyncJobRequest start = new StartSyncJobRequest();
        start.setJobId("sync-00000000");
        TencentCloudSDKException e = refused("ResourceNotFound.ResourceNotFoundError", () -> bed.dts.StartSyncJob(start));
        assertTrue(e.getMessage().contains("sync-00000000 does not exist in region ap-guangzhou"), e.getMessage());
        refused("MissingParameter", () -> bed.dts.StartSyncJob(new StartSyncJobRequest()));
    }

    @Test
    void badPurchaseAndQueryParametersSayWhatIsAllowed() {
        CreateSyncJobRequest purchase = new CreateSyncJobRequest();
        purchase.setPayMode("Monthly");
        purchase.setSrcDatabaseType("mysql");
        purchase.setSrcRegion(SdkClients.REGION);
        purchase.setDstDatabaseType("mysql");
        purchase.setDstRegion(SdkClients.REGION);
        TencentCloudSDKException e = refused("InvalidParameterValue.InvalidParameterValueError", () -> bed.dts.CreateSyncJob(purchase));
        assertTrue(e.getMessage().contains("PayMode must be one of [PrePay, PostPay]"), e.getMessage());
        purchase.setPayMode("PostPay");
        purchase.setCount(11L);
        refused("InvalidParameterValue.InvalidParameterValueError", () -> bed.dts.CreateSyncJob(purchase));

        DescribeSyncJobsRequest query = new DescribeSyncJobsRequest();
        query.setLimit(101L);
        refused("InvalidParameterValue", () -> bed.dts.DescribeSyncJobs(query));
        query.setLimit(10L);
        query.setOrder("JobName");
        refused("InvalidParameterValue.InvalidParameterValueError", () -> bed.dts.DescribeSyncJobs(query));
    }

    private TencentCloudSDKException untouched(String before, String code, Executable call) throws Exception {
        TencentCloudSDKException e = refused(code, call);
        assertEquals(before, AbstractModel.toJsonString(bed.describe(id)), code + " left the job as it was");
        return e;
    }
}
