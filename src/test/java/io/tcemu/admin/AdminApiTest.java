package io.tcemu.admin;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.restassured.specification.RequestSpecification;
import io.tcemu.Emulator;
import io.tcemu.EmulatorConfig;
import io.tcemu.RawCalls;
import io.tcemu.lifecycle.Resource;
import io.tcemu.store.ResourceKey;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The /_tcemu/* endpoints as a test harness calls them over HTTP. */
class AdminApiTest {
    private static final ResourceKey JOB = new ResourceKey(io.tcemu.store.Scope.of("100000000001", "ap-guangzhou"), "dts.SyncJob", "sync-admin01");
    private static Emulator emulator;
    private static RawCalls calls;

    @BeforeAll
    static void start() {
        emulator = Emulator.start(EmulatorConfig.ephemeral());
        calls = new RawCalls(emulator);
    }

    @AfterAll
    static void stop() {
        emulator.close();
    }

    @BeforeEach
    void reset() {
        admin().post("/_tcemu/reset").then().statusCode(200).body("reset", equalTo(true));
    }

    private static RequestSpecification admin() {
        return calls.plain().contentType("application/json");
    }

    @Test
    void theClockAdvancesFreezesAndShowsItsOffset() {
        admin().body("{\"frozen\": true}").post("/_tcemu/clock").then().statusCode(200).body("frozen", equalTo(true));
        long before = admin().get("/_tcemu/clock").then().extract().jsonPath().getLong("epochSeconds");
        admin().body("{\"seconds\": 604800}").post("/_tcemu/clock/advance").then().statusCode(200)
                .body("epochSeconds", equalTo((int) (before + 604800)))
                .body("offsetSeconds", greaterThan(604790));
        assertEquals(before + 604800, admin().get("/_tcemu/clock").then().extract().jsonPath().getLong("epochSeconds"),
                "frozen: no wall time passes");
    }

    @Test
    void badAdminBodiesAreExplained() {
        admin().body("{\"seconds\": \"soon\"}").post("/_tcemu/clock/advance").then().statusCode(400)
                .body("error", containsString("\"seconds\" must be a number"));
        admin().body("{\"seconds\": -5}").post("/_tcemu/clock/advance").then().statusCode(400)
                .body("error", containsString("only moves forward"));
        admin().body("{\"mode\": \"sometimes\"}").put("/_tcemu/progression").then().statusCode(400);
        admin().body("{\"mode\": \"reads\", \"seconds\": 3}").put("/_tcemu/progression").then().statusCode(400)
                .body("error", containsString("seconds"));
        admin().body("[1]").post("/_tcemu/faults").then().statusCode(400).body("error", containsString("JSON object"));
        admin().post("/_tcemu/resources/sync-nothere/release").then().statusCode(404);
        admin().get("/_tcemu/nothing").then().statusCode(404).body("error", containsString("README"));
    }

    @Test
    void progressionHeldUntilReleased() {
        admin().body("{\"mode\": \"held\"}").put("/_tcemu/progression").then().statusCode(200)
                .body("", hasSize(1)).body("[0].mode", equalTo("held"));
        emulator.engine().create(JOB, JsonNodeFactory.instance.objectNode());
        emulator.engine().apply(JOB, "ConfigureSyncJob");
        Resource checking = emulator.engine().apply(JOB, "CreateCheckSyncJob");
        assertEquals("Checking", checking.state("Status"));
        emulator.engine().clock().advance(java.time.Duration.ofDays(1));
        assertEquals("Checking", emulator.engine().get(JOB).state("Status"), "held: time alone does not settle it");

        admin().post("/_tcemu/resources/" + JOB.id() + "/release").then().statusCode(200)
                .body("states.Status", equalTo("CheckPass"))
                .body("lifecycle", equalTo("dts.SyncJob"));
    }

    @Test
    void aFaultMakesTheNextMatchingOperationFailAndResetForgetsEverything() {
        admin().body("{\"product\":\"dts\",\"action\":\"CreateCheckSyncJob\",\"outcome\":\"fail\"}").post("/_tcemu/faults")
                .then().statusCode(200).body("", hasSize(1));
        admin().body("{\"mode\": \"immediate\"}").put("/_tcemu/progression").then().statusCode(200);
        emulator.engine().create(JOB, JsonNodeFactory.instance.objectNode());
        emulator.engine().apply(JOB, "ConfigureSyncJob");
        assertEquals("CheckNotPass", emulator.engine().apply(JOB, "CreateCheckSyncJob").state("Status"));
        assertEquals("CheckPass", emulator.engine().apply(JOB, "CreateCheckSyncJob").state("Status"), "the fault was used up");

        admin().post("/_tcemu/reset").then().statusCode(200);
        admin().get("/_tcemu/faults").then().body("", hasSize(0));
        admin().get("/_tcemu/progression").then().body("", hasSize(0));
        assertEquals("ResourceNotFound.ResourceNotFoundError",
                assertThrows(io.tcemu.api.ApiError.class, () -> emulator.engine().get(JOB)).code());
    }

    @Test
    void failPutsARunningJobIntoItsRecoverableError() {
        admin().body("{\"mode\": \"immediate\"}").put("/_tcemu/progression").then().statusCode(200);
        emulator.engine().create(JOB, JsonNodeFactory.instance.objectNode());
        emulator.engine().apply(JOB, "ConfigureSyncJob");
        emulator.engine().apply(JOB, "CreateCheckSyncJob");
        emulator.engine().apply(JOB, "StartSyncJob");
        admin().post("/_tcemu/resources/" + JOB.id() + "/fail").then().statusCode(200)
                .body("states.Status", equalTo("ResumableErr"));
        admin().post("/_tcemu/resources/" + JOB.id() + "/fail").then().statusCode(400);
    }
}
