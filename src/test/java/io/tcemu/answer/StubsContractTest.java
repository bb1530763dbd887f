package io.tcemu.answer;

import com.aliyun.tea.TeaException;
import com.tencentcloudapi.common.exception.TencentCloudSDKException;
import com.tencentcloudapi.dts.v20211206.DtsClient;
import com.tencentcloudapi.dts.v20211206.models.DescribeMigrationJobsRequest;
import com.tencentcloudapi.dts.v20211206.models.DescribeSubscribeDetailRequest;
import com.tencentcloudapi.dts.v20211206.models.StartMigrateJobRequest;
import io.tcemu.RawCalls;
import io.tcemu.junit.TcemuExtension;
import io.tcemu.SdkClients;
import io.tcemu.dialect.alibaba.AlibabaSdk;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.Map;
import java.util.concurrent.CompletableFuture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Stubs posted over the admin API, as a Java test sees them through the official SDKs of both clouds. */
class StubsContractTest {
    @RegisterExtension
    static final TcemuExtension tcemu = TcemuExtension.newInstance().build();
    private static DtsClient dts;

    @BeforeAll
    static void clients() {
        dts = SdkClients.dts(SdkClients.devCredential(), SdkClients.http(tcemu.emulator()));
    }

    private static void stub(String json) {
        new RawCalls(tcemu.emulator()).plain().contentType("application/json").body(json).post("/_tcemu/stubs").then().statusCode(201);
    }

    private static StartMigrateJobRequest start(String jobId) {
        StartMigrateJobRequest request = new StartMigrateJobRequest();
        request.setJobId(jobId);
        return request;
    }

    @Test
    void aStubAnswersAnEmulatedActionUntilItIsCleared() throws Exception {
        stub("{\"product\": \"dts\", \"action\": \"DescribeMigrationJobs\", \"response\": {\"TotalCount\": 42, \"JobList\": []}}");
        assertEquals(42L, dts.DescribeMigrationJobs(new DescribeMigrationJobsRequest()).getTotalCount());

        new RawCalls(tcemu.emulator()).plain().contentType("application/json").delete("/_tcemu/stubs").then().statusCode(200);
        assertEquals(0L, dts.DescribeMigrationJobs(new DescribeMigrationJobsRequest()).getTotalCount(),
                "the emulated answer: no jobs yet");
    }

    @Test
    void aStubReplacesAnExampleAnswerWithItsMembersAndFillsTheRequiredRest() throws Exception {
        stub("{\"product\": \"dts\", \"action\": \"DescribeSubscribeDetail\", \"response\": {\"SubscribeName\": \"orders\"}}");
        DescribeSubscribeDetailRequest request = new DescribeSubscribeDetailRequest();
        request.setSubscribeId("subs-12345678");

        var detail = dts.DescribeSubscribeDetail(request);
        assertEquals("orders", detail.getSubscribeName());
        assertFalse(detail.getSubscribeId().isEmpty(), "a member the model requires is synthesized");
    }

    @Test
    void anErrorStubMatchesItsParametersOnlyAndIsUsedUpAfterItsTimes() {
        stub("{\"product\": \"dts\", \"action\": \"StartMigrateJob\", \"match\": {\"params\": {\"JobId\": \"dts-stubbed1\"}},"
                + " \"error\": {\"code\": \"FailedOperation.StartJobFailed\", \"message\": \"the source is gone\"}, \"times\": 2}");

        for (int i = 0; i < 2; i++) {
            TencentCloudSDKException stubbed = SdkClients.refused("FailedOperation.StartJobFailed",
                    () -> dts.StartMigrateJob(start("dts-stubbed1")));
            assertEquals("the source is gone", stubbed.getMessage());
        }
        SdkClients.refused("ResourceNotFound.JobNotExist", () -> dts.StartMigrateJob(start("dts-stubbed1")));
        SdkClients.refused("ResourceNotFound.JobNotExist", () -> dts.StartMigrateJob(start("dts-other001")));
    }

    @Test
    void aStubForAnotherRegionOrAccountLeavesTheCallAlone() throws Exception {
        stub("{\"product\": \"dts\", \"action\": \"DescribeMigrationJobs\", \"match\": {\"region\": \"ap-shanghai\"},"
                + " \"response\": {\"TotalCount\": 7, \"JobList\": []}}");
        stub("{\"product\": \"dts\", \"action\": \"DescribeMigrationJobs\", \"match\": {\"account\": \"200000000002\"},"
                + " \"response\": {\"TotalCount\": 8, \"JobList\": []}}");
        assertEquals(0L, dts.DescribeMigrationJobs(new DescribeMigrationJobsRequest()).getTotalCount());

        stub("{\"product\": \"dts\", \"action\": \"DescribeMigrationJobs\", \"match\": {\"region\": \"" + SdkClients.REGION
                + "\", \"account\": \"100000000001\"}, \"response\": {\"TotalCount\": 9, \"JobList\": []}}");
        assertEquals(9L, dts.DescribeMigrationJobs(new DescribeMigrationJobsRequest()).getTotalCount());
    }

    @Test
    void aStubAnswersTheAlibabaSdkInItsCloudsEnvelope() throws Exception {
        stub("{\"product\": \"bpstudio\", \"action\": \"GetTemplate\","
                + " \"response\": {\"Code\": 200, \"Message\": \"Success\", \"Data\": {\"Name\": \"web\"}}}");
        AlibabaSdk sdk = AlibabaSdk.dev(tcemu.emulator(), AlibabaSdk.Signing.V3);

        Map<String, Object> template = sdk.bpstudio("GetTemplate", Map.of("TemplateId", "t-1"));
        assertEquals(200, ((Number) template.get("Code")).intValue());
        assertEquals(Map.of("Name", "web"), template.get("Data"));

        stub("{\"product\": \"bpstudio\", \"action\": \"GetApplication\", \"match\": {\"params\": {\"ApplicationId\": \"APP1\"}},"
                + " \"error\": {\"code\": \"InvalidApplicationId.NotFound\", \"message\": \"no APP1\"}}");
        TeaException error = assertThrows(TeaException.class, () -> sdk.bpstudio("GetApplication", Map.of("ApplicationId", "APP1")));
        assertEquals("InvalidApplicationId.NotFound", error.getCode());
        assertEquals(404, error.getStatusCode());
    }

    @Test
    void aDelayedStubHoldsOnlyItsOwnCall() throws Exception {
        stub("{\"product\": \"dts\", \"action\": \"DescribeMigrationJobs\", \"response\": {\"TotalCount\": 5, \"JobList\": []},"
                + " \"delayMs\": 4000}");
        long started = System.nanoTime();
        CompletableFuture<Long> delayed = CompletableFuture.supplyAsync(() -> {
            try {
                return dts.DescribeMigrationJobs(new DescribeMigrationJobsRequest()).getTotalCount();
            } catch (TencentCloudSDKException e) {
                throw new IllegalStateException(e);
            }
        });
        // meanwhile other calls are answered: the delay holds neither the event loop nor a worker
        for (int i = 0; i < 5; i++) {
            SdkClients.refused("ResourceNotFound.JobNotExist", () -> dts.StartMigrateJob(start("dts-other001")));
        }
        assertFalse(delayed.isDone(), "the delayed answer is still waiting");
        assertEquals(5L, delayed.get());
        assertTrue(System.nanoTime() - started >= 4_000_000_000L, "answered after its delay");
    }
}
