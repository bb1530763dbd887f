package io.tcemu.lifecycle;

import static io.tcemu.lifecycle.EngineFixture.HERE;
import static io.tcemu.lifecycle.EngineFixture.sync;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tcemu.store.ResourceQuery;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Lists answered by the store: what is due is settled first, and reading writes nothing else. */
class QueryTest {
    private static final long DAY = 86_400;
    private final EngineFixture f = new EngineFixture();
    private final LifecycleEngine engine = f.engine;

    @AfterEach
    void close() {
        f.close();
    }

    private static ResourceQuery status(String... statuses) {
        return new ResourceQuery(HERE, "dts.SyncJob", null, Map.of("Status", Set.of(statuses)), null, true, 0, 20);
    }

    private long version(String id) {
        return f.store.find(sync(id)).orElseThrow().version();
    }

    @Test
    void aFilterOnStateSeesTransitionsThatCameDueWhileNobodyRead() {
        f.createSync("sync-00000001", "Running");
        f.createSync("sync-00000002", "Running");
        engine.apply(sync("sync-00000001"), "PauseSyncJob");
        f.advanceSeconds(3 + 7 * DAY);

        LifecycleEngine.Page failed = engine.query(status("Failed"));

        assertEquals(List.of("sync-00000001"), failed.items().stream().map(Resource::id).toList());
        assertEquals(1, failed.total());
        assertEquals("Failed", failed.items().get(0).state("Status"));
    }

    @Test
    void readingWhatHasNothingDueWritesNothing() {
        f.createSync("sync-00000001", "Running");
        f.createSync("sync-00000002", "Paused");
        long before1 = version("sync-00000001");
        long before2 = version("sync-00000002");

        engine.query(status("Running", "Paused"));
        engine.list(HERE, "dts.SyncJob");
        engine.get(sync("sync-00000001"));
        f.advanceSeconds(DAY);
        engine.query(status("Running"));

        assertEquals(before1, version("sync-00000001"));
        assertEquals(before2, version("sync-00000002"));
    }

    @Test
    void aReadsProgressionIsCountedOncePerList() {
        engine.progressions().set(new ProgressionSetting("dts.SyncJob", "PauseSyncJob", ProgressionMode.READS, null, 2));
        f.createSync("sync-00000001", "Running");
        engine.apply(sync("sync-00000001"), "PauseSyncJob");

        assertEquals("Pausing", engine.query(status("Pausing", "Paused")).items().get(0).state("Status"));
        assertEquals("Paused", engine.query(status("Pausing", "Paused")).items().get(0).state("Status"));
    }
}
