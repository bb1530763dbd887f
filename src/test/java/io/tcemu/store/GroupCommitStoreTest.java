package io.tcemu.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Every store test against the index over an H2 file, whose writes share commits; and what sharing
 * must not change: a write that loses its race is undone alone, and every acknowledged write is
 * there after the database is opened again, or in the file as a killed process would leave it.
 */
class GroupCommitStoreTest extends JdbcResourceStoreTest {
    private static final Scope HERE = Scope.of("100001", "ap-guangzhou");
    private Path dir;

    @Override
    ResourceStore open() {
        try {
            dir = Files.createTempDirectory("tcemu-group-commit");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return IndexedResourceStore.inH2(url());
    }

    private String url() {
        return "jdbc:h2:file:" + dir.resolve("tcemu").toAbsolutePath();
    }

    private static StoredResource row(String kind, String id) {
        var doc = JsonNodeFactory.instance.objectNode().put("JobName", id);
        return new StoredResource(new ResourceKey(HERE, kind, id), 1, doc.deepCopy(), doc);
    }

    @Test
    void concurrentWritersShareCommitsAndEachGetsItsOwnAnswer() throws Exception {
        store.insert(row("redis.Task", "taken"));
        ExecutorService writers = Executors.newFixedThreadPool(16);
        List<Future<Boolean>> inserts = new ArrayList<>();
        List<Future<Boolean>> clashes = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            String id = "sync-" + i;
            inserts.add(writers.submit(() -> store.insert(row("dts.SyncJob", id))));
            // half of a pair whose other half clashes: the whole pair must be undone, nothing else
            clashes.add(writers.submit(() -> store.writeTogether(List.of(StoredWrite.insert(row("redis.Instance", "crs-" + id)),
                    StoredWrite.insert(row("redis.Task", "taken"))))));
        }
        for (int i = 0; i < inserts.size(); i++) {
            assertTrue(inserts.get(i).get(), "insert " + i + " was acknowledged");
            assertFalse(clashes.get(i).get(), "the clashing pair " + i + " was refused");
        }
        writers.shutdown();
        store.close();

        try (ResourceStore reopened = IndexedResourceStore.inH2(url())) {
            assertEquals(400, reopened.list(HERE, "dts.SyncJob").size());
            assertEquals(List.of(), reopened.list(HERE, "redis.Instance"));
        }
    }

    @Test
    void everyAcknowledgedWriteIsInTheFileWhileTheStoreStillRuns() throws Exception {
        ExecutorService writers = Executors.newFixedThreadPool(16);
        List<Future<Boolean>> inserts = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            StoredWrite created = StoredWrite.insert(row("dts.SyncJob", "sync-" + i)).withHistory(List.of(
                    new HistoryEntry("Status", null, "Initialized", "create", false, Instant.EPOCH, "req-" + i)));
            inserts.add(writers.submit(() -> store.writeTogether(List.of(created))));
        }
        for (Future<Boolean> insert : inserts) {
            assertTrue(insert.get());
        }
        writers.shutdown();

        // The file as it is now is what a process killed now would leave behind.
        Path copy = Files.createDirectories(dir.resolve("killed"));
        Files.copy(dir.resolve("tcemu.mv.db"), copy.resolve("tcemu.mv.db"));
        try (ResourceStore left = IndexedResourceStore.inH2("jdbc:h2:file:" + copy.resolve("tcemu").toAbsolutePath())) {
            assertEquals(200, left.list(HERE, "dts.SyncJob").size());
            assertEquals(List.of("req-7"), left.history().of(new ResourceKey(HERE, "dts.SyncJob", "sync-7")).stream()
                    .map(HistoryEntry::requestId).toList());
        }
    }
}
