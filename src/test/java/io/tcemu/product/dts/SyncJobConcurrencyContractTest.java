package io.tcemu.product.dts;

import com.tencentcloudapi.common.exception.TencentCloudSDKException;
import com.tencentcloudapi.dts.v20211206.DtsClient;
import com.tencentcloudapi.dts.v20211206.models.ContinueSyncJobRequest;
import com.tencentcloudapi.dts.v20211206.models.PauseSyncJobRequest;
import io.tcemu.ConcurrentClients;
import io.tcemu.SdkClients;
import io.tcemu.auth.Accounts;
import io.tcemu.store.ResourceKey;
import io.tcemu.store.Scope;
import io.tcemu.junit.TcemuExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Many SDK clients pausing and continuing one job at once, each step immediate: the accepted
 * pauses and continues alternate, so they differ by at most one and the job ends where their
 * difference says; every refusal is the documented one; every acceptance is one stored change.
 */
class SyncJobConcurrencyContractTest {
    private static final int CLIENTS = 8;
    private static final int CALLS_EACH = 25;
    @RegisterExtension
    static final TcemuExtension tc = TcemuExtension.newInstance().frozenClock(true).build();
    static final SyncJobSteps bed = new SyncJobSteps(tc);

    @Test
    void concurrentPausesAndContinuesLeaveAValidJobWithEveryAcceptedCallAccountedFor() throws Exception {
        String id = bed.running("PostPay");
        ResourceKey key = new ResourceKey(Scope.of(Accounts.DEV.id(), SdkClients.REGION), SyncJobs.LIFECYCLE, id);
        long versionBefore = bed.emulator().engine().get(key).version();
        AtomicInteger pauses = new AtomicInteger();
        AtomicInteger continues = new AtomicInteger();
        Map<String, Integer> refusals = new ConcurrentHashMap<>();
        ConcurrentClients.run(CLIENTS, client -> {
            DtsClient dts = bed.client();
            for (int i = 0; i < CALLS_EACH; i++) {
                try {
                    if ((client + i) % 2 == 0) {
                        dts.PauseSyncJob(SyncJobSteps.forJob(new PauseSyncJobRequest(), id));
                        pauses.incrementAndGet();
                    } else {
                        dts.ContinueSyncJob(SyncJobSteps.forJob(new ContinueSyncJobRequest(), id));
                        continues.incrementAndGet();
                    }
                } catch (TencentCloudSDKException refused) {
                    refusals.merge(refused.getErrorCode(), 1, Integer::sum);
                }
            }
        });

        int accepted = pauses.get() + continues.get();
        assertEquals(CLIENTS * CALLS_EACH, accepted + refusals.values().stream().mapToInt(Integer::intValue).sum());
        assertTrue(refusals.keySet().stream().allMatch("OperationDenied.OperationDeniedError"::equals), refusals.toString());
        assertTrue(pauses.get() > 0, "some pause got through");
        int difference = pauses.get() - continues.get();
        assertTrue(difference == 0 || difference == 1, pauses + " pauses, " + continues + " continues");
        assertEquals(difference == 1 ? "Paused" : "Running", bed.describe(id).getStatus());
        assertEquals(versionBefore + accepted, bed.emulator().engine().get(key).version(), "one stored change per accepted call");
    }
}
