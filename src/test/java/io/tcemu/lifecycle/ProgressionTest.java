package io.tcemu.lifecycle;

import static io.tcemu.lifecycle.EngineFixture.refused;
import static io.tcemu.lifecycle.EngineFixture.sync;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ProgressionTest {
    private final EngineFixture f = new EngineFixture();
    private final LifecycleEngine engine = f.engine;

    @AfterEach
    void close() {
        f.close();
    }

    private String status(String id) {
        return engine.get(sync(id)).state("Status");
    }

    @Test
    void immediateSettlesInTheCallAndNeverShowsTheTransientState() {
        f.progression(ProgressionMode.IMMEDIATE);
        f.createSync("sync-00000001", "Running");

        Resource paused = engine.apply(sync("sync-00000001"), "PauseSyncJob");

        assertEquals("Paused", paused.state("Status"));
        assertTrue(paused.pending().isEmpty());
    }

    @Test
    void timeUsesTheLifecycleFileDurationUnlessTheSettingGivesOne() {
        f.createSync("sync-00000001", "Running");
        engine.apply(sync("sync-00000001"), "PauseSyncJob");
        f.advanceSeconds(3);
        assertEquals("Paused", status("sync-00000001"));

        engine.progressions().set(new ProgressionSetting("dts.SyncJob", null, ProgressionMode.TIME, 30, null));
        f.createSync("sync-00000002", "Running");
        engine.apply(sync("sync-00000002"), "PauseSyncJob");
        f.advanceSeconds(29);
        assertEquals("Pausing", status("sync-00000002"));
        f.advanceSeconds(1);
        assertEquals("Paused", status("sync-00000002"));
    }

    @Test
    void readsSettlesOnTheNthDescribe() {
        engine.progressions().set(new ProgressionSetting("dts.SyncJob", "PauseSyncJob", ProgressionMode.READS, null, 3));
        f.createSync("sync-00000001", "Running");
        engine.apply(sync("sync-00000001"), "PauseSyncJob");

        assertEquals("Pausing", status("sync-00000001"));
        assertEquals("Pausing", engine.list(EngineFixture.HERE, "dts.SyncJob").get(0).state("Status"));
        assertEquals("Paused", status("sync-00000001"));
    }

    @Test
    void readsReportsProgressByReadCount() {
        engine.progressions().set(new ProgressionSetting("dts.SyncJob", null, ProgressionMode.READS, null, 4));
        f.createSync("sync-00000001", "Initialized");
        engine.apply(sync("sync-00000001"), "CreateCheckSyncJob");

        Resource afterTwoReads = engine.get(sync("sync-00000001"));
        afterTwoReads = engine.get(sync("sync-00000001"));

        assertEquals(50, afterTwoReads.progress().orElseThrow().percent());
    }

    @Test
    void heldWaitsForAReleaseWhateverTheTime() {
        f.progression(ProgressionMode.HELD);
        f.createSync("sync-00000001", "Running");
        engine.apply(sync("sync-00000001"), "PauseSyncJob");
        f.advanceSeconds(86_400);
        assertEquals("Pausing", status("sync-00000001"));

        Resource released = engine.release("sync-00000001");

        assertEquals("Paused", released.state("Status"));
        assertEquals("Paused", status("sync-00000001"));
    }

    @Test
    void releasingWhatIsNotHeldSaysSo() {
        f.createSync("sync-00000001", "Running");
        refused("FailedOperation", () -> engine.release("sync-00000001"));
        refused("ResourceNotFound", () -> engine.release("sync-missing0"));
    }

    @Test
    void theMostSpecificSettingWins() {
        f.progression(ProgressionMode.IMMEDIATE);
        engine.progressions().set(new ProgressionSetting("dts.SyncJob", null, ProgressionMode.HELD, null, null));
        engine.progressions().set(new ProgressionSetting("dts.SyncJob", "PauseSyncJob", ProgressionMode.READS, null, 2));
        f.createSync("sync-00000001", "Running");
        f.createSync("sync-00000002", "Paused");

        assertEquals(ProgressionMode.READS, engine.apply(sync("sync-00000001"), "PauseSyncJob").pending("Status").orElseThrow().mode());
        assertEquals(ProgressionMode.HELD, engine.apply(sync("sync-00000002"), "ContinueSyncJob").pending("Status").orElseThrow().mode());
        Resource migration = engine.create(EngineFixture.migration("dts-00000001"), EngineFixture.json("{}"), Map.of("Status", "running"));
        assertEquals("readyComplete", migration.state("Status"), "the global setting, applied to the automatic run as well");
    }

    @Test
    void settingsReadFromTheAdminBodyFormat() throws Exception {
        ProgressionSetting s = new ObjectMapper().readValue(
                "{\"lifecycle\":\"dts.SyncJob\",\"operation\":\"StartSyncJob\",\"mode\":\"reads\",\"reads\":3}", ProgressionSetting.class);
        assertEquals(new ProgressionSetting("dts.SyncJob", "StartSyncJob", ProgressionMode.READS, null, 3), s);
    }

    @Test
    void settingsNamingNothingRealAreRefused() {
        refused("InvalidParameterValue", () -> engine.progressions().set(
                new ProgressionSetting("dts.Nope", null, ProgressionMode.HELD, null, null)));
        refused("InvalidParameterValue", () -> engine.progressions().set(
                new ProgressionSetting("dts.SyncJob", "PauseMigrateJob", ProgressionMode.HELD, null, null)));
        refused("InvalidParameterValue", () -> new ProgressionSetting(null, null, ProgressionMode.HELD, 3, null));
        refused("InvalidParameterValue", () -> new ProgressionSetting(null, null, null, null, null));
    }
}
