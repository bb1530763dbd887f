package io.tcemu.product.dts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tencentcloudapi.dts.v20211206.DtsClient;
import com.tencentcloudapi.dts.v20211206.models.DescribeSyncJobsRequest;
import io.restassured.response.Response;
import io.tcemu.Emulator;
import io.tcemu.api.Language;
import io.tcemu.EmulatorConfig;
import io.tcemu.RawCalls;
import io.tcemu.SdkClients;
import io.tcemu.TcpRelay;
import io.tcemu.TestPostgres;
import org.junit.jupiter.api.Test;

import java.net.URI;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A gateway whose PostgreSQL database goes away answers ServiceUnavailable saying so, health shows
 * the store unreachable, and once the database is back the same gateway answers again, with
 * nothing lost, without a restart.
 */
class DatabaseOutageTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aLostDatabaseIsReportedAndTheGatewayRecoversWhenItIsBack() throws Exception {
        URI database = URI.create(TestPostgres.freshDatabase().substring("jdbc:".length()));
        try (TcpRelay relay = new TcpRelay(database.getPort());
             Emulator emulator = Emulator.start(EmulatorConfig.ephemeral()
                     .database("jdbc:postgresql://127.0.0.1:" + relay.port() + database.getPath())
                     .databaseCredentials(TestPostgres.USER, null).language(Language.EN_US))) {
            DtsClient dts = SdkClients.dts(SdkClients.devCredential(), SdkClients.http(emulator));
            String id = dts.CreateSyncJob(SyncJobSteps.purchase("PostPay")).getJobIds()[0];
            assertStore(emulator, 200, true);

            relay.cut();
            var refused = SdkClients.refused("ServiceUnavailable", () -> dts.DescribeSyncJobs(new DescribeSyncJobsRequest()));
            assertTrue(refused.getMessage().contains("cannot reach its database"), refused.getMessage());
            assertStore(emulator, 503, false);

            relay.restore();
            assertEquals(id, dts.DescribeSyncJobs(new DescribeSyncJobsRequest()).getJobList()[0].getJobId(),
                    "the job written before the outage, read through the same gateway after it");
            assertStore(emulator, 200, true);
        }
    }

    private static void assertStore(Emulator emulator, int status, boolean reachable) throws Exception {
        Response health = new RawCalls(emulator).plain().get("/_tcemu/health");
        assertEquals(status, health.statusCode(), health.asString());
        JsonNode store = JSON.readTree(health.asString()).path("store");
        assertEquals("postgresql", store.path("kind").asText());
        assertEquals(reachable, store.path("reachable").asBoolean());
        if (!reachable) {
            assertFalse(JSON.readTree(health.asString()).path("status").asText().equals("ok"));
        }
    }
}
