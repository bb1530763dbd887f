package io.tcemu.product.dts;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.tencentcloudapi.common.exception.TencentCloudSDKException;
import com.tencentcloudapi.dts.v20211206.DtsClient;
import com.tencentcloudapi.dts.v20211206.models.CreateCheckSyncJobRequest;
import com.tencentcloudapi.dts.v20211206.models.DescribeSyncJobsRequest;
import com.tencentcloudapi.dts.v20211206.models.PauseSyncJobRequest;
import com.tencentcloudapi.dts.v20211206.models.StartSyncJobRequest;
import com.tencentcloudapi.dts.v20211206.models.SyncJobInfo;
import io.restassured.http.ContentType;
import io.tcemu.Emulator;
import io.tcemu.EmulatorConfig;
import io.tcemu.RawCalls;
import io.tcemu.SdkClients;
import io.tcemu.store.HistoryEntry;
import io.tcemu.lifecycle.ProgressionMode;
import io.tcemu.lifecycle.ProgressionSetting;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static io.tcemu.product.dts.SyncJobSteps.configuration;
import static io.tcemu.product.dts.SyncJobSteps.forJob;
import static io.tcemu.product.dts.SyncJobSteps.purchase;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** State exported from one emulator and loaded into another, over HTTP and through --init / --save-on-exit. */
class SyncJobSnapshotContractTest {

    private Emulator first;
    private Emulator second;

    @BeforeEach
    void start() {
        first = Emulator.start(EmulatorConfig.ephemeral());
        second = Emulator.start(EmulatorConfig.ephemeral());
    }

    @AfterEach
    void stop() {
        first.close();
        second.close();
    }

    @Test
    void aJobExportedWhileRunningIsPausedInAnotherEmulator() throws Exception {
        first.engine().clock().setFrozen(true);
        String id = running(first);
        // from here on operations take their file's time again, in both emulators
        first.engine().progressions().clear();
        String exported = new RawCalls(first).plain().get("/_tcemu/state").then().statusCode(200)
                .body("format", equalTo("tcemu-state")).body("formatVersion", equalTo(1))
                .extract().asString();

        new RawCalls(second).plain().contentType(ContentType.JSON).body(exported).put("/_tcemu/state")
                .then().statusCode(200).body("resources", equalTo(1));
        DtsClient there = dts(second);
        assertEquals("Running", describe(there, id).getStatus());
        there.PauseSyncJob(forJob(new PauseSyncJobRequest(), id));
        assertEquals("Pausing", describe(there, id).getStatus());
        second.engine().clock().advance(Duration.ofSeconds(3));
        assertEquals("Paused", describe(there, id).getStatus());
        assertEquals("Running", describe(dts(first), id).getStatus(), "the first emulator's job is its own");

        List<HistoryEntry> status = second.resources().get(id).orElseThrow().history().stream()
                .filter(h -> h.dimension().equals("Status")).toList();
        assertEquals("create UnInitialized", status.get(0).operation() + " " + status.get(0).to(),
                "the history came along");
        HistoryEntry pausing = status.get(status.size() - 2);
        HistoryEntry paused = status.get(status.size() - 1);
        assertEquals(List.of("PauseSyncJob", "Running", "Pausing", "false"),
                List.of(pausing.operation(), pausing.from(), pausing.to(), String.valueOf(pausing.settles())));
        assertEquals(List.of("PauseSyncJob", "Pausing", "Paused", "true"),
                List.of(paused.operation(), paused.from(), paused.to(), String.valueOf(paused.settles())));
        assertEquals(pausing.requestId(), paused.requestId(), "the pause caused both");
        assertEquals(pausing.at().plusSeconds(3), paused.at());
    }

    @Test
    void aBrokenOrForeignDocumentIsRefusedWholeAndNothingChanges() throws Exception {
        String id = running(first);
        ObjectNode doc = first.state().export();
        String kept = dts(second).CreateSyncJob(purchase("PostPay")).getJobIds()[0];
        RawCalls raw = new RawCalls(second);

        ObjectNode future = doc.deepCopy().put("formatVersion", 2);
        raw.plain().contentType(ContentType.JSON).body(future.toString()).put("/_tcemu/state")
                .then().statusCode(400).body("error", containsString("formatVersion"));

        ObjectNode broken = doc.deepCopy();
        ArrayNode resources = (ArrayNode) broken.get("resources");
        ObjectNode other = ((ObjectNode) resources.get(0)).deepCopy().put("id", "sync-zzzzzzzz");
        ((ObjectNode) other.get("lifecycle").get("states")).put("Status", "Sleeping");
        resources.add(other);
        raw.plain().contentType(ContentType.JSON).body(broken.toString()).put("/_tcemu/state")
                .then().statusCode(400).body("error", containsString("resources[1]"))
                .body("error", containsString("Sleeping"));

        raw.plain().contentType(ContentType.JSON).body("{\"format\": \"tcemu-state\", \"formatVersion\": 1, \"clock\": 3}")
                .put("/_tcemu/state").then().statusCode(400).body("error", containsString("clock"));
        raw.plain().contentType(ContentType.JSON).body("not json").put("/_tcemu/state")
                .then().statusCode(400).body("error", containsString("JSON"));

        assertEquals(kept, describe(dts(second), kept).getJobId(), "the job that was there is still there");
        assertEquals(0L, dts(second).DescribeSyncJobs(jobRequest(id)).getTotalCount(), "nothing was half-loaded");
    }

    @Test
    void saveOnExitWritesADocumentThatInitLoads(@TempDir Path dir) throws Exception {
        Path saved = dir.resolve("state.json");
        String id;
        try (Emulator saving = Emulator.start(EmulatorConfig.ephemeral().saveOnExit(saved))) {
            saving.engine().progressions().set(new ProgressionSetting("dts.SyncJob", null, ProgressionMode.HELD, null, null));
            id = dts(saving).CreateSyncJob(purchase("PostPay")).getJobIds()[0];
        }
        assertTrue(Files.exists(saved));
        Files.copy(saved, dir.resolve("b.json"));
        Files.delete(saved);
        Files.writeString(dir.resolve("a.json"), "{\"format\": \"tcemu-state\", \"formatVersion\": 1, "
                + "\"clock\": {\"now\": \"2026-01-01T00:00:00Z\", \"offsetSeconds\": 0, \"frozen\": false, \"scale\": 1}}");

        try (Emulator loaded = Emulator.start(EmulatorConfig.ephemeral().init(dir))) {
            assertEquals("UnInitialized", describe(dts(loaded), id).getStatus());
            assertEquals(ProgressionMode.HELD, loaded.engine().progressions().list().get(0).mode());
        }
        Files.writeString(dir.resolve("c.json"), "{\"format\": \"tcemu-state\", \"formatVersion\": 7}");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Emulator.start(EmulatorConfig.ephemeral().init(dir)));
        assertTrue(e.getMessage().contains("c.json") && e.getMessage().contains("formatVersion"), e.getMessage());
    }

    private static DtsClient dts(Emulator emulator) {
        return SdkClients.dts(SdkClients.devCredential(), SdkClients.http(emulator));
    }

    /** A job bought, configured, checked and started, with every step immediate. */
    private static String running(Emulator emulator) throws TencentCloudSDKException {
        emulator.engine().progressions().set(ProgressionSetting.global(ProgressionMode.IMMEDIATE));
        DtsClient dts = dts(emulator);
        String id = dts.CreateSyncJob(purchase("PostPay")).getJobIds()[0];
        dts.ConfigureSyncJob(configuration(id));
        dts.CreateCheckSyncJob(forJob(new CreateCheckSyncJobRequest(), id));
        dts.StartSyncJob(forJob(new StartSyncJobRequest(), id));
        assertEquals("Running", describe(dts, id).getStatus());
        return id;
    }

    private static DescribeSyncJobsRequest jobRequest(String id) {
        DescribeSyncJobsRequest request = new DescribeSyncJobsRequest();
        request.setJobId(id);
        return request;
    }

    private static SyncJobInfo describe(DtsClient dts, String id) throws TencentCloudSDKException {
        return dts.DescribeSyncJobs(jobRequest(id)).getJobList()[0];
    }
}
