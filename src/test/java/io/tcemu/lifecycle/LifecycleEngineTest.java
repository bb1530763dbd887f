package io.tcemu.lifecycle;

import io.tcemu.api.Language;
import static io.tcemu.lifecycle.EngineFixture.HERE;
import static io.tcemu.lifecycle.EngineFixture.START;
import static io.tcemu.lifecycle.EngineFixture.json;
import static io.tcemu.lifecycle.EngineFixture.migration;
import static io.tcemu.lifecycle.EngineFixture.postPaySync;
import static io.tcemu.lifecycle.EngineFixture.refused;
import static io.tcemu.lifecycle.EngineFixture.sync;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tcemu.api.ApiError;
import io.tcemu.store.ResourceKey;
import io.tcemu.store.Scope;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LifecycleEngineTest {
    private final EngineFixture f = new EngineFixture();
    private final LifecycleEngine engine = f.engine;

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void newJobStartsInTheInitialStatesWithItsAttributes() {
        engine.create(sync("sync-00000001"), json("{'PayMode':'PostPay','JobName':'orders'}"));

        Resource job = engine.get(sync("sync-00000001"));
        assertEquals(Map.of("Status", "UnInitialized", "TradeStatus", "Normal", "OptObjStatus", "Normal"), job.states());
        assertEquals("orders", job.attributes().get("JobName").asText());
        assertEquals(START, job.createdAt());
        assertEquals(START, job.since().get("Status"));
    }

    @Test
    void initialStatesCanBeOverriddenButOnlyWithRealStates() {
        Resource free = engine.create(sync("sync-free0001"), postPaySync(), Map.of("TradeStatus", "NotBilled"));
        assertEquals("NotBilled", free.state("TradeStatus"));

        ApiError e = refused("InvalidParameterValue",
                () -> engine.create(sync("sync-bad00001"), postPaySync(), Map.of("Status", "Sleeping")));
        assertTrue(e.getMessage().contains("Sleeping"), e.getMessage());
    }

    @Test
    void creatingAnExistingIdIsRefused() {
        engine.create(sync("sync-00000001"), postPaySync());
        refused("ResourceInUse", () -> engine.create(sync("sync-00000001"), postPaySync()));
    }

    @Test
    void aJobIsOnlyVisibleInItsOwnAccountAndRegion() {
        engine.create(sync("sync-00000001"), postPaySync());

        ApiError e = refused("ResourceNotFound.ResourceNotFoundError",
                () -> engine.get(new ResourceKey(Scope.of("100001", "ap-shanghai"), "dts.SyncJob", "sync-00000001")));
        assertTrue(e.getMessage().contains("sync-00000001") && e.getMessage().contains("ap-shanghai"), e.getMessage());
        refused("ResourceNotFound.ResourceNotFoundError",
                () -> engine.apply(new ResourceKey(Scope.of("100002", "ap-guangzhou"), "dts.SyncJob", "sync-00000001"), "PauseSyncJob"));
        assertEquals(List.of(), engine.list(Scope.of("100002", "ap-guangzhou"), "dts.SyncJob"));
    }

    @Test
    void aNotFoundMessageNamesOnlyTheScopePartsTheCallHad() {
        ApiError regionless = refused("ResourceNotFound.ResourceNotFoundError",
                () -> engine.get(new ResourceKey(Scope.of("100001", ""), "dts.SyncJob", "sync-00000009")));
        assertEquals("Sync job sync-00000009 does not exist in this account.", regionless.getMessage());
        assertEquals("同步任务 sync-00000009 在本账号中不存在。", regionless.message(Language.ZH_CN));
        ApiError nested = refused("ResourceNotFound.ResourceNotFoundError",
                () -> engine.get(new ResourceKey(new Scope("100001", "ap-guangzhou", "p-1"), "dts.SyncJob", "sync-00000009")));
        assertEquals("Sync job sync-00000009 does not exist in namespace p-1, region ap-guangzhou of this account.",
                nested.getMessage());
    }

    @Test
    void missingMigrationJobGetsTheCodeItsActionDocuments() {
        refused("ResourceNotFound.JobNotExist", () -> engine.apply(migration("dts-00000000"), "StartMigrateJob"));
        refused("ResourceNotFound.ResourceNotFoundError", () -> engine.apply(migration("dts-00000000"), "PauseMigrateJob"));
        refused("ResourceNotFound.ResourceNotFoundError", () -> engine.get(migration("dts-00000000")));
    }

    @Test
    void listReturnsTheScopesJobsOldestFirst() {
        engine.create(sync("sync-bbbbbbbb"), postPaySync());
        engine.create(sync("sync-aaaaaaaa"), postPaySync());
        engine.create(new ResourceKey(Scope.of("100001", "ap-beijing"), "dts.SyncJob", "sync-cccccccc"), postPaySync());
        engine.create(migration("dts-dddddddd"), json("{}"));

        assertEquals(List.of("sync-bbbbbbbb", "sync-aaaaaaaa"),
                engine.list(HERE, "dts.SyncJob").stream().map(Resource::id).toList());
    }

    @Test
    void anOperationMovesThroughItsTransientStateAndSettlesWithTime() {
        f.createSync("sync-00000001", "Running");

        Resource pausing = engine.apply(sync("sync-00000001"), "PauseSyncJob");
        assertEquals("Pausing", pausing.state("Status"));
        assertEquals("PauseSyncJob", pausing.pending("Status").orElseThrow().operation());

        f.advanceSeconds(2);
        assertEquals("Pausing", engine.get(sync("sync-00000001")).state("Status"));
        f.advanceSeconds(1);
        Resource paused = engine.get(sync("sync-00000001"));
        assertEquals("Paused", paused.state("Status"));
        assertTrue(paused.pending().isEmpty());
        assertEquals(START.plusSeconds(3), paused.since().get("Status"), "settled when it was due, not when read");
    }

    @Test
    void aRefusedOperationSaysWhyAndLeavesTheJobUntouched() {
        Resource before = f.createSync("sync-00000001", "Paused");

        ApiError e = refused("OperationDenied.OperationDeniedError", () -> engine.apply(sync("sync-00000001"), "PauseSyncJob"));

        assertEquals("Sync job sync-00000001 has Status `Paused`, TradeStatus `Normal`; PauseSyncJob is allowed only when"
                + " Status is `Running` and TradeStatus is one of `Normal`, `NotBilled`.", e.message(Language.EN_US));
        assertTrue(e.message(Language.ZH_CN).startsWith("同步任务 sync-00000001 当前 Status 为 `Paused`"), e.message(Language.ZH_CN));
        Resource after = engine.get(sync("sync-00000001"));
        assertEquals(before.version(), after.version());
        assertEquals(before.states(), after.states());
    }

    @Test
    void aRefusalNamesTheAttributeConditionsToo() {
        engine.create(sync("sync-00000001"), json("{'PayMode':'PrePay','AutoRenew':0}"));

        ApiError e = refused("UnsupportedOperation.UnsupportedOperationError",
                () -> engine.apply(sync("sync-00000001"), "ResizeSyncJob"));
        assertTrue(e.getMessage().contains("PayMode `PrePay`") && e.getMessage().contains("PayMode is `PostPay`"), e.getMessage());
    }

    @Test
    void aMissingAttributeMeetsNoCondition() {
        engine.create(migration("dts-00000001"), json("{}"), Map.of("TradeStatus", "isolated"));

        ApiError e = refused("FailedOperation", () -> engine.apply(migration("dts-00000001"), "RecoverMigrateJob"));
        assertTrue(e.getMessage().contains("TradeInfo.IsolateReason not set"), e.getMessage());
    }

    @Test
    void attributeChangesAreAppliedOnlyWhereTheOperationIsAllowed() {
        f.createSync("sync-00000001", "Running");
        engine.apply(sync("sync-00000001"), "ModifySyncRateLimit", a -> a.put("DumpThread", 8));
        assertEquals(8, engine.get(sync("sync-00000001")).attributes().get("DumpThread").asInt());

        f.createSync("sync-00000002", "Stopped");
        refused("FailedOperation",
                () -> engine.apply(sync("sync-00000002"), "ModifySyncRateLimit", a -> a.put("DumpThread", 8)));
        assertTrue(engine.get(sync("sync-00000002")).attributes().path("DumpThread").isMissingNode());
    }

    @Test
    void attributeChangesAndTheStateChangeAreOneWrite() {
        f.createSync("sync-00000001", "UnInitialized");

        Resource configured = engine.apply(sync("sync-00000001"), "ConfigureSyncJob", a -> a.put("SrcAccessType", "cdb"));

        Resource stored = engine.get(sync("sync-00000001"));
        assertEquals("Initialized", stored.state("Status"));
        assertEquals("cdb", stored.attributes().get("SrcAccessType").asText());
        assertEquals(configured.version(), stored.version());
    }

    @Test
    void aHandlerThatFailsHalfWayChangesNothing() {
        f.createSync("sync-00000001", "Running");

        assertThrows(IllegalStateException.class, () -> engine.apply(sync("sync-00000001"), "ModifySyncRateLimit", a -> {
            a.put("DumpThread", 8);
            throw new IllegalStateException("handler bug");
        }));
        assertTrue(engine.get(sync("sync-00000001")).attributes().path("DumpThread").isMissingNode());
    }

    @Test
    void changingAReturnedResourceChangesNothingStored() {
        Resource job = engine.create(sync("sync-00000001"), postPaySync());
        job.attributes().put("PayMode", "PrePay");
        assertEquals("PostPay", engine.get(sync("sync-00000001")).attributes().get("PayMode").asText());
    }

    @Test
    void allowedOperationsFollowTheCurrentState() {
        Resource running = f.createSync("sync-00000001", "Running");
        assertEquals(List.of("StopSyncJob", "PauseSyncJob", "ModifySyncJobConfig", "ModifySyncRateLimit",
                "CreateSyncCompareTask", "IsolateSyncJob", "ResizeSyncJob"), running.allowedOperations());

        Resource isolated = engine.create(sync("sync-00000002"), postPaySync(), Map.of("TradeStatus", "Isolated"));
        assertEquals(List.of("RecoverSyncJob", "DestroySyncJob"), isolated.allowedOperations());
    }

    @Test
    void automaticOperationsCannotBeAppliedByHand() {
        engine.create(migration("dts-00000001"), json("{}"), Map.of("Status", "running"));
        assertThrows(IllegalArgumentException.class, () -> engine.apply(migration("dts-00000001"), "FullMigration"));
    }

    @Test
    void destroyingAnIsolatedJobMakesItDisappear() {
        engine.create(sync("sync-00000001"), postPaySync(), Map.of("TradeStatus", "Isolated"));

        assertEquals("Offlining", engine.apply(sync("sync-00000001"), "DestroySyncJob").state("TradeStatus"));
        f.advanceSeconds(3);

        refused("ResourceNotFound.ResourceNotFoundError", () -> engine.get(sync("sync-00000001")));
        assertEquals(List.of(), engine.list(HERE, "dts.SyncJob"));
    }

    @Test
    void isolatingAFreeJobDeletesItThroughOfflining() {
        engine.create(sync("sync-00000001"), postPaySync(), Map.of("TradeStatus", "NotBilled", "Status", "Running"));

        assertEquals("Offlining", engine.apply(sync("sync-00000001"), "IsolateSyncJob").state("TradeStatus"));
        f.advanceSeconds(3);
        refused("ResourceNotFound.ResourceNotFoundError", () -> engine.get(sync("sync-00000001")));
    }

    @Test
    void aMigrationRunsToReadyCompleteThenCompletes() {
        engine.create(migration("dts-00000001"), json("{'MigrateOption':{'MigrateType':'fullAndIncrement'},'TradeInfo':{'PayType':'postpay'}}"),
                Map.of("Status", "checkPass"));

        assertEquals("readyRun", engine.apply(migration("dts-00000001"), "StartMigrateJob").state("Status"));
        f.advanceSeconds(5);
        Resource running = engine.get(migration("dts-00000001"));
        assertEquals("running", running.state("Status"));
        assertEquals("FullMigration", running.pending("Status").orElseThrow().operation());
        assertEquals(List.of("StopMigrateJob", "PauseMigrateJob", "ModifyMigrateRateLimit", "CreateCompareTask", "ModifyMigrateName",
                "ModifyMigrateRuntimeAttribute", "IsolateMigrateJob", "ModifyMigrateJobSpec"), running.allowedOperations());

        f.advanceSeconds(20);
        assertEquals("readyComplete", engine.get(migration("dts-00000001")).state("Status"));
        engine.apply(migration("dts-00000001"), "CompleteMigrateJob");
        f.advanceSeconds(3);
        assertEquals("success", engine.get(migration("dts-00000001")).state("Status"));
    }

    @Test
    void aFullOnlyMigrationSucceedsByItself() {
        engine.create(migration("dts-00000001"), json("{'MigrateOption':{'MigrateType':'full'}}"), Map.of("Status", "checkPass"));
        engine.apply(migration("dts-00000001"), "StartMigrateJob");

        f.advanceSeconds(25);

        assertEquals("success", engine.get(migration("dts-00000001")).state("Status"));
    }

    @Test
    void pausingAMigrationStopsItsProgressAndContinuingRestartsIt() {
        engine.create(migration("dts-00000001"), json("{}"), Map.of("Status", "running"));
        f.advanceSeconds(15);
        engine.apply(migration("dts-00000001"), "PauseMigrateJob");
        f.advanceSeconds(3);
        assertEquals("manualPaused", engine.get(migration("dts-00000001")).state("Status"));

        f.advanceSeconds(60);
        assertEquals("manualPaused", engine.get(migration("dts-00000001")).state("Status"));
        engine.apply(migration("dts-00000001"), "ContinueMigrateJob");
        f.advanceSeconds(3 + 19);
        assertEquals("running", engine.get(migration("dts-00000001")).state("Status"));
        f.advanceSeconds(1);
        assertEquals("readyComplete", engine.get(migration("dts-00000001")).state("Status"));
    }

    @Test
    void stepProgressFollowsElapsedTime() {
        engine.create(sync("sync-00000001"), postPaySync(), Map.of("Status", "Initialized"));
        engine.apply(sync("sync-00000001"), "CreateCheckSyncJob");
        f.clock.advance(Duration.ofMillis(3500));

        StepProgress p = engine.get(sync("sync-00000001")).progress().orElseThrow();

        assertEquals("CreateCheckSyncJob", p.operation());
        assertEquals(14, p.steps().size());
        assertEquals(4, p.currentStep());
        assertEquals(25, p.percent());
        assertEquals(StepProgress.StepState.FINISHED, p.steps().get(2).state());
        assertEquals(new StepProgress.StepStatus(4, "SrcPrivilegeCheck", "源实例权限检查", StepProgress.StepState.RUNNING, 50),
                p.steps().get(3));
        assertEquals(StepProgress.StepState.NOT_STARTED, p.steps().get(4).state());
    }

    @Test
    void noProgressWhenNothingIsInFlight() {
        assertTrue((f.createSync("sync-00000001", "Running")).progress().isEmpty());
    }

    @Test
    void aStateWithStepsReportsThemTimedFromItsEntryAndItsLastStepLastsAsLongAsTheState() {
        f.createSync("sync-00000001", "Running");
        f.clock.advance(Duration.ofMillis(4500));

        StepProgress p = engine.get(sync("sync-00000001")).progressIn("Status").orElseThrow();

        assertEquals("Running", p.operation());
        assertEquals(2, p.currentStep());
        assertEquals(37, p.percent());
        assertEquals(List.of("schema-init", "dumper", "loader", "sinker"), p.steps().stream().map(StepProgress.StepStatus::id).toList());
        assertEquals(new StepProgress.StepStatus(2, "dumper", "全量导出", StepProgress.StepState.RUNNING, 50), p.steps().get(1));
        assertEquals(StepProgress.StepState.NOT_STARTED, p.steps().get(3).state());

        f.advanceSeconds(30 * 86400);
        StepProgress later = engine.get(sync("sync-00000001")).progressIn("Status").orElseThrow();
        assertEquals(4, later.currentStep());
        assertEquals(100, later.percent());
        assertEquals(StepProgress.StepState.FINISHED, later.steps().get(2).state());
        assertEquals(StepProgress.StepState.RUNNING, later.steps().get(3).state());
    }

    @Test
    void progressOnOneDimensionIsWhatIsInFlightThereWhateverElseIs() {
        f.createSync("sync-00000001", "Running");
        engine.apply(sync("sync-00000001"), "ModifySyncJobConfig");
        engine.apply(sync("sync-00000001"), "CreateModifyCheckSyncJob");
        engine.apply(sync("sync-00000001"), "PauseSyncJob");
        f.advanceSeconds(2);
        Resource job = engine.get(sync("sync-00000001"));

        assertEquals("PauseSyncJob", job.progress().orElseThrow().operation());
        StepProgress check = job.progressIn("OptObjStatus").orElseThrow();
        assertEquals("CreateModifyCheckSyncJob", check.operation());
        assertEquals(15, check.steps().size());
        assertEquals(3, check.currentStep());
        assertTrue(job.progressIn("TradeStatus").isEmpty());
    }

    @Test
    void resetForgetsEverything() {
        f.createSync("sync-00000001", "Running");
        engine.faults().add(new Fault("dts", "StartSyncJob", null, Fault.Outcome.FAIL));
        f.progression(ProgressionMode.HELD);
        f.clock.advance(Duration.ofDays(1));

        engine.reset();

        assertEquals(List.of(), engine.list(HERE, "dts.SyncJob"));
        assertEquals(List.of(), engine.faults().list());
        assertEquals(List.of(), engine.progressions().list());
        assertEquals(Duration.ZERO, f.clock.reading().offset());
    }
}
