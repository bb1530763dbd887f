package io.tcemu.product.dts;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.tencentcloudapi.dts.v20211206.DtsClient;
import com.tencentcloudapi.dts.v20211206.models.DescribeSyncJobsRequest;
import com.tencentcloudapi.dts.v20211206.models.StartSyncJobRequest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.tcemu.EmulatorConfig;
import io.tcemu.RawCalls;
import io.tcemu.journal.JournalEntry;
import io.tcemu.journal.SecretMasker;
import io.tcemu.journal.VerificationException;
import io.tcemu.junit.TcemuExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;

import static io.tcemu.journal.RequestPattern.action;
import static io.tcemu.journal.RequestPattern.product;
import static io.tcemu.product.dts.SyncJobSteps.configuration;
import static io.tcemu.product.dts.SyncJobSteps.forJob;
import static io.tcemu.product.dts.SyncJobSteps.purchase;
import static io.tcemu.product.dts.SyncJobSteps.refused;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The request journal, verified from Java and read over HTTP, as a CI test in any language would. */
class SyncJobJournalContractTest {
    @RegisterExtension
    static TcemuExtension tc = TcemuExtension.newInstance().config(() -> EmulatorConfig.ephemeral().journalSize(50))
            .resetEachTest(true).build();

    @Test
    void verifiesCallsAndNamesTheRefusedOneAsANearMiss(DtsClient dts) throws Exception {
        String id = dts.CreateSyncJob(purchase("PostPay")).getJobIds()[0];
        refused("OperationDenied.OperationDeniedError", () -> dts.StartSyncJob(forJob(new StartSyncJobRequest(), id)));

        tc.requests().verify(action("dts", "CreateSyncJob").withResource(id).times(1));
        tc.requests().verify(action("dts", "StartSyncJob").withCode("OperationDenied.OperationDeniedError").times(1));
        VerificationException e = assertThrows(VerificationException.class,
                () -> tc.requests().verify(action("dts", "StartSyncJob").withCode("OK").times(1)));
        assertTrue(e.getMessage().contains("holds 0"), e.getMessage());
        assertTrue(e.getMessage().contains("dts.StartSyncJob OperationDenied.OperationDeniedError"), e.getMessage());
        assertTrue(e.getMessage().contains("differs in code"), e.getMessage());
        assertEquals(2, tc.requests().count(product("dts")));
    }

    @Test
    void recordsWhatACallWasAndMasksItsSecrets(DtsClient dts) throws Exception {
        String id = dts.CreateSyncJob(purchase("PostPay")).getJobIds()[0];
        dts.ConfigureSyncJob(configuration(id));

        JournalEntry configure = tc.requests().find(action("dts", "ConfigureSyncJob")).get(0);
        assertEquals("tencent", configure.dialect());
        assertEquals("2021-12-06", configure.version());
        assertEquals("ap-guangzhou", configure.region());
        assertEquals("100000000001", configure.account());
        assertEquals("OK", configure.code());
        assertEquals(List.of(id), configure.resourceIds());
        ObjectNode params = configure.params();
        assertEquals(SecretMasker.MASK, params.path("SrcInfo").path("Password").asText());
        assertEquals("root", params.path("SrcInfo").path("User").asText());
        tc.requests().verify(action("dts", "ConfigureSyncJob").withParam("SrcAccessType", "cdb").times(1));
    }

    @Test
    void filtersCountsAndClearsOverHttp(DtsClient dts) throws Exception {
        RawCalls raw = new RawCalls(tc.emulator());
        String id = dts.CreateSyncJob(purchase("PostPay")).getJobIds()[0];
        dts.ConfigureSyncJob(configuration(id));
        refused("OperationDenied.OperationDeniedError", () -> dts.StartSyncJob(forJob(new StartSyncJobRequest(), id)));

        raw.plain().get("/_tcemu/requests?product=dts&resource=" + id).then().statusCode(200)
                .body("count", equalTo(3))
                .body("requests.action", contains("CreateSyncJob", "ConfigureSyncJob", "StartSyncJob"))
                .body("requests[1].params.DstInfo.Password", equalTo(SecretMasker.MASK))
                .body("requests[0].resourceIds", hasItem(id));
        raw.plain().get("/_tcemu/requests?code=OperationDenied.OperationDeniedError").then().statusCode(200)
                .body("requests.action", contains("StartSyncJob"));
        Response all = raw.plain().get("/_tcemu/requests");
        all.then().body(not(containsString("s3cret")));
        raw.plain().contentType(ContentType.JSON).body("{\"action\": \"CreateSyncJob\", \"params\": {\"PayMode\": \"PostPay\"}}")
                .post("/_tcemu/requests/count").then().statusCode(200).body("count", equalTo(1));
        raw.plain().contentType(ContentType.JSON).body("{\"product\": \"redis\"}")
                .post("/_tcemu/requests/count").then().statusCode(200).body("count", equalTo(0));
        String since = tc.requests().all().get(2).time().toString();
        raw.plain().get("/_tcemu/requests?since=" + since).then().body("requests.action", hasItem("StartSyncJob"))
                .body("requests.action", not(hasItem("CreateSyncJob")));

        raw.plain().delete("/_tcemu/requests").then().statusCode(200).body("count", equalTo(0));
        raw.plain().get("/_tcemu/requests").then().body("count", equalTo(0));
    }

    @Test
    void badFiltersAndMatchersAre400sNamingTheField() {
        RawCalls raw = new RawCalls(tc.emulator());
        raw.plain().get("/_tcemu/requests?acton=StartSyncJob").then().statusCode(400)
                .body("error", containsString("acton"));
        raw.plain().get("/_tcemu/requests?since=yesterday").then().statusCode(400)
                .body("error", containsString("since"));
        raw.plain().contentType(ContentType.JSON).body("{\"action\": 3}").post("/_tcemu/requests/count")
                .then().statusCode(400).body("error", containsString("action"));
        raw.plain().contentType(ContentType.JSON).body("[]").post("/_tcemu/requests/count")
                .then().statusCode(400).body("error", containsString("object"));
    }

    @Test
    void keepsOnlyTheLatestCallsItHasRoomFor(DtsClient dts) throws Exception {
        String first = null;
        String last = null;
        for (int i = 0; i < 53; i++) {
            last = dts.DescribeSyncJobs(new DescribeSyncJobsRequest()).getRequestId();
            first = i == 3 ? last : first;
        }
        List<JournalEntry> kept = tc.requests().all();
        assertEquals(50, kept.size());
        assertEquals(first, kept.get(0).requestId(), "the three oldest calls made room");
        assertEquals(last, kept.get(49).requestId());
        assertEquals(kept.get(0).sequence() + 49, kept.get(49).sequence());
    }
}
