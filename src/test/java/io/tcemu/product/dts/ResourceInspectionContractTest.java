package io.tcemu.product.dts;

import com.tencentcloudapi.dts.v20211206.DtsClient;
import com.tencentcloudapi.dts.v20211206.models.CreateCheckSyncJobRequest;
import com.tencentcloudapi.dts.v20211206.models.StartSyncJobRequest;
import io.tcemu.RawCalls;
import io.tcemu.admin.ResourceInspector;
import io.tcemu.admin.ResourceView;
import io.tcemu.junit.Tcemu;
import io.tcemu.junit.TcemuTest;
import io.tcemu.lifecycle.ProgressionMode;
import io.tcemu.lifecycle.ProgressionSetting;
import io.tcemu.store.HistoryEntry;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static io.tcemu.product.dts.SyncJobSteps.configuration;
import static io.tcemu.product.dts.SyncJobSteps.forJob;
import static io.tcemu.product.dts.SyncJobSteps.purchase;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** A job's states, operation in flight and history as GET /_tcemu/resources and the Java handle show them. */
@TcemuTest(frozenClock = true)
class ResourceInspectionContractTest {

    @Test
    void showsTheOperationInFlightWhenItSettlesAndTheCallsBehindEachTransition(DtsClient dts, Tcemu tc) throws Exception {
        String id = dts.CreateSyncJob(purchase("PostPay")).getJobIds()[0];
        dts.ConfigureSyncJob(configuration(id));
        String check = dts.CreateCheckSyncJob(forJob(new CreateCheckSyncJobRequest(), id)).getRequestId();
        Instant checkedAt = tc.clock().now();
        RawCalls raw = new RawCalls(tc.emulator());

        raw.plain().get("/_tcemu/resources/" + id).then().statusCode(200)
                .body("kind", equalTo("dts.SyncJob")).body("account", equalTo("100000000001"))
                .body("region", equalTo("ap-guangzhou")).body("states.Status", equalTo("Checking"))
                .body("pending[0].operation", equalTo("CreateCheckSyncJob"))
                .body("pending[0].settlesAt", equalTo(checkedAt.plusSeconds(14).toString()))
                .body("allowedOperations", hasItem("IsolateSyncJob"))
                .body("history.operation", contains("create", "create", "create", "ConfigureSyncJob", "CreateCheckSyncJob"));

        tc.advance(Duration.ofSeconds(14));
        ResourceView view = tc.resource(id).orElseThrow();
        assertEquals("CheckPass", view.state("Status"));
        assertEquals(List.of(), view.pending());
        HistoryEntry passed = view.history().get(view.history().size() - 1);
        assertEquals(List.of("Checking", "CheckPass", "CreateCheckSyncJob"), List.of(passed.from(), passed.to(), passed.operation()));
        assertEquals(check, passed.requestId(), "the check call caused its end too");
        assertEquals(checkedAt.plusSeconds(14), passed.at());

        raw.plain().get("/_tcemu/resources?product=dts&state=CheckPass").then().statusCode(200)
                .body("count", equalTo(1)).body("resources[0].id", equalTo(id));
        raw.plain().get("/_tcemu/resources?kind=dts.SyncJob&region=ap-beijing").then().body("count", equalTo(0));
        raw.plain().get("/_tcemu/resources?product=redis").then().body("count", equalTo(0));
        assertEquals(1, tc.resources().list(new ResourceInspector.Filter("dts", null, "100000000001", null, null)).size());
    }

    @Test
    void inspectingIsNotReading(DtsClient dts, Tcemu tc) throws Exception {
        tc.progressions().set(ProgressionSetting.global(ProgressionMode.IMMEDIATE));
        String id = dts.CreateSyncJob(purchase("PostPay")).getJobIds()[0];
        dts.ConfigureSyncJob(configuration(id));
        dts.CreateCheckSyncJob(forJob(new CreateCheckSyncJobRequest(), id));
        tc.progressions().set(new ProgressionSetting("dts.SyncJob", "StartSyncJob", ProgressionMode.READS, null, 1));
        dts.StartSyncJob(forJob(new StartSyncJobRequest(), id));

        for (int i = 0; i < 3; i++) {
            new RawCalls(tc.emulator()).plain().get("/_tcemu/resources/" + id).then()
                    .body("states.Status", equalTo("ReadyRunning")).body("pending[0].mode", equalTo("reads"));
        }
        assertEquals("ReadyRunning", tc.resource(id).orElseThrow().state("Status"));
    }

    @Test
    void unknownIdsAndFiltersAreAnsweredPlainly(Tcemu tc) {
        RawCalls raw = new RawCalls(tc.emulator());
        raw.plain().get("/_tcemu/resources/sync-nothere0").then().statusCode(404)
                .body("error", containsString("sync-nothere0"));
        raw.plain().get("/_tcemu/resources?status=Running").then().statusCode(400)
                .body("error", containsString("status"));
    }
}
