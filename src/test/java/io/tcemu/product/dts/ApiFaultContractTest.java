package io.tcemu.product.dts;

import com.tencentcloudapi.common.exception.TencentCloudSDKException;
import com.tencentcloudapi.dts.v20211206.DtsClient;
import com.tencentcloudapi.dts.v20211206.models.CreateCheckSyncJobRequest;
import com.tencentcloudapi.dts.v20211206.models.CreateMigrateCheckJobRequest;
import com.tencentcloudapi.dts.v20211206.models.DescribeCheckSyncJobResultRequest;
import com.tencentcloudapi.dts.v20211206.models.DescribeCheckSyncJobResultResponse;
import com.tencentcloudapi.dts.v20211206.models.DescribeMigrationCheckJobResponse;
import com.tencentcloudapi.dts.v20211206.models.DescribeSyncJobsRequest;
import com.tencentcloudapi.dts.v20211206.models.SkipSyncCheckItemRequest;
import com.tencentcloudapi.dts.v20211206.models.StepInfo;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.tcemu.RawCalls;
import io.tcemu.journal.JournalEntry;
import io.tcemu.junit.TcemuExtension;
import io.tcemu.lifecycle.ProgressionMode;
import io.tcemu.lifecycle.ProgressionSetting;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static io.tcemu.journal.RequestPattern.action;
import static io.tcemu.product.dts.SyncJobSteps.configuration;
import static io.tcemu.product.dts.SyncJobSteps.forJob;
import static io.tcemu.product.dts.SyncJobSteps.purchase;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Faults at the API level (errors, latency) and lifecycle faults that name a check step, injected over HTTP. */
class ApiFaultContractTest {
    private static final String FLAKY = "{\"product\":\"dts\",\"action\":\"DescribeSyncJobs\","
            + "\"error\":\"InternalError.InternalInnerCommonError\",\"probability\":0.5,\"seed\":%d}";

    @RegisterExtension
    static TcemuExtension tc = TcemuExtension.newInstance().resetEachTest(true).build();

    @Test
    void aSeededFaultStrikesTheSameCallsEveryRun(DtsClient dts) {
        List<String> first = run(dts, FLAKY.formatted(7));
        List<String> again = run(dts, FLAKY.formatted(7));
        List<String> otherSeed = run(dts, FLAKY.formatted(8));

        assertEquals(first, again);
        assertTrue(first.contains("OK") && first.contains("InternalError.InternalInnerCommonError"), first.toString());
        assertTrue(!first.equals(otherSeed), "another seed, another run: " + first + " " + otherSeed);
        JournalEntry struck = tc.requests().find(action("dts", "DescribeSyncJobs")
                .withCode("InternalError.InternalInnerCommonError")).get(0);
        assertTrue(struck.faults().get(0).contains("InternalError.InternalInnerCommonError"), struck.faults().toString());
        assertTrue(tc.requests().find(action("dts", "DescribeSyncJobs").withCode("OK")).get(0).faults().isEmpty());
    }

    /** Twenty calls under a fresh copy of the fault; their answer codes in order. */
    private List<String> run(DtsClient dts, String fault) {
        raw().plain().delete("/_tcemu/faults").then().statusCode(200);
        post(fault).statusCode(200);
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            try {
                dts.DescribeSyncJobs(new DescribeSyncJobsRequest());
                codes.add("OK");
            } catch (TencentCloudSDKException e) {
                codes.add(e.getErrorCode());
            }
        }
        return codes;
    }

    @Test
    void aFaultForTheNextNCallsIsGoneAfterThem(DtsClient dts) throws Exception {
        post("{\"product\":\"dts\",\"action\":\"DescribeSyncJobs\",\"error\":\"InternalError\",\"times\":2}")
                .body("[0].times", equalTo(2));
        for (int i = 0; i < 2; i++) {
            SyncJobSteps.refused("InternalError", () -> dts.DescribeSyncJobs(new DescribeSyncJobsRequest()));
        }
        assertEquals(0L, dts.DescribeSyncJobs(new DescribeSyncJobsRequest()).getTotalCount());
        raw().plain().get("/_tcemu/faults").then().statusCode(200).body("$", empty());
    }

    @Test
    void latencyDelaysTheAnswerBetweenItsBounds(DtsClient dts) throws Exception {
        post("{\"product\":\"dts\",\"latencyMs\":[200,260],\"seed\":3}").statusCode(200);
        dts.DescribeSyncJobs(new DescribeSyncJobsRequest());
        JournalEntry delayed = tc.requests().find(action("dts", "DescribeSyncJobs")).get(0);
        assertEquals("OK", delayed.code());
        assertTrue(delayed.latencyMs() >= 200, delayed.latencyMs() + " ms");
        assertTrue(delayed.faults().get(0).startsWith("latency after 2"), delayed.faults().toString());
    }

    @Test
    void faultsThatNameWhatTheSpecsDoNotKnowAre400s() {
        post("{\"product\":\"dts\",\"action\":\"DescribeSyncJobs\",\"error\":\"InternalError.Whatever\"}")
                .statusCode(400).body("error", containsString("\"error\"")).body("error", containsString("InternalError.DatabaseError"));
        post("{\"product\":\"dtss\",\"error\":\"InternalError\"}").statusCode(400).body("error", containsString("product"));
        post("{\"product\":\"dts\",\"action\":\"DescribeEverything\",\"error\":\"InternalError\"}").statusCode(400)
                .body("error", containsString("DescribeEverything"));
        post("{\"product\":\"dts\",\"error\":\"InternalError\",\"probability\":2}").statusCode(400)
                .body("error", containsString("probability"));
        post("{\"product\":\"dts\",\"latencyMs\":[300,100]}").statusCode(400).body("error", containsString("latencyMs"));
        post("{\"product\":\"dts\",\"latencyMs\":600000}").statusCode(400).body("error", containsString("latencyMs"));
        post("{\"product\":\"dts\",\"error\":\"InternalError\",\"times\":0}").statusCode(400).body("error", containsString("times"));
        post("{\"product\":\"dts\",\"action\":\"CreateCheckSyncJob\",\"outcome\":\"fail\",\"error\":\"InternalError\"}")
                .statusCode(400).body("error", containsString("not both"));
        post("{\"product\":\"dts\",\"action\":\"CreateCheckSyncJob\",\"outcome\":\"fail\",\"step\":\"NoSuchCheck\"}")
                .statusCode(400).body("error", containsString("VersionCheck"));
        raw().plain().get("/_tcemu/faults").then().statusCode(200).body("$", empty());
    }

    @Test
    void aSyncCheckFailsAtTheStepTheFaultNames(DtsClient dts) throws Exception {
        tc.progressions().set(ProgressionSetting.global(ProgressionMode.IMMEDIATE));
        String id = dts.CreateSyncJob(purchase("PostPay")).getJobIds()[0];
        dts.ConfigureSyncJob(configuration(id));
        post("{\"product\":\"dts\",\"action\":\"CreateCheckSyncJob\",\"outcome\":\"fail\",\"step\":\"VersionCheck\"}")
                .statusCode(200);
        dts.CreateCheckSyncJob(forJob(new CreateCheckSyncJobRequest(), id));

        DescribeCheckSyncJobResultResponse result = dts.DescribeCheckSyncJobResult(
                forJob(new DescribeCheckSyncJobResultRequest(), id));
        assertEquals("failed", result.getStatus());
        List<String> failed = Arrays.stream(result.getStepInfos()).filter(s -> s.getStatus().equals("failed"))
                .map(StepInfo::getStepId).toList();
        assertEquals(List.of("VersionCheck"), failed);
        SkipSyncCheckItemRequest skip = forJob(new SkipSyncCheckItemRequest(), id);
        skip.setStepIds(new String[]{"VersionCheck"});
        dts.SkipSyncCheckItem(skip);
        assertTrue(tc.requests().find(action("dts", "CreateCheckSyncJob")).get(0).faults().get(0)
                .contains("VersionCheck"));
    }

    @Test
    void aMigrationCheckFailsAtTheStepTheFaultNames() throws Exception {
        MigrationSteps f = new MigrationSteps(tc);
        f.reset();
        String id = f.buy();
        f.configure(id, "fullAndIncrement");
        post("{\"product\":\"dts\",\"action\":\"CreateMigrateCheckJob\",\"outcome\":\"fail\",\"step\":\"VersionCheck\"}")
                .statusCode(200);
        f.dts().CreateMigrateCheckJob(MigrationSteps.forJob(CreateMigrateCheckJobRequest.class, id));
        f.advance(13);

        DescribeMigrationCheckJobResponse check = f.check(id);
        assertEquals("checkNotPass", check.getCheckFlag());
        assertEquals("failed", check.getStepInfo()[1].getStepStatus());
        assertEquals("VersionCheck", check.getStepInfo()[1].getStepId());
        assertEquals("pass", check.getStepInfo()[12].getStepStatus());
    }

    private RawCalls raw() {
        return new RawCalls(tc.emulator());
    }

    private ValidatableResponse post(String body) {
        return raw().plain().contentType(ContentType.JSON).body(body).post("/_tcemu/faults").then();
    }
}
