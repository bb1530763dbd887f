package io.tcemu.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JdbcResourceStoreTest {
    private static final Scope HERE = Scope.of("100001", "ap-guangzhou");
    final ResourceStore store = open();

    /** The store under test; subclasses run every test here against another implementation. */
    ResourceStore open() {
        return JdbcResourceStore.inMemory();
    }

    @AfterEach
    void close() {
        store.close();
    }

    private static ObjectNode doc(String field, String value) {
        return JsonNodeFactory.instance.objectNode().put(field, value);
    }

    private static StoredResource row(Scope scope, String kind, String id, long version, String name) {
        return new StoredResource(new ResourceKey(scope, kind, id), version, doc("state", "v" + version), doc("JobName", name));
    }

    @Test
    void insertedResourceIsFoundWithItsDocuments() {
        assertTrue(store.insert(row(HERE, "dts.SyncJob", "sync-1", 1, "a")));

        StoredResource found = store.find(new ResourceKey(HERE, "dts.SyncJob", "sync-1")).orElseThrow();
        assertEquals(1, found.version());
        assertEquals("v1", found.lifecycle().get("state").asText());
        assertEquals("a", found.attributes().get("JobName").asText());
    }

    @Test
    void secondInsertOfTheSameKeyIsRefused() {
        assertTrue(store.insert(row(HERE, "dts.SyncJob", "sync-1", 1, "a")));
        assertFalse(store.insert(row(HERE, "dts.SyncJob", "sync-1", 1, "b")));
        assertEquals("a", store.find(new ResourceKey(HERE, "dts.SyncJob", "sync-1")).orElseThrow().attributes().get("JobName").asText());
    }

    @Test
    void resourcesAreScopedByAccountRegionNamespaceAndKind() {
        Scope otherAccount = Scope.of("100002", "ap-guangzhou");
        Scope otherRegion = Scope.of("100001", "ap-shanghai");
        Scope project = new Scope("100001", "ap-guangzhou", "project-7");
        store.insert(row(HERE, "dts.SyncJob", "sync-1", 1, "here"));
        store.insert(row(otherAccount, "dts.SyncJob", "sync-2", 1, "other account"));
        store.insert(row(otherRegion, "dts.SyncJob", "sync-3", 1, "other region"));
        store.insert(row(project, "dts.SyncJob", "sync-4", 1, "project"));
        store.insert(row(HERE, "dts.MigrateJob", "dts-5", 1, "other kind"));

        assertEquals(List.of("sync-1"), ids(store.list(HERE, "dts.SyncJob")));
        assertEquals(List.of("sync-4"), ids(store.list(project, "dts.SyncJob")));
        assertTrue(store.find(new ResourceKey(otherRegion, "dts.SyncJob", "sync-1")).isEmpty());
        assertEquals(otherAccount, store.findById("sync-2").get(0).key().scope());
    }

    @Test
    void listKeepsCreationOrder() {
        for (String id : List.of("sync-c", "sync-a", "sync-b")) {
            store.insert(row(HERE, "dts.SyncJob", id, 1, id));
        }
        assertEquals(List.of("sync-c", "sync-a", "sync-b"), ids(store.list(HERE, "dts.SyncJob")));
    }

    @Test
    void updateSucceedsOnlyFromTheExpectedVersion() {
        store.insert(row(HERE, "dts.SyncJob", "sync-1", 1, "a"));

        assertTrue(store.update(row(HERE, "dts.SyncJob", "sync-1", 2, "b"), 1));
        assertFalse(store.update(row(HERE, "dts.SyncJob", "sync-1", 2, "stale"), 1));

        StoredResource now = store.find(new ResourceKey(HERE, "dts.SyncJob", "sync-1")).orElseThrow();
        assertEquals(2, now.version());
        assertEquals("b", now.attributes().get("JobName").asText());
    }

    @Test
    void deleteSucceedsOnlyFromTheExpectedVersion() {
        ResourceKey key = new ResourceKey(HERE, "dts.SyncJob", "sync-1");
        store.insert(row(HERE, "dts.SyncJob", "sync-1", 3, "a"));

        assertFalse(store.delete(key, 2));
        assertTrue(store.find(key).isPresent());
        assertTrue(store.delete(key, 3));
        assertTrue(store.find(key).isEmpty());
    }

    @Test
    void clearRemovesEverything() {
        store.insert(row(HERE, "dts.SyncJob", "sync-1", 1, "a"));
        store.insert(row(Scope.of("100002", "ap-beijing"), "dts.MigrateJob", "dts-1", 1, "b"));

        store.clear();

        assertTrue(store.list(HERE, "dts.SyncJob").isEmpty());
        assertTrue(store.findById("dts-1").isEmpty());
    }

    @Test
    void ofConcurrentWritersFromOneVersionExactlyOneWins() throws Exception {
        store.insert(row(HERE, "dts.SyncJob", "sync-1", 1, "start"));
        int writers = 8;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            for (long version = 1; version <= 20; version++) {
                CountDownLatch go = new CountDownLatch(1);
                List<Future<Boolean>> results = new ArrayList<>();
                for (int i = 0; i < writers; i++) {
                    long from = version;
                    String name = "writer-" + i;
                    results.add(pool.submit(() -> {
                        go.await();
                        return store.update(row(HERE, "dts.SyncJob", "sync-1", from + 1, name), from);
                    }));
                }
                go.countDown();
                int wins = 0;
                for (Future<Boolean> r : results) {
                    wins += r.get() ? 1 : 0;
                }
                assertEquals(1, wins, "winners from version " + version);
            }
        } finally {
            pool.shutdown();
        }
        assertEquals(21, store.find(new ResourceKey(HERE, "dts.SyncJob", "sync-1")).orElseThrow().version());
    }

    @Test
    void fileDatabaseKeepsResourcesAcrossStores(@TempDir Path dir) {
        String url = "jdbc:h2:file:" + dir.resolve("tcemu").toAbsolutePath();
        try (ResourceStore first = IndexedResourceStore.inH2(url)) {
            first.insert(row(HERE, "dts.SyncJob", "sync-1", 1, "kept"));
        }
        try (ResourceStore second = IndexedResourceStore.inH2(url)) {
            assertEquals("kept", second.findById("sync-1").get(0).attributes().get("JobName").asText());
        }
    }

    @Test
    void aWriteAndTheHistoryItAddsAreKeptTogetherOrNotAtAll() {
        StoredResource first = row(HERE, "dts.SyncJob", "sync-1", 1, "a");
        HistoryEntry created = new HistoryEntry("Status", null, "Created", "create", false, Instant.EPOCH, "req-1");
        HistoryEntry checked = new HistoryEntry("Status", "Created", "Checking", "CreateCheckSyncJob", false, Instant.EPOCH, "req-2");
        assertTrue(store.writeTogether(List.of(StoredWrite.insert(first).withHistory(List.of(created)))));
        StoredResource second = row(HERE, "dts.SyncJob", "sync-1", 2, "a");

        assertFalse(store.writeTogether(List.of(StoredWrite.update(second, 7).withHistory(List.of(checked)))), "a stale version");
        assertEquals(List.of(created), store.history().of(first.key()), "the losing write added no history");
        assertTrue(store.writeTogether(List.of(StoredWrite.update(second, 1).withHistory(List.of(checked)))));
        assertEquals(List.of(created, checked), store.history().of(first.key()));
    }

    @Test
    void historyReadsBackEveryEntryAsWrittenAndEachResourceItsOwn() {
        Instant created = Instant.parse("2026-01-02T03:04:05.123456789Z");
        Instant later = created.plusSeconds(60);
        List<HistoryEntry> creation = List.of(
                new HistoryEntry("Status", null, "Created", "create", false, created, "req-1"),
                new HistoryEntry("TradeStatus", null, "Normal", "create", false, created, "req-1"));
        List<HistoryEntry> settled = List.of(
                new HistoryEntry("Status", "Created", "Checking", "check", false, later, "req-2"),
                new HistoryEntry("Status", "Checking", "Checked", "check", true, later, "req-1"),
                new HistoryEntry("TradeStatus", "Normal", "Isolated", "isolate", false, later, null),
                new HistoryEntry("TradeStatus", "Isolated", "Normal", "recover", false, later.plusNanos(1), null));
        List<HistoryEntry> sameStepsOtherCall = List.of(
                new HistoryEntry("Status", null, "Created", "create", false, later, "req-3"),
                new HistoryEntry("TradeStatus", null, "Normal", "create", false, later, "req-3"));
        StoredResource one = row(HERE, "dts.SyncJob", "sync-1", 1, "a");
        StoredResource two = row(HERE, "dts.SyncJob", "sync-2", 1, "b");
        assertTrue(store.writeTogether(List.of(StoredWrite.insert(one).withHistory(creation),
                StoredWrite.insert(two).withHistory(sameStepsOtherCall))));
        assertTrue(store.writeTogether(List.of(StoredWrite.update(row(HERE, "dts.SyncJob", "sync-1", 2, "a"), 1)
                .withHistory(settled))));

        List<HistoryEntry> all = new java.util.ArrayList<>(creation);
        all.addAll(settled);
        assertEquals(all, store.history().of(one.key()));
        assertEquals(sameStepsOtherCall, store.history().of(two.key()));
        assertEquals(all, store.contents().resources().get(0).history(), "a snapshot holds the same entries");
    }

    @Test
    void writesMadeTogetherAreAllKeptOrNoneIs() {
        store.insert(row(HERE, "redis.Instance", "crs-1", 1, "instance"));
        store.insert(row(HERE, "redis.Task", "7", 1, "taken"));
        StoredResource flowing = row(HERE, "redis.Instance", "crs-1", 2, "in a flow");

        assertFalse(store.writeTogether(List.of(StoredWrite.update(flowing, 1),
                StoredWrite.insert(row(HERE, "redis.Task", "7", 1, "clash")))), "the task id is taken");
        assertEquals(1, store.find(new ResourceKey(HERE, "redis.Instance", "crs-1")).orElseThrow().version(),
                "the instance's update was rolled back with the failed insert");

        assertFalse(store.writeTogether(List.of(StoredWrite.update(flowing, 5),
                StoredWrite.insert(row(HERE, "redis.Task", "8", 1, "new")))), "the instance moved on");
        assertTrue(store.find(new ResourceKey(HERE, "redis.Task", "8")).isEmpty(), "the insert was rolled back");

        assertTrue(store.writeTogether(List.of(StoredWrite.update(flowing, 1),
                StoredWrite.insert(row(HERE, "redis.Task", "8", 1, "new")))));
        assertEquals("in a flow", store.find(new ResourceKey(HERE, "redis.Instance", "crs-1")).orElseThrow()
                .attributes().get("JobName").asText());
        assertTrue(store.find(new ResourceKey(HERE, "redis.Task", "8")).isPresent());
    }

    @Test
    void settingsAreKeptAcrossClearAndRestarts(@TempDir Path dir) {
        String url = "jdbc:h2:file:" + dir.resolve("tcemu").toAbsolutePath();
        try (ResourceStore first = IndexedResourceStore.inH2(url)) {
            assertTrue(first.setting("clock").isEmpty());
            first.putSetting("clock", "a");
            first.putSetting("clock", "b");
            first.clear();
        }
        try (ResourceStore second = IndexedResourceStore.inH2(url)) {
            assertEquals("b", second.setting("clock").orElseThrow());
        }
    }

    @Test
    void fileUrlsGetDurableWritesAndCloseWhenTcemuSays() {
        assertEquals("jdbc:h2:file:./x;WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE", H2WriteThrough.withSafeDefaults("jdbc:h2:file:./x"));
        assertEquals("jdbc:h2:file:./x;write_delay=100;DB_CLOSE_ON_EXIT=FALSE",
                H2WriteThrough.withSafeDefaults("jdbc:h2:file:./x;write_delay=100"), "what the URL says wins");
        assertEquals("jdbc:h2:mem:x;DB_CLOSE_ON_EXIT=FALSE", H2WriteThrough.withSafeDefaults("jdbc:h2:mem:x"));
    }

    private static StoredResource job(String id, String status, String name, long dueAt) {
        ObjectNode lifecycle = JsonNodeFactory.instance.objectNode();
        lifecycle.putObject("states").put("Status", status);
        return new StoredResource(new ResourceKey(HERE, "dts.SyncJob", id), 1, lifecycle, doc("JobName", name), dueAt);
    }

    @Test
    void queryPagesInEitherCreationOrderAndCountsBeforePaging() {
        for (String id : List.of("sync-1", "sync-2", "sync-3", "sync-4", "sync-5")) {
            store.insert(job(id, "Running", id, StoredResource.NEVER_DUE));
        }
        store.insert(new StoredResource(new ResourceKey(HERE, "dts.MigrateJob", "dts-1"), 1, doc("a", "b"), doc("c", "d")));

        ResourcePage newest = store.query(syncJobs(true).page(1, 2));
        assertEquals(List.of("sync-4", "sync-3"), ids(newest.rows()));
        assertEquals(5, newest.total());
        ResourcePage oldest = store.query(syncJobs(false).page(3, 20));
        assertEquals(List.of("sync-4", "sync-5"), ids(oldest.rows()));
        assertEquals(5, oldest.total());
        assertEquals(List.of(), store.query(syncJobs(false).page(9, 20)).rows());
    }

    @Test
    void queryFiltersByIdsStatesAndAttributesTogether() {
        store.insert(job("sync-1", "Running", "orders", StoredResource.NEVER_DUE));
        store.insert(job("sync-2", "Paused", "orders", StoredResource.NEVER_DUE));
        store.insert(job("sync-3", "Running", "billing", StoredResource.NEVER_DUE));
        store.insert(job("sync-4", "Running", "orders-eu", StoredResource.NEVER_DUE));

        ResourcePage running = store.query(syncJobs(true).inStates("Status", Set.of("Running", "Stopped"))
                .matching((id, a) -> a.path("JobName").asText().contains("orders")).page(0, 20));
        assertEquals(List.of("sync-4", "sync-1"), ids(running.rows()));
        assertEquals(2, running.total());
        ResourcePage byId = store.query(syncJobs(false).withIds(Set.of("sync-2", "sync-3", "sync-9")).page(0, 1));
        assertEquals(List.of("sync-2"), ids(byId.rows()));
        assertEquals(2, byId.total());
        assertEquals(0, store.query(ResourceQuery.all(Scope.of("100002", "ap-guangzhou"), "dts.SyncJob")
                .withIds(Set.of("sync-1")).page(0, 20)).total());
    }

    /** The sync jobs in HERE, in creation order, newest or oldest first. */
    static ResourceQuery syncJobs(boolean newestFirst) {
        return ResourceQuery.all(HERE, "dts.SyncJob").orderedBy(Sort.creation(newestFirst));
    }

    /** An instance created at {@code created} seconds, whose Status last changed at {@code changed} (null: never). */
    private static StoredResource instance(String id, long projectId, String name, long created, Long changed) {
        ObjectNode lifecycle = JsonNodeFactory.instance.objectNode().put("createdAt", Instant.ofEpochSecond(created).toString());
        lifecycle.putObject("states").put("Status", "running");
        if (changed != null) {
            lifecycle.putObject("since").put("Status", Instant.ofEpochSecond(changed).toString());
        }
        ObjectNode attributes = doc("InstanceName", name).put("ProjectId", projectId);
        return new StoredResource(new ResourceKey(HERE, "redis.Instance", id), 1, lifecycle, attributes, StoredResource.NEVER_DUE);
    }

    @Test
    void queryOrdersByKeysGivenAsDataThenByCreationAndPagesAfterCounting() {
        store.insert(instance("crs-1", 10, "b", 100, null));
        store.insert(instance("crs-2", 9, "a", 100, 400L));
        store.insert(instance("crs-3", 10, "c", 50, 200L));
        store.insert(instance("crs-4", 10, "d", 300, null));
        ResourceQuery all = ResourceQuery.all(HERE, "redis.Instance");

        // numbers compare as numbers (9 before 10), ties keep creation order
        assertEquals(List.of("crs-2", "crs-1", "crs-3", "crs-4"),
                ids(store.query(all.orderedBy(Sort.attribute("/ProjectId", false))).rows()));
        assertEquals(List.of("crs-4", "crs-3", "crs-1", "crs-2"),
                ids(store.query(all.orderedBy(Sort.attribute("/ProjectId", true), Sort.creation(true))).rows()));
        assertEquals(List.of("crs-4", "crs-3", "crs-1", "crs-2"),
                ids(store.query(all.orderedBy(Sort.attribute("/InstanceName", true))).rows()));
        // creation time, not creation order; instances created in the same instant keep creation order
        assertEquals(List.of("crs-3", "crs-1", "crs-2", "crs-4"), ids(store.query(all.orderedBy(Sort.createdAt(false))).rows()));
        assertEquals(List.of("crs-4", "crs-1", "crs-2", "crs-3"), ids(store.query(all.orderedBy(Sort.createdAt(true))).rows()));
        // the latest state change, else creation
        assertEquals(List.of("crs-2", "crs-4", "crs-3", "crs-1"), ids(store.query(all.orderedBy(Sort.changedAt(true))).rows()));

        ResourcePage page = store.query(all.withValues("/ProjectId", Set.of("10"))
                .orderedBy(Sort.attribute("/InstanceName", false)).page(1, 1));
        assertEquals(List.of("crs-3"), ids(page.rows()));
        assertEquals(3, page.total());
        ResourcePage byIds = store.query(all.withIds(Set.of("crs-1", "crs-3", "crs-4")).orderedBy(Sort.createdAt(false)).page(0, 2));
        assertEquals(List.of("crs-3", "crs-1"), ids(byIds.rows()));
        assertEquals(3, byIds.total());
    }

    @Test
    void queryFiltersOnAttributeValuesAndACreationRangeAsData() {
        store.insert(instance("crs-1", 10, "b", 100, null));
        store.insert(instance("crs-2", 9, "a", 200, null));
        store.insert(instance("crs-3", 10, "c", 300, null));
        ResourceQuery all = ResourceQuery.all(HERE, "redis.Instance");

        assertEquals(List.of("crs-1", "crs-2"), ids(store.query(all.withValues("/InstanceName", Set.of("a", "b"))).rows()));
        assertEquals(List.of("crs-2", "crs-3"),
                ids(store.query(all.createdBetween(Instant.ofEpochSecond(200), null)).rows()));
        ResourcePage bounded = store.query(all.createdBetween(Instant.ofEpochSecond(100), Instant.ofEpochSecond(200))
                .withValues("/ProjectId", Set.of("10")));
        assertEquals(List.of("crs-1"), ids(bounded.rows()));
        assertEquals(1, bounded.total());
    }

    @Test
    void dueFindsTheRowsWhoseTimeHasComeAndFollowsUpdates() {
        store.insert(job("sync-1", "Running", "a", 1_000));
        store.insert(job("sync-2", "Running", "b", 2_000));
        store.insert(job("sync-3", "Running", "c", StoredResource.NEVER_DUE));
        store.insert(job("sync-4", "Running", "d", StoredResource.ALWAYS_DUE));

        assertEquals(Set.of("sync-1", "sync-4"), Set.copyOf(ids(store.due(HERE, "dts.SyncJob", 1_500))));
        StoredResource settled = job("sync-1", "Paused", "a", StoredResource.NEVER_DUE);
        assertTrue(store.update(new StoredResource(settled.key(), 2, settled.lifecycle(), settled.attributes(),
                settled.dueAt()), 1));
        assertEquals(Set.of("sync-2", "sync-4"), Set.copyOf(ids(store.due(HERE, "dts.SyncJob", 5_000))));
        assertEquals(List.of(), store.due(HERE, "dts.MigrateJob", 5_000));
        StoredResource started = job("sync-3", "Running", "c", 3_000);
        assertTrue(store.update(new StoredResource(started.key(), 2, started.lifecycle(), started.attributes(),
                started.dueAt()), 1), "a row that was never due gets a due time");
        assertEquals(Set.of("sync-2", "sync-3", "sync-4"), Set.copyOf(ids(store.due(HERE, "dts.SyncJob", 5_000))));
    }

    static List<String> ids(List<StoredResource> rows) {
        return rows.stream().map(r -> r.key().id()).toList();
    }

    @Test
    void sequencesCountFromOneWithoutGapsUnderConcurrencyAndSurviveClear() throws Exception {
        assertEquals(1, store.nextNumber("redis.TaskId"));
        assertEquals(1, store.nextNumber("other"));
        java.util.Set<Long> seen = java.util.concurrent.ConcurrentHashMap.newKeySet();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        for (int i = 0; i < 200; i++) {
            pool.submit(() -> seen.add(store.nextNumber("redis.TaskId")));
        }
        pool.shutdown();
        assertTrue(pool.awaitTermination(30, java.util.concurrent.TimeUnit.SECONDS));
        assertEquals(200, seen.size());
        assertEquals(201L, java.util.Collections.max(seen));
        store.clear();
        assertEquals(202, store.nextNumber("redis.TaskId"));
    }
}
