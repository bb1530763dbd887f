package io.tcemu.product.dts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tencentcloudapi.dts.v20211206.DtsClient;
import com.tencentcloudapi.dts.v20211206.models.CreateCheckSyncJobRequest;
import com.tencentcloudapi.dts.v20211206.models.DescribeSyncJobsRequest;
import io.restassured.specification.RequestSpecification;
import io.tcemu.Emulator;
import io.tcemu.EmulatorConfig;
import io.tcemu.RawCalls;
import io.tcemu.SdkClients;
import io.tcemu.TestPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two gateways on one PostgreSQL database: what a test steers through one (progression, a
 * lifecycle fault, the clock, a stub) holds at the other, and a fault fails exactly one operation.
 */
class SharedControlsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final String database = TestPostgres.freshDatabase();
    private final Emulator first = start();
    private final Emulator second = start();

    private Emulator start() {
        return Emulator.start(EmulatorConfig.ephemeral().database(database).databaseCredentials(TestPostgres.USER, null));
    }

    @AfterEach
    void stop() {
        first.close();
        second.close();
    }

    private static RequestSpecification admin(Emulator gateway) {
        return new RawCalls(gateway).plain().contentType("application/json");
    }

    @Test
    void progressionSetThroughOneGatewayHoldsAtTheOther() throws Exception {
        admin(first).body("{\"mode\": \"immediate\"}").put("/_tcemu/progression").then().statusCode(200);
        JsonNode settings = JSON.readTree(admin(second).get("/_tcemu/progression").asString());
        assertEquals("immediate", settings.findValue("mode").asText(), settings.toString());

        DtsClient dts = SdkClients.dts(SdkClients.devCredential(), SdkClients.http(second));
        String id = dts.CreateSyncJob(SyncJobSteps.purchase("PostPay")).getJobIds()[0];
        dts.ConfigureSyncJob(SyncJobSteps.configuration(id));
        dts.CreateCheckSyncJob(SyncJobSteps.forJob(new CreateCheckSyncJobRequest(), id));
        assertEquals("CheckPass", status(dts, id), "the check settled at once, as the first gateway's setting says");
    }

    @Test
    void aLifecycleFaultPostedToOneGatewayFailsOneOperationAtTheOther() throws Exception {
        admin(first).body("{\"mode\": \"immediate\"}").put("/_tcemu/progression").then().statusCode(200);
        admin(first).body("{\"product\": \"dts\", \"action\": \"CreateCheckSyncJob\", \"outcome\": \"fail\"}")
                .post("/_tcemu/faults").then().statusCode(200);
        DtsClient dts = SdkClients.dts(SdkClients.devCredential(), SdkClients.http(second));
        String failing = dts.CreateSyncJob(SyncJobSteps.purchase("PostPay")).getJobIds()[0];
        String passing = dts.CreateSyncJob(SyncJobSteps.purchase("PostPay")).getJobIds()[0];
        for (String id : new String[]{failing, passing}) {
            dts.ConfigureSyncJob(SyncJobSteps.configuration(id));
            dts.CreateCheckSyncJob(SyncJobSteps.forJob(new CreateCheckSyncJobRequest(), id));
        }
        assertEquals("CheckNotPass", status(dts, failing));
        assertEquals("CheckPass", status(dts, passing), "the fault was used up by the first check");
        assertEquals("[]", JSON.readTree(admin(first).get("/_tcemu/faults").asString()).toString());
    }

    @Test
    void theJournalOfEitherGatewayListsTheCallsOfBoth() throws Exception {
        DtsClient viaFirst = SdkClients.dts(SdkClients.devCredential(), SdkClients.http(first));
        DtsClient viaSecond = SdkClients.dts(SdkClients.devCredential(), SdkClients.http(second));
        String id = viaFirst.CreateSyncJob(SyncJobSteps.purchase("PostPay")).getJobIds()[0];
        viaSecond.ConfigureSyncJob(SyncJobSteps.configuration(id));

        JsonNode calls = JSON.readTree(admin(second).get("/_tcemu/requests?resource=" + id).asString());
        assertEquals("[\"CreateSyncJob\",\"ConfigureSyncJob\"]", actions(calls), calls.toString());
        assertEquals(actions(calls), actions(JSON.readTree(admin(first).get("/_tcemu/requests?resource=" + id).asString())));
        admin(first).delete("/_tcemu/requests").then().statusCode(200);
        assertEquals("[]", actions(JSON.readTree(admin(second).get("/_tcemu/requests").asString())), "emptied for both");
    }

    private static String actions(JsonNode journal) {
        var names = JSON.createArrayNode();
        (journal.isArray() ? journal : journal.path("requests")).forEach(e -> names.add(e.path("action").asText()));
        return names.toString();
    }

    @Test
    void theClockAdvancedThroughOneGatewayShowsAtTheOther() throws Exception {
        admin(first).body("{\"seconds\": 86400}").post("/_tcemu/clock/advance").then().statusCode(200);
        JsonNode clock = JSON.readTree(admin(second).get("/_tcemu/clock").asString());
        long offset = clock.path("offsetSeconds").asLong();
        assertTrue(offset >= 86399 && offset <= 86401, "a day ahead at the other gateway: " + clock);
    }

    @Test
    void aStubPostedToOneGatewayAnswersAtTheOtherItsTimesCountedAcrossThem() throws Exception {
        admin(first).body("{\"product\": \"dts\", \"action\": \"DescribeSyncJobs\", \"times\": 2,"
                + " \"response\": {\"TotalCount\": 42, \"JobList\": []}}").post("/_tcemu/stubs").then().statusCode(201);
        DtsClient atFirst = SdkClients.dts(SdkClients.devCredential(), SdkClients.http(first));
        DtsClient atSecond = SdkClients.dts(SdkClients.devCredential(), SdkClients.http(second));
        assertEquals(42L, atSecond.DescribeSyncJobs(new DescribeSyncJobsRequest()).getTotalCount());
        assertEquals(42L, atFirst.DescribeSyncJobs(new DescribeSyncJobsRequest()).getTotalCount());
        assertEquals(0L, atSecond.DescribeSyncJobs(new DescribeSyncJobsRequest()).getTotalCount(),
                "two answers taken, one at each gateway: the stub is used up");
        assertEquals("[]", JSON.readTree(admin(second).get("/_tcemu/stubs").asString()).toString());
    }

    private static String status(DtsClient dts, String id) throws Exception {
        DescribeSyncJobsRequest request = new DescribeSyncJobsRequest();
        request.setJobId(id);
        return dts.DescribeSyncJobs(request).getJobList()[0].getStatus();
    }
}
