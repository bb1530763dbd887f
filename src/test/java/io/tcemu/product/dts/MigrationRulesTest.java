package io.tcemu.product.dts;

import static io.tcemu.product.dts.MigrationSteps.forJob;
import static io.tcemu.product.dts.MigrationSteps.refused;
import static io.tcemu.product.dts.MigrationSteps.tag;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tencentcloudapi.common.exception.TencentCloudSDKException;
import com.tencentcloudapi.dts.v20211206.models.CheckStep;
import com.tencentcloudapi.dts.v20211206.models.CompleteMigrateJobRequest;
import com.tencentcloudapi.dts.v20211206.models.CreateMigrateCheckJobRequest;
import com.tencentcloudapi.dts.v20211206.models.DescribeMigrationCheckJobResponse;
import com.tencentcloudapi.dts.v20211206.models.DescribeMigrationDetailResponse;
import com.tencentcloudapi.dts.v20211206.models.DestroyMigrateJobRequest;
import com.tencentcloudapi.dts.v20211206.models.IsolateMigrateJobRequest;
import com.tencentcloudapi.dts.v20211206.models.KeyValuePairOption;
import com.tencentcloudapi.dts.v20211206.models.ModifyMigrateJobSpecRequest;
import com.tencentcloudapi.dts.v20211206.models.ModifyMigrateNameRequest;
import com.tencentcloudapi.dts.v20211206.models.ModifyMigrateRateLimitRequest;
import com.tencentcloudapi.dts.v20211206.models.ModifyMigrateRuntimeAttributeRequest;
import com.tencentcloudapi.dts.v20211206.models.ModifyMigrationJobRequest;
import com.tencentcloudapi.dts.v20211206.models.PauseMigrateJobRequest;
import com.tencentcloudapi.dts.v20211206.models.RecoverMigrateJobRequest;
import com.tencentcloudapi.dts.v20211206.models.SkipCheckItemRequest;
import com.tencentcloudapi.dts.v20211206.models.StartMigrateJobRequest;
import io.tcemu.lifecycle.Fault;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the lifecycle and billing rules mean to a caller: refused operations leave the job as it
 * was, skipped check items, full-only jobs, resizing, non-billed jobs and the seven days an
 * isolated job is kept.
 */
class MigrationRulesTest extends MigrationContractTest {
    private static final long SEVEN_DAYS = 7 * 24 * 3600;


    @BeforeEach
    void reset() {
        f.reset();
    }

    /** A configured job whose check passed. */
    private String checked(String migrateType) throws Exception {
        String id = f.buy();
        f.configure(id, migrateType);
        f.dts().CreateMigrateCheckJob(forJob(CreateMigrateCheckJobRequest.class, id));
        f.advance(13);
        assertEquals("checkPass", f.status(id));
        return id;
    }

    @Test
    void refusedOperationsGiveTheDocumentedCodeAndLeaveTheJobAsItWas() throws Exception {
        String id = f.buy();
        f.advance(60);
        DescribeMigrationDetailResponse before = f.detail(id);

        TencentCloudSDKException start = refused("FailedOperation.StatusInConflict",
                () -> f.dts().StartMigrateJob(forJob(StartMigrateJobRequest.class, id)));
        assertTrue(start.getMessage().contains("checkPass"), start.getMessage());
        refused("OperationDenied.OperationDeniedError", () -> f.dts().PauseMigrateJob(forJob(PauseMigrateJobRequest.class, id)));
        refused("FailedOperation.StatusInConflict", () -> f.dts().CompleteMigrateJob(forJob(CompleteMigrateJobRequest.class, id)));
        refused("OperationDenied.OperationDeniedError", () -> f.dts().CreateMigrateCheckJob(forJob(CreateMigrateCheckJobRequest.class, id)));
        ModifyMigrateRateLimitRequest limit = forJob(ModifyMigrateRateLimitRequest.class, id);
        limit.setDumpThread(4L);
        refused("FailedOperation.StatusInConflict", () -> f.dts().ModifyMigrateRateLimit(limit));
        refused("FailedOperation", () -> f.dts().RecoverMigrateJob(forJob(RecoverMigrateJobRequest.class, id)));
        refused("OperationDenied.OperationDeniedError", () -> f.dts().DestroyMigrateJob(forJob(DestroyMigrateJobRequest.class, id)));

        DescribeMigrationDetailResponse after = f.detail(id);
        assertEquals(before.getStatus(), after.getStatus());
        assertEquals(before.getTradeInfo().getTradeStatus(), after.getTradeInfo().getTradeStatus());
        assertEquals(before.getUpdateTime(), after.getUpdateTime());
        assertEquals("no", after.getRateLimitOption().getHasUserSetRateLimit());
    }

    @Test
    void aJobThatDoesNotExistHereIsNotFound() {
        refused("ResourceNotFound.JobNotExist", () -> f.dts().StartMigrateJob(forJob(StartMigrateJobRequest.class, "dts-nothere1")));
        refused("ResourceNotFound.ResourceNotFoundError", () -> f.dts().PauseMigrateJob(forJob(PauseMigrateJobRequest.class, "dts-nothere1")));
        refused("ResourceNotFound.ResourceNotFoundError", () -> f.detail("dts-nothere1"));
        refused("MissingParameter.MissingParameterError", () -> f.dts().DestroyMigrateJob(new DestroyMigrateJobRequest()));
    }

    @Test
    void aConfigurationCannotChangeWhatWasBought() throws Exception {
        String id = f.buy();
        ModifyMigrationJobRequest other = MigrationSteps.configuration(id, "full");
        other.getSrcInfo().setDatabaseType("postgresql");
        TencentCloudSDKException e = refused("InvalidParameterValue.InvalidParameterValueError", () -> f.dts().ModifyMigrationJob(other));
        assertTrue(e.getMessage().contains("SrcInfo.DatabaseType"), e.getMessage());
        assertEquals("", f.detail(id).getMigrateOption().getMigrateType());
    }

    @Test
    void runtimeAttributesJoinTheOptionsExtraAttributes() throws Exception {
        String id = f.buy();
        f.configure(id, "full");
        ModifyMigrateRuntimeAttributeRequest request = forJob(ModifyMigrateRuntimeAttributeRequest.class, id);
        KeyValuePairOption readOnly = new KeyValuePairOption();
        readOnly.setKey("IsDstReadOnly");
        readOnly.setValue("true");
        request.setOtherOptions(new KeyValuePairOption[]{readOnly});
        f.dts().ModifyMigrateRuntimeAttribute(request);
        readOnly.setValue("false");
        f.dts().ModifyMigrateRuntimeAttribute(request);

        KeyValuePairOption[] extra = f.detail(id).getMigrateOption().getExtraAttr();
        assertEquals(1, extra.length);
        assertEquals("false", extra[0].getValue());
        assertEquals("full", f.detail(id).getMigrateOption().getMigrateType());
    }

    @Test
    void skippingTheFailedItemPassesTheCheck() throws Exception {
        String id = f.buy();
        f.configure(id, "fullAndIncrement");
        f.emulator().engine().faults().add(new Fault("dts", "CreateMigrateCheckJob", id, Fault.Outcome.FAIL));
        f.dts().CreateMigrateCheckJob(forJob(CreateMigrateCheckJobRequest.class, id));
        f.advance(13);
        assertEquals("checkNotPass", f.status(id));

        refused("InvalidParameterValue.InvalidParameterValueError", () -> f.dts().SkipCheckItem(skip(id, "VersionCheck")));
        assertEquals("skip item successfully", f.dts().SkipCheckItem(skip(id, "OptimizeCheck")).getMessage());

        DescribeMigrationCheckJobResponse check = f.check(id);
        assertEquals("checkPass", check.getCheckFlag());
        CheckStep skipped = check.getStepInfo()[12];
        assertEquals("failed", skipped.getStepStatus());
        assertTrue(skipped.getHasSkipped());
        assertEquals(1, Arrays.stream(check.getStepInfo()).filter(CheckStep::getHasSkipped).count());
        assertEquals("skipped", f.detail(id).getCheckStepInfo().getProgress().getSteps()[12].getStatus());
        f.dts().StartMigrateJob(forJob(StartMigrateJobRequest.class, id));
        assertEquals("readyRun", f.status(id));
        refused("OperationDenied.OperationDeniedError", () -> f.dts().SkipCheckItem(skip(id, "OptimizeCheck")));
    }

    @Test
    void aFullMigrationSucceedsByItselfWhileAnIncrementalOneWaitsForCompletion() throws Exception {
        String full = checked("full");
        String incremental = checked("fullAndIncrement");
        f.dts().StartMigrateJob(forJob(StartMigrateJobRequest.class, full));
        f.dts().StartMigrateJob(forJob(StartMigrateJobRequest.class, incremental));
        f.advance(5 + 20);

        DescribeMigrationDetailResponse done = f.detail(full);
        assertEquals("success", done.getStatus());
        assertEquals(2L, done.getStepInfo().getStepAll());
        assertEquals(2L, done.getStepInfo().getStepNow());
        assertEquals("readyComplete", f.status(incremental));
        f.advance(SEVEN_DAYS);
        assertEquals("readyComplete", f.status(incremental));
    }

    @Test
    void aRateLimitCanChangeWhileTheJobRuns() throws Exception {
        String id = checked("full");
        f.dts().StartMigrateJob(forJob(StartMigrateJobRequest.class, id));
        f.advance(5);
        ModifyMigrateRateLimitRequest limit = forJob(ModifyMigrateRateLimitRequest.class, id);
        limit.setDumpThread(17L);
        refused("InvalidParameterValue.InvalidParameterValueError", () -> f.dts().ModifyMigrateRateLimit(limit));
        limit.setDumpThread(4L);
        f.dts().ModifyMigrateRateLimit(limit);

        DescribeMigrationDetailResponse detail = f.detail(id);
        assertEquals(4L, detail.getRateLimitOption().getCurrentDumpThread());
        assertEquals(8L, detail.getRateLimitOption().getDefaultDumpThread());
        assertEquals("yes", detail.getRateLimitOption().getHasUserSetRateLimit());
    }

    @Test
    void aResizePassesThroughResizingAndARenameWorksInAnyState() throws Exception {
        String id = f.buy();
        ModifyMigrateJobSpecRequest resize = forJob(ModifyMigrateJobSpecRequest.class, id);
        resize.setNewInstanceClass("xlarge");
        f.dts().ModifyMigrateJobSpec(resize);
        assertEquals("resizing", f.tradeStatus(id));
        refused("OperationDenied.OperationDeniedError", () -> f.dts().ModifyMigrateJobSpec(resize));
        f.advance(10);
        DescribeMigrationDetailResponse resized = f.detail(id);
        assertEquals("normal", resized.getTradeInfo().getTradeStatus());
        assertEquals("xlarge", resized.getTradeInfo().getInstanceClass());

        f.dts().IsolateMigrateJob(forJob(IsolateMigrateJobRequest.class, id));
        ModifyMigrateNameRequest rename = forJob(ModifyMigrateNameRequest.class, id);
        rename.setJobName("orders-to-cloud");
        f.dts().ModifyMigrateName(rename);
        assertEquals("orders-to-cloud", f.detail(id).getJobName());
    }

    @Test
    void anIsolatedJobIsDeletedSevenDaysLater() throws Exception {
        String id = f.buy();
        f.dts().IsolateMigrateJob(forJob(IsolateMigrateJobRequest.class, id));
        f.advance(3);
        String isolatedAt = f.detail(id).getTradeInfo().getIsolateTime();

        f.advance(SEVEN_DAYS - 1);
        assertEquals("isolated", f.tradeStatus(id));
        assertEquals(isolatedAt, f.detail(id).getTradeInfo().getIsolateTime());
        f.advance(1);
        refused("ResourceNotFound.ResourceNotFoundError", () -> f.detail(id));
    }

    @Test
    void aNonBilledJobIsDeletedWhenIsolatedAndCannotBeResized() throws Exception {
        refused("InvalidParameterValue.InvalidParameterValueError",
                () -> f.buy(1, "small", tag(MigrationPurchase.BILLING_TAG, "notBilling")));
        String id = f.buy(1, "medium", tag(MigrationPurchase.BILLING_TAG, "notBilling")).get(0);
        DescribeMigrationDetailResponse free = f.detail(id);
        assertEquals("notBilled", free.getTradeInfo().getTradeStatus());
        assertEquals("notBilling", free.getTradeInfo().getBillingType());
        ModifyMigrateJobSpecRequest resize = forJob(ModifyMigrateJobSpecRequest.class, id);
        resize.setNewInstanceClass("large");
        refused("OperationDenied.OperationDeniedError", () -> f.dts().ModifyMigrateJobSpec(resize));

        f.dts().IsolateMigrateJob(forJob(IsolateMigrateJobRequest.class, id));
        refused("ResourceNotFound.ResourceNotFoundError", () -> f.detail(id));
    }

    private static SkipCheckItemRequest skip(String id, String stepId) {
        SkipCheckItemRequest request = forJob(SkipCheckItemRequest.class, id);
        request.setStepIds(new String[]{stepId});
        return request;
    }
}
