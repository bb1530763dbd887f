package io.tcemu.product.dts;

import com.tencentcloudapi.common.AbstractModel;
import com.tencentcloudapi.dts.v20211206.models.ContinueSyncJobRequest;
import com.tencentcloudapi.dts.v20211206.models.CreateSyncJobRequest;
import com.tencentcloudapi.dts.v20211206.models.DescribeSyncJobsRequest;
import com.tencentcloudapi.dts.v20211206.models.IsolateSyncJobRequest;
import com.tencentcloudapi.dts.v20211206.models.PauseSyncJobRequest;
import com.tencentcloudapi.dts.v20211206.models.RecoverSyncJobRequest;
import com.tencentcloudapi.dts.v20211206.models.ResizeSyncJobRequest;
import com.tencentcloudapi.dts.v20211206.models.ResumeSyncJobRequest;
import com.tencentcloudapi.dts.v20211206.models.SyncJobInfo;
import com.tencentcloudapi.dts.v20211206.models.TagItem;
import io.tcemu.product.WireTime;
import io.tcemu.junit.TcemuExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.time.Instant;

import static io.tcemu.product.dts.SyncJobSteps.forJob;
import static io.tcemu.product.dts.SyncJobSteps.refused;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Billing and the timed rules of sync jobs, moved through days by the clock API in milliseconds. */
class SyncJobBillingContractTest {
    private static final Duration SEVEN_DAYS = Duration.ofDays(7);
    @RegisterExtension
    static final TcemuExtension tc = TcemuExtension.newInstance().frozenClock(true).build();
    static final SyncJobSteps bed = new SyncJobSteps(tc);

    @Test
    void aJobPausedForMoreThanSevenDaysFails() throws Exception {
        String id = bed.running("PostPay");
        bed.dts().PauseSyncJob(forJob(new PauseSyncJobRequest(), id));

        bed.advance(SEVEN_DAYS.minusSeconds(1));
        assertEquals("Paused", bed.describe(id).getStatus());
        bed.advance(2);
        SyncJobInfo failed = bed.describe(id);
        assertEquals("Failed", failed.getStatus());
        assertEquals(WireTime.format(bed.emulator().engine().clock().now().minusSeconds(1)), failed.getEndTime());
    }

    @Test
    void anIsolatedJobIsDeletedSevenDaysLaterPassingThroughDeleting() throws Exception {
        String id = bed.buy();
        bed.dts().IsolateSyncJob(forJob(new IsolateSyncJobRequest(), id));
        bed.advance(3);
        assertEquals("Isolated", bed.describe(id).getTradeStatus());

        bed.advance(SEVEN_DAYS.minusSeconds(1));
        assertEquals("Isolated", bed.describe(id).getTradeStatus());
        bed.advance(1);
        assertEquals("Offlining", bed.describe(id).getTradeStatus(), "seed 000's Deleting");
        bed.advance(3);
        assertEquals(0L, bed.dts().DescribeSyncJobs(new DescribeSyncJobsRequest()).getTotalCount());
    }

    @Test
    void anExpiredPrePayJobIsIsolatedUnlessItRenewsItself() throws Exception {
        Instant bought = bed.emulator().engine().clock().now();
        String id = bed.buy("PrePay");
        String renewing = buyPrePay(3, 1L);
        SyncJobInfo job = bed.describe(id);
        assertEquals(WireTime.format(bought.atZone(WireTime.BEIJING).plusMonths(1).toInstant()), job.getExpireTime());
        assertEquals(0L, job.getAutoRenew());
        assertEquals(WireTime.format(bought.atZone(WireTime.BEIJING).plusMonths(3).toInstant()),
                bed.describe(renewing).getExpireTime());

        // the clock API moves in milliseconds: a little past the expiry, whatever the clock's nanoseconds
        Duration toExpiry = Duration.between(bought, WireTime.parse(job.getExpireTime()));
        bed.advance(toExpiry.minusSeconds(1));
        assertEquals("Normal", bed.describe(id).getTradeStatus());
        bed.advance(1.5);
        assertEquals("Isolated", bed.describe(id).getTradeStatus());
        refused("OperationDenied.OperationDeniedError", () -> bed.dts().RecoverSyncJob(forJob(new RecoverSyncJobRequest(), id)));

        bed.advance(Duration.ofDays(100));
        assertEquals(1L, bed.dts().DescribeSyncJobs(new DescribeSyncJobsRequest()).getTotalCount(), "isolated for 7 days, then gone");
        assertEquals("Normal", bed.describe(renewing).getTradeStatus());
    }

    @Test
    void isolatingAFreeJobDeletesItPassingThroughDeleting() throws Exception {
        CreateSyncJobRequest request = SyncJobSteps.purchase("PostPay");
        TagItem free = new TagItem();
        free.setTagKey("tcemu:billing");
        free.setTagValue("NotBilled");
        request.setTags(new TagItem[]{free});
        String id = bed.dts().CreateSyncJob(request).getJobIds()[0];
        assertEquals("NotBilled", bed.describe(id).getTradeStatus());

        bed.dts().IsolateSyncJob(forJob(new IsolateSyncJobRequest(), id));
        assertEquals("Offlining", bed.describe(id).getTradeStatus(), "seed 000's Deleting");
        bed.advance(3);
        assertEquals(0L, bed.dts().DescribeSyncJobs(new DescribeSyncJobsRequest()).getTotalCount());
    }

    @Test
    void resizingPassesThroughResizingForPostPayJobsOnly() throws Exception {
        String id = bed.buy();
        bed.dts().ResizeSyncJob(resize(id, "large"));
        SyncJobInfo resizing = bed.describe(id);
        assertEquals("Resizing", resizing.getTradeStatus());
        assertEquals("large", resizing.getInstanceClass());
        bed.advance(10);
        assertEquals("Normal", bed.describe(id).getTradeStatus());
        refused("InvalidParameterValue", () -> bed.dts().ResizeSyncJob(resize(id, "huge")));

        String prePay = bed.buy("PrePay");
        String before = AbstractModel.toJsonString(bed.describe(prePay));
        refused("UnsupportedOperation.UnsupportedOperationError", () -> bed.dts().ResizeSyncJob(resize(prePay, "large")));
        assertEquals(before, AbstractModel.toJsonString(bed.describe(prePay)));
    }

    @Test
    void aPausedJobOrOneResumingFromAPauseCannotBeResizedButARetryingOneCan() throws Exception {
        String id = bed.running("PostPay");
        bed.raw().plain().delete("/_tcemu/progression").then().statusCode(200);
        bed.dts().PauseSyncJob(forJob(new PauseSyncJobRequest(), id));
        refused("UnsupportedOperation.UnsupportedOperationError", () -> bed.dts().ResizeSyncJob(resize(id, "large")));
        bed.advance(3);
        refused("UnsupportedOperation.UnsupportedOperationError", () -> bed.dts().ResizeSyncJob(resize(id, "large")));
        bed.dts().ContinueSyncJob(forJob(new ContinueSyncJobRequest(), id));
        assertEquals("Resuming", bed.describe(id).getStatus());
        refused("UnsupportedOperation.UnsupportedOperationError", () -> bed.dts().ResizeSyncJob(resize(id, "large")));

        bed.advance(3);
        bed.admin("/_tcemu/resources/" + id + "/fail", "{}");
        bed.dts().ResumeSyncJob(forJob(new ResumeSyncJobRequest(), id));
        assertEquals("Resuming", bed.describe(id).getStatus());
        bed.dts().ResizeSyncJob(resize(id, "large"));
        assertEquals("Resizing", bed.describe(id).getTradeStatus());
    }

    private static String buyPrePay(long months, long autoRenew) throws Exception {
        CreateSyncJobRequest request = SyncJobSteps.purchase("PrePay");
        request.setTimeSpan(months);
        request.setAutoRenew(autoRenew);
        return bed.dts().CreateSyncJob(request).getJobIds()[0];
    }

    private static ResizeSyncJobRequest resize(String id, String instanceClass) {
        ResizeSyncJobRequest request = forJob(new ResizeSyncJobRequest(), id);
        request.setNewInstanceClass(instanceClass);
        return request;
    }
}
