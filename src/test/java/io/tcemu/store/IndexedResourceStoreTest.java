package io.tcemu.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.h2.jdbcx.JdbcConnectionPool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
        try (IndexedResourceStore first = IndexedResourceStore.inH2(url)) {
            first.insert(row("sync-b", 1, 5_000));
            first.insert(row("sync-a", 1, StoredResource.NEVER_DUE));
            first.insert(row("sync-c", 1, StoredResource.NEVER_DUE));
            first.update(row("sync-c", 2, 7_000), 1);
            first.delete(new ResourceKey(HERE, "dts.SyncJob", "sync-a"), 1);
            first.nextNumber("redis.TaskId");
        }
        try (IndexedResourceStore second = IndexedResourceStore.inH2(url)) {
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
    void aWriteTheFileRefusesIsNotShownEither(@TempDir Path dir) throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("tcemu").toAbsolutePath();
        try (IndexedResourceStore store = IndexedResourceStore.inH2(url)) {
            store.insert(row("sync-1", 1, StoredResource.NEVER_DUE));
            // another writer on the same database takes the next row's number and moves sync-1 on
            try (Connection c = DriverManager.getConnection(H2WriteThrough.withSafeDefaults(url), "sa", "");
                 Statement s = c.createStatement()) {
                s.executeUpdate("INSERT INTO tcemu_row SELECT 2, account, region, namespace, kind, 'other', version, "
                        + "lifecycle, attributes, due_at FROM tcemu_row WHERE seq = 1");
                s.executeUpdate("UPDATE tcemu_row SET version = 5 WHERE seq = 1");
            }
            assertFalse(store.insert(row("sync-2", 1, StoredResource.NEVER_DUE)));
            assertFalse(store.update(row("sync-1", 2, StoredResource.NEVER_DUE), 1));
            assertTrue(store.find(new ResourceKey(HERE, "dts.SyncJob", "sync-2")).isEmpty());
            assertEquals(1, store.find(new ResourceKey(HERE, "dts.SyncJob", "sync-1")).orElseThrow().version());
        }
    }

    @Test
    void aFileWrittenBeforeRowsWereNumberedOpensWithItsRowsOrderHistoryAndSequences(@TempDir Path dir) throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("tcemu").toAbsolutePath();
        HistoryEntry created = new HistoryEntry("Status", null, "Created", "create", false, Instant.EPOCH, "req-1");
        HistoryEntry checked = new HistoryEntry("Status", "Created", "Checking", "CreateCheckSyncJob", false, Instant.EPOCH, "req-2");
        // the earlier layout: rows keyed by account, region, namespace, kind and id, as the portable store still files them
        JdbcConnectionPool earlier = JdbcConnectionPool.create(url, "sa", "");
        try (JdbcResourceStore before = new JdbcResourceStore(earlier)) {
            before.writeTogether(List.of(StoredWrite.insert(row("sync-b", 1, 5_000)).withHistory(List.of(created))));
            before.insert(row("sync-a", 1, StoredResource.NEVER_DUE));
            before.writeTogether(List.of(StoredWrite.update(row("sync-b", 2, 5_000), 1).withHistory(List.of(checked))));
            before.nextNumber("redis.TaskId");
            before.putSetting("clock", "+60s");
        } finally {
            earlier.dispose();
        }
        try (IndexedResourceStore upgraded = IndexedResourceStore.inH2(url)) {
            assertEquals(List.of("sync-b", "sync-a"), ids(upgraded.list(HERE, "dts.SyncJob")));
            assertEquals(2, upgraded.find(new ResourceKey(HERE, "dts.SyncJob", "sync-b")).orElseThrow().version());
            assertEquals(List.of("sync-b"), ids(upgraded.due(HERE, "dts.SyncJob", 6_000)));
            assertEquals(List.of(created, checked), upgraded.history().of(new ResourceKey(HERE, "dts.SyncJob", "sync-b")));
            assertEquals(2, upgraded.nextNumber("redis.TaskId"));
            assertEquals("+60s", upgraded.setting("clock").orElseThrow());
            upgraded.insert(row("sync-c", 1, StoredResource.NEVER_DUE));
        }
        try (IndexedResourceStore again = IndexedResourceStore.inH2(url)) {
            assertEquals(List.of("sync-b", "sync-a", "sync-c"), ids(again.list(HERE, "dts.SyncJob")), "new rows come after the copied ones");
            assertEquals(List.of(created, checked), again.history().of(new ResourceKey(HERE, "dts.SyncJob", "sync-b")));
        }
    }

    @Test
    void aDeletedResourceTakesItsHistoryWithItAndANewOneOfTheSameIdStartsAfresh(@TempDir Path dir) {
        String url = "jdbc:h2:file:" + dir.resolve("tcemu").toAbsolutePath();
        HistoryEntry created = new HistoryEntry("Status", null, "Created", "create", false, Instant.EPOCH, "req-1");
        ResourceKey key = new ResourceKey(HERE, "dts.SyncJob", "sync-1");
        try (IndexedResourceStore store = IndexedResourceStore.inH2(url)) {
            store.writeTogether(List.of(StoredWrite.insert(row("sync-1", 1, StoredResource.NEVER_DUE)).withHistory(List.of(created))));
            assertTrue(store.delete(key, 1));
            assertEquals(List.of(), store.history().of(key));
            store.insert(row("sync-1", 1, StoredResource.NEVER_DUE));
        }
        try (IndexedResourceStore reopened = IndexedResourceStore.inH2(url)) {
            assertEquals(List.of(), reopened.history().of(key));
            assertEquals(1, reopened.find(key).orElseThrow().version());
        }
    }

    @Test
    void rowsOfManyScopesUnderOneIdStayApartThoughRowsShareTheirScopes() {
        List<Scope> scopes = new ArrayList<>();
        for (int account = 0; account < 300; account++) {
            for (String region : List.of("ap-guangzhou", "ap-shanghai")) {
                for (String namespace : List.of("", "project-7")) {
                    scopes.add(new Scope("1000" + account, region, namespace));
                }
            }
        }
        HistoryEntry created = new HistoryEntry("Status", null, "Created", "create", false, Instant.EPOCH, "req-1");
        for (Scope scope : scopes) {
            var doc = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode().put("JobName", scope.toString());
            StoredResource row = new StoredResource(new ResourceKey(scope, "dts.SyncJob", "sync-1"), 1, doc.deepCopy(), doc);
            assertTrue(store.writeTogether(List.of(StoredWrite.insert(row).withHistory(List.of(created)))));
        }
        for (Scope scope : scopes) {
            Scope asked = new Scope(new String(scope.account()), new String(scope.region()), new String(scope.namespace()));
            ResourceKey key = new ResourceKey(asked, "dts.SyncJob", "sync-1");
            assertEquals(scope.toString(), store.find(key).orElseThrow().attributes().get("JobName").asText());
            assertEquals(List.of(scope), store.list(asked, "dts.SyncJob").stream().map(r -> r.key().scope()).toList());
            assertEquals(List.of(created), store.history().of(key));
        }
        assertEquals(scopes, store.findById("sync-1").stream().map(r -> r.key().scope()).toList());
        for (Scope scope : scopes.subList(1, scopes.size())) {
            assertTrue(store.delete(new ResourceKey(scope, "dts.SyncJob", "sync-1"), 1));
        }
        assertEquals(List.of(scopes.get(0)), store.findById("sync-1").stream().map(r -> r.key().scope()).toList());
        assertTrue(store.delete(new ResourceKey(scopes.get(0), "dts.SyncJob", "sync-1"), 1));
        assertEquals(List.of(), store.findById("sync-1"));
    }
}
