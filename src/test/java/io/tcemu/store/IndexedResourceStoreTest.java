package io.tcemu.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** Every store test against the in-memory index, and what writing through to an H2 file adds. */
class IndexedResourceStoreTest extends JdbcResourceStoreTest {
    private static final Scope HERE = Scope.of("100001", "ap-guangzhou");

    @Override
    ResourceStore open() {
        return IndexedResourceStore.inMemory();
    }

    private static StoredResource row(String id, long version, long dueAt) {
        var doc = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode().put("JobName", id);
        return new StoredResource(new ResourceKey(HERE, "dts.SyncJob", id), version, doc.deepCopy(), doc, dueAt);
    }

    @Test
    void anH2FileBehindItKeepsRowsOrderDueTimesAndSequencesAcrossRestarts(@TempDir Path dir) {
        String url = "jdbc:h2:file:" + dir.resolve("tcemu").toAbsolutePath();
        try (IndexedResourceStore first = IndexedResourceStore.over(JdbcResourceStore.h2(url))) {
            first.insert(row("sync-b", 1, 5_000));
            first.insert(row("sync-a", 1, StoredResource.NEVER_DUE));
            first.insert(row("sync-c", 1, StoredResource.NEVER_DUE));
            first.update(row("sync-c", 2, 7_000), 1);
            first.delete(new ResourceKey(HERE, "dts.SyncJob", "sync-a"), 1);
            first.nextNumber("redis.TaskId");
        }
        try (IndexedResourceStore second = IndexedResourceStore.over(JdbcResourceStore.h2(url))) {
            assertEquals(List.of("sync-b", "sync-c"), ids(second.list(HERE, "dts.SyncJob")));
            assertEquals(List.of("sync-b"), ids(second.due(HERE, "dts.SyncJob", 6_000)));
            assertEquals(2, second.find(new ResourceKey(HERE, "dts.SyncJob", "sync-c")).orElseThrow().version());
            assertEquals(2, second.nextNumber("redis.TaskId"));
            ResourcePage newest = second.query(syncJobs(true).page(0, 1));
            assertEquals(List.of("sync-c"), ids(newest.rows()));
            assertEquals(2, newest.total());
        }
    }

    @Test
    void aWriteTheFileRefusesIsNotShownEither(@TempDir Path dir) {
        String url = "jdbc:h2:file:" + dir.resolve("tcemu").toAbsolutePath();
        try (JdbcResourceStore other = JdbcResourceStore.h2(url + ";AUTO_SERVER=FALSE")) {
            other.insert(row("sync-1", 1, StoredResource.NEVER_DUE));
        }
        try (IndexedResourceStore store = IndexedResourceStore.over(JdbcResourceStore.h2(url))) {
            assertFalse(store.insert(row("sync-1", 1, StoredResource.NEVER_DUE)));
            assertFalse(store.update(row("sync-1", 3, StoredResource.NEVER_DUE), 2));
            assertEquals(1, store.find(new ResourceKey(HERE, "dts.SyncJob", "sync-1")).orElseThrow().version());
        }
    }
}
