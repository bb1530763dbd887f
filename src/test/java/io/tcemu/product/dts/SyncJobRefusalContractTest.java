package io.tcemu.product.dts;

import io.tcemu.EmulatorConfig;
import io.tcemu.api.Language;
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
import io.tcemu.junit.TcemuExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.function.Executable;

import static io.tcemu.product.dts.SyncJobSteps.forJob;
import static io.tcemu.product.dts.SyncJobSteps.refused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a sync job refuses: each action's documented code, a message that says what would be accepted, the job untouched. */
class SyncJobRefusalContractTest {
    @RegisterExtension
    static final TcemuExtension tc = TcemuExtension.newInstance().config(() -> EmulatorConfig.ephemeral().language(Language.EN_US)).frozenClock(true).build();
    static final SyncJobSteps bed = new SyncJobSteps(tc);
    private String id;

    @BeforeEach
    void freshJob() throws Exception {
        id = bed.buy();
    }

    @Test
    void anUnconfiguredJobRefusesWhatItsStateDoesNotAllowAndStaysAsItWas() throws Exception {
        ModifySyncRateLimitRequest limit = forJob(new ModifySyncRateLimitRequest(), id);
        limit.setDumpThread(4L);
        SkipSyncCheckItemRequest skip = forJob(new SkipSyncCheckItemRequest(), id);
        skip.setStepIds(new String[]{"ConnectDBCheck"});

        String before = AbstractModel.toJsonString(bed.describe(id));
        TencentCloudSDKException e = untouched(before, "OperationDenied.OperationDeniedError", () -> bed.dts().StartSyncJob(forJob(new StartSyncJobRequest(), id)));
        assertTrue(e.getMessage().contains("StartSyncJob is allowed only when Status is `CheckPass`"), e.getMessage());
        assertTrue(e.getMessage().contains("has Status `UnInitialized`, TradeStatus `Normal`"), e.getMessage());
        untouched(before, "FailedOperation", () -> bed.dts().StopSyncJob(forJob(new StopSyncJobRequest(), id)));
        untouched(before, "UnsupportedOperation.UnsupportedOperationError", () -> bed.dts().CreateCheckSyncJob(forJob(new CreateCheckSyncJobRequest(), id)));
        untouched(before, "OperationDenied.OperationDeniedError", () -> bed.dts().PauseSyncJob(forJob(new PauseSyncJobRequest(), id)));
        untouched(before, "OperationDenied.OperationDeniedError", () -> bed.dts().ContinueSyncJob(forJob(new ContinueSyncJobRequest(), id)));
        untouched(before, "FailedOperation", () -> bed.dts().DestroySyncJob(forJob(new DestroySyncJobRequest(), id)));
        untouched(before, "OperationDenied.OperationDeniedError", () -> bed.dts().RecoverSyncJob(forJob(new RecoverSyncJobRequest(), id)));
        untouched(before, "OperationDenied.OperationDeniedError", () -> bed.dts().ResetSyncJob(forJob(new ResetSyncJobRequest(), id)));
        untouched(before, "FailedOperation", () -> bed.dts().ModifySyncRateLimit(limit));
        untouched(before, "OperationDenied.OperationDeniedError", () -> bed.dts().SkipSyncCheckItem(skip));
        untouched(before, "FailedOperation", () -> bed.dts().StartModifySyncJob(forJob(new StartModifySyncJobRequest(), id)));
    }

    @Test
    void aJobThatIsNotThereIsNotFoundAndAJobIdIsNeeded() {
        TencentCloudSDKException e = refused("ResourceNotFound.ResourceNotFoundError",
                () -> bed.dts().StartSyncJob(forJob(new StartSyncJobRequest(), "sync-00000000")));
        assertTrue(e.getMessage().contains("sync-00000000 does not exist in region ap-guangzhou"), e.getMessage());
        refused("MissingParameter", () -> bed.dts().StartSyncJob(new StartSyncJobRequest()));
    }

    @Test
    void badPurchaseAndQueryParametersSayWhatIsAllowed() {
        CreateSyncJobRequest purchase = SyncJobSteps.purchase("Monthly");
        TencentCloudSDKException e = refused("InvalidParameterValue.InvalidParameterValueError", () -> bed.dts().CreateSyncJob(purchase));
        assertTrue(e.getMessage().contains("PayMode must be one of [PrePay, PostPay]"), e.getMessage());
        purchase.setPayMode("PostPay");
        purchase.setCount(11L);
        refused("InvalidParameterValue.InvalidParameterValueError", () -> bed.dts().CreateSyncJob(purchase));

        DescribeSyncJobsRequest query = new DescribeSyncJobsRequest();
        query.setLimit(101L);
        refused("InvalidParameterValue.InvalidParameterValueError", () -> bed.dts().DescribeSyncJobs(query));
        query.setLimit(0L);
        refused("InvalidParameterValue.InvalidParameterValueError", () -> bed.dts().DescribeSyncJobs(query));
        query.setLimit(10L);
        query.setOrder("JobName");
        refused("InvalidParameterValue.InvalidParameterValueError", () -> bed.dts().DescribeSyncJobs(query));
    }

    private TencentCloudSDKException untouched(String before, String code, Executable call) throws Exception {
        TencentCloudSDKException e = refused(code, call);
        assertEquals(before, AbstractModel.toJsonString(bed.describe(id)), code + " left the job as it was");
        return e;
    }
}
