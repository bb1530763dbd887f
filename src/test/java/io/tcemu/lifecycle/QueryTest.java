package io.tcemu.lifecycle;

import static io.tcemu.lifecycle.EngineFixture.DAY;
import static io.tcemu.lifecycle.EngineFixture.HERE;
import static io.tcemu.lifecycle.EngineFixture.sync;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tcemu.store.ResourceQuery;
import io.tcemu.store.Sort;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Lists answered by the store: what is due is settled first, and reading writes nothing else. */
class QueryTest {
    private final EngineFixture f = new EngineFixture();

    @AfterEach
    void close() {
        f.close();
    }

    private static ResourceQuery status(String... statuses) {
        return ResourceQuery.all(HERE, "dts.SyncJob").inStates("Status", Set.of(statuses)).orderedBy(Sort.creation(true)).page(0, 20);
    }

    private long version(String id) {
        return f.store.find(sync(id)).orElseThrow().version();
    }

    @Test
    void aFilterOnStateSeesTransitionsThatCameDueWhileNobodyRead() {
        f.createSync("sync-00000001", "Running");
        f.createSync("sync-00000002", "Running");
        f.engine.apply(sync("sync-00000001"), "PauseSyncJob");
        f.advanceSeconds(3 + 7 * DAY);

        LifecycleEngine.Page failed = f.engine.query(status("Failed"));

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

        f.engine.query(status("Running", "Paused"));
        f.engine.list(HERE, "dts.SyncJob");
        f.engine.get(sync("sync-00000001"));
        f.advanceSeconds(DAY);
        f.engine.query(status("Running"));

        assertEquals(before1, version("sync-00000001"));
        assertEquals(before2, version("sync-00000002"));
    }

    @Test
    void aReadsProgressionIsCountedOncePerList() {
        f.engine.progressions().set(new ProgressionSetting("dts.SyncJob", "PauseSyncJob", ProgressionMode.READS, null, 2));
        f.createSync("sync-00000001", "Running");
        f.engine.apply(sync("sync-00000001"), "PauseSyncJob");

        assertEquals("Pausing", f.engine.query(status("Pausing", "Paused")).items().get(0).state("Status"));
        assertEquals("Paused", f.engine.query(status("Pausing", "Paused")).items().get(0).state("Status"));
    }

    @Test
    void aRowReadAgainIsObservedAtTheNewMomentAndAChangedRowIsReadAfresh() {
        f.createSync("sync-00000001", "Running");
        Resource first = f.engine.query(status("Running")).items().get(0);
        f.advanceSeconds(60);
        Resource later = f.engine.query(status("Running", "Pausing")).items().get(0);
        assertEquals(60, later.observedAt().getEpochSecond() - first.observedAt().getEpochSecond());
        assertEquals(first.version(), later.version());

        f.engine.apply(sync("sync-00000001"), "PauseSyncJob");
        Resource changed = f.engine.query(status("Running", "Pausing")).items().get(0);
        assertEquals("Pausing", changed.state("Status"));
        assertEquals(first.version() + 1, changed.version());
    }
}
