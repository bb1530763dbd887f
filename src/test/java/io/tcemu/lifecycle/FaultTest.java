package io.tcemu.lifecycle;

import static io.tcemu.lifecycle.EngineFixture.json;
import static io.tcemu.lifecycle.EngineFixture.migration;
import static io.tcemu.lifecycle.EngineFixture.refused;
import static io.tcemu.lifecycle.EngineFixture.sync;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.tcemu.api.ApiError;
import io.tcemu.store.ResourceKey;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FaultTest {
    private final EngineFixture f = new EngineFixture();
    private final LifecycleEngine engine = f.engine;

    @BeforeEach
    void immediate() {
        f.progression(ProgressionMode.IMMEDIATE);
    }

    @AfterEach
    void close() {
        f.close();
    }

    private static Fault fail(String action, String resourceId) {
        return new Fault("dts", action, resourceId, Fault.Outcome.FAIL);
    }

    @Test
    void theNextMatchingOperationEndsInItsFailureStateAndOnlyThatOne() throws Exception {
        engine.faults().add(new ObjectMapper().readValue(
                "{\"product\":\"dts\",\"action\":\"CreateCheckSyncJob\",\"outcome\":\"fail\"}", Fault.class));
        f.createSync("sync-00000001", "Initialized");
        f.createSync("sync-00000002", "Initialized");

        assertEquals("CheckNotPass", engine.apply(sync("sync-00000001"), "CreateCheckSyncJob").state("Status"));
        assertEquals("CheckPass", engine.apply(sync("sync-00000002"), "CreateCheckSyncJob").state("Status"));
        assertEquals(List.of(), engine.faults().list());
    }

    @Test
    void aFaultForOneResourceWaitsForThatResource() {
        engine.faults().add(fail("StartSyncJob", "sync-00000002"));
        f.createSync("sync-00000001", "CheckPass");
        f.createSync("sync-00000002", "CheckPass");

        assertEquals("Running", engine.apply(sync("sync-00000001"), "StartSyncJob").state("Status"));
        assertEquals("Failed", engine.apply(sync("sync-00000002"), "StartSyncJob").state("Status"));
    }

    @Test
    void aFailedCheckCanBeRetried() {
        engine.faults().add(fail("CreateMigrateCheckJob", null));
        engine.create(migration("dts-00000001"), json("{'ConfiguredByModifyMigrationJob':true}"));

        assertEquals("checkNotPass", engine.apply(migration("dts-00000001"), "CreateMigrateCheckJob").state("Status"));
        assertEquals("checkPass", engine.apply(migration("dts-00000001"), "CreateMigrateCheckJob").state("Status"));
    }

    @Test
    void aFaultIsNotConsumedByARefusedOperation() {
        engine.faults().add(fail("StartSyncJob", null));
        f.createSync("sync-00000001", "Running");

        refused("OperationDenied.OperationDeniedError", () -> engine.apply(sync("sync-00000001"), "StartSyncJob"));
        assertEquals(1, engine.faults().list().size());
    }

    @Test
    void anAutomaticOperationCanBeFailedToo() {
        engine.faults().add(fail("FullMigration", null));
        engine.create(migration("dts-00000001"), json("{}"), Map.of("Status", "checkPass"));

        assertEquals("error", engine.apply(migration("dts-00000001"), "StartMigrateJob").state("Status"));
    }

    @Test
    void anErrorOutcomeEndsInTheErrorStateAndTheMessageIsKept() throws Exception {
        engine.faults().add(new ObjectMapper().readValue("{\"product\":\"redis\",\"action\":\"ClearInstance\","
                + "\"outcome\":\"error\",\"message\":\"flush timed out on shard 2\"}", Fault.class));
        engine.faults().add(new Fault("redis", "ClearInstance", null, Fault.Outcome.FAIL));
        ResourceKey first = new ResourceKey(EngineFixture.HERE, "redis.Task", "1");
        ResourceKey second = new ResourceKey(EngineFixture.HERE, "redis.Task", "2");

        Resource errored = engine.create(first, json("{'Action':'ClearInstance'}"));
        Resource failed = engine.create(second, json("{'Action':'ClearInstance'}"));

        assertEquals("error", errored.state("Status"));
        OperationRun run = engine.get(first).lastRun("ClearInstance").orElseThrow();
        assertEquals(List.of(OperationRun.Outcome.ERRORED, "flush timed out on shard 2"), List.of(run.outcome(), run.message()),
                "read back from the store");
        assertEquals("failed", failed.state("Status"));
        run = engine.get(second).lastRun("ClearInstance").orElseThrow();
        assertEquals(List.of(OperationRun.Outcome.FAILED, "ClearInstance failed: a fault injected through /_tcemu/faults."),
                List.of(run.outcome(), run.message()));
        assertNull(engine.create(new ResourceKey(EngineFixture.HERE, "redis.Task", "3"), json("{'Action':'ClearInstance'}"))
                .lastRun("ClearInstance").orElseThrow().message(), "a run no fault claimed has no message");
    }

    @Test
    void anErrorOutcomeNeedsAnOperationWithAnErrorState() {
        ApiError e = refused("InvalidParameterValue",
                () -> engine.faults().add(new Fault("dts", "StartSyncJob", null, Fault.Outcome.ERROR)));
        assertTrue(e.getMessage().contains("outcome error apply to: []"), e.getMessage());
    }

    @Test
    void aScenarioOutcomeEndsTheRunAsItsLifecycleFileDeclares() throws Exception {
        engine.faults().add(new ObjectMapper().readValue(
                "{\"product\":\"dts\",\"action\":\"StartCompare\",\"outcome\":\"inconsistent\"}", Fault.class));
        ResourceKey different = new ResourceKey(EngineFixture.HERE, "dts.CompareTask", "dts-00000001-cmp-00000001");
        ResourceKey same = new ResourceKey(EngineFixture.HERE, "dts.CompareTask", "dts-00000001-cmp-00000002");
        engine.create(different, json("{'JobId':'dts-00000001'}"));
        engine.create(same, json("{'JobId':'dts-00000001'}"));

        Resource ended = engine.apply(different, "StartCompare");
        assertEquals(List.of("success", "different"), List.of(ended.state("Status"), ended.attributes().path("Conclusion").asText()));
        assertEquals(OperationRun.Outcome.SETTLED, ended.lastRun("StartCompare").orElseThrow().outcome());
        Resource consistent = engine.apply(same, "StartCompare");
        assertEquals(List.of("success", false), List.of(consistent.state("Status"), consistent.attributes().has("Conclusion")),
                "the fault was taken by the first run only");
    }

    @Test
    void aScenarioNoTransitionDeclaresIsRefusedNamingWhereItApplies() {
        ApiError e = refused("InvalidParameterValue",
                () -> engine.faults().add(new Fault("dts", "CreateCheckSyncJob", null, Fault.Outcome.named("inconsistent"))));
        assertTrue(e.getMessage().contains("has a scenario inconsistent") && e.getMessage().contains("StartCompare")
                && e.getMessage().contains("StartSyncCompare"), e.getMessage());
    }

    @Test
    void faultsOnOperationsThatCannotFailAreRefused() {
        ApiError e = refused("InvalidParameterValue", () -> engine.faults().add(fail("PauseSyncJob", null)));
        assertTrue(e.getMessage().contains("CreateCheckSyncJob"), e.getMessage());
        refused("InvalidParameterValue", () -> engine.faults().add(new Fault("redis", "StartSyncJob", null, null)));
    }

    @Test
    void failingARunningJobPutsItInItsRecoverableErrorStateForAResume() {
        f.createSync("sync-00000001", "Running");

        assertEquals("ResumableErr", engine.fail("sync-00000001").state("Status"));
        assertEquals("Running", engine.apply(sync("sync-00000001"), "ResumeSyncJob").state("Status"));
    }

    @Test
    void aFailedMigrationGoesToErrorAndLosesItsRunInFlight() {
        engine.progressions().set(ProgressionSetting.global(ProgressionMode.TIME));
        engine.create(migration("dts-00000001"), json("{}"), Map.of("Status", "running"));

        Resource failed = engine.fail("dts-00000001");

        assertEquals("error", failed.state("Status"));
        assertTrue(failed.pending().isEmpty());
        f.advanceSeconds(3600);
        assertEquals("error", engine.get(migration("dts-00000001")).state("Status"));
    }

    @Test
    void onlyARunningJobCanBeFailed() {
        f.createSync("sync-00000001", "Paused");
        ApiError e = refused("FailedOperation", () -> engine.fail("sync-00000001"));
        assertTrue(e.getMessage().contains("`Running`"), e.getMessage());
        refused("ResourceNotFound", () -> engine.fail("sync-nothere0"));
    }
}
