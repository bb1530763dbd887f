package io.tcemu.lifecycle;

import static io.tcemu.lifecycle.EngineFixture.START;
import static io.tcemu.lifecycle.EngineFixture.json;
import static io.tcemu.lifecycle.EngineFixture.migration;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tcemu.lifecycle.OperationRun.Outcome;
import io.tcemu.lifecycle.StepProgress.StepState;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The engine keeps how each operation's last run ended, so its steps stay visible after it left flight. */
class OperationRunTest {
    private final EngineFixture f = new EngineFixture();
    private final LifecycleEngine engine = f.engine;

    @AfterEach
    void close() {
        f.close();
    }

    private Resource job(String status, String migrateType) {
        return engine.create(migration("dts-00000001"),
                json("{'MigrateOption':{'MigrateType':'" + migrateType + "'},'ConfiguredByModifyMigrationJob':true}"), Map.of("Status", status));
    }

    @Test
    void aSettledRunKeepsItsTimesAndAllItsStepsFinished() {
        job("created", "full");
        engine.apply(migration("dts-00000001"), "CreateMigrateCheckJob");
        f.advanceSeconds(20);

        Resource checked = engine.get(migration("dts-00000001"));

        assertEquals("checkPass", checked.state("Status"));
        OperationRun run = checked.lastRun("CreateMigrateCheckJob").orElseThrow();
        assertEquals(Outcome.SETTLED, run.outcome());
        assertEquals(START, run.startedAt());
        assertEquals(START.plusSeconds(13), run.endedAt());
        StepProgress steps = checked.progressOf("CreateMigrateCheckJob").orElseThrow();
        assertEquals(100, steps.percent());
        assertTrue(steps.steps().stream().allMatch(s -> s.state() == StepState.FINISHED));
    }

    @Test
    void aFailedRunEndsAtItsLastStep() {
        job("created", "full");
        engine.faults().add(new Fault("dts", "CreateMigrateCheckJob", null, Fault.Outcome.FAIL));
        engine.apply(migration("dts-00000001"), "CreateMigrateCheckJob");
        f.advanceSeconds(13);

        Resource checked = engine.get(migration("dts-00000001"));

        assertEquals("checkNotPass", checked.state("Status"));
        assertEquals(Outcome.FAILED, checked.lastRun("CreateMigrateCheckJob").orElseThrow().outcome());
        assertEquals(13, checked.progressOf("CreateMigrateCheckJob").orElseThrow().currentStep());
    }

    @Test
    void anInterruptedRunKeepsHowFarItGotAndSurvivesTheStore() {
        job("running", "fullAndIncrement");
        f.advanceSeconds(15);
        engine.apply(migration("dts-00000001"), "PauseMigrateJob");

        Resource paused = engine.get(migration("dts-00000001"));

        OperationRun run = paused.lastRun("FullMigration").orElseThrow();
        assertEquals(Outcome.CANCELLED, run.outcome());
        assertEquals(0.75, run.fraction(), 1e-9);
        StepProgress steps = paused.progressOf("FullMigration").orElseThrow();
        assertEquals(2, steps.currentStep());
        assertEquals(new StepProgress.StepStatus(2, "loader", "数据导入", StepState.RUNNING, 50), steps.steps().get(1));
    }

    @Test
    void aRunInFlightIsReportedLiveAndAnOperationThatNeverRanHasNone() {
        Resource running = job("running", "full");
        f.advanceSeconds(5);

        assertEquals(25, engine.get(running.key()).progressOf("FullMigration").orElseThrow().percent());
        assertTrue(running.progressOf("CreateMigrateCheckJob").isEmpty());
        assertTrue(running.lastRun("FullMigration").isEmpty());
    }

    @Test
    void aNewRunReplacesThePreviousOne() {
        job("running", "fullAndIncrement");
        f.advanceSeconds(5);
        engine.apply(migration("dts-00000001"), "PauseMigrateJob");
        f.advanceSeconds(3);
        engine.apply(migration("dts-00000001"), "ContinueMigrateJob");
        f.advanceSeconds(3 + 20);

        Resource ready = engine.get(migration("dts-00000001"));

        assertEquals("readyComplete", ready.state("Status"));
        OperationRun run = ready.lastRun("FullMigration").orElseThrow();
        assertEquals(Outcome.SETTLED, run.outcome());
        assertEquals(START.plusSeconds(11), run.startedAt());
    }
}
