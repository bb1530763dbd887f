package io.tcemu.lifecycle;

import static io.tcemu.lifecycle.EngineFixture.sync;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tcemu.api.ApiError;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ConcurrencyTest {
    private static final int CLIENTS = 8;
    private static final int ATTEMPTS = 50;
    private final EngineFixture f = new EngineFixture();

    @AfterEach
    void close() {
        f.close();
    }

    /** What one accepted operation produced: the version it wrote and the state it left. */
    private record Accepted(String operation, long version, String status) {}

    @Test
    void concurrentPauseAndContinueOnOneJobAreEachAccountedFor() throws Exception {
        f.progression(ProgressionMode.IMMEDIATE);
        long initialVersion = f.createSync("sync-00000001", "Running").version();
        ConcurrentLinkedQueue<Accepted> accepted = new ConcurrentLinkedQueue<>();
        AtomicInteger refused = new AtomicInteger();
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        List<Future<?>> clients = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            int client = c;
            clients.add(pool.submit(() -> {
                go.await();
                for (int i = 0; i < ATTEMPTS; i++) {
                    String op = (client + i) % 2 == 0 ? "PauseSyncJob" : "ContinueSyncJob";
                    try {
                        Resource r = f.engine.apply(sync("sync-00000001"), op);
                        accepted.add(new Accepted(op, r.version(), r.state("Status")));
                    } catch (ApiError e) {
                        assertEquals("OperationDenied.OperationDeniedError", e.code());
                        refused.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        go.countDown();
        for (Future<?> c : clients) {
            c.get();
        }
        pool.shutdown();

        assertEquals(CLIENTS * ATTEMPTS, accepted.size() + refused.get());
        assertTrue(accepted.size() > 1, "some operations should have been accepted: " + accepted.size());
        // Each accepted operation wrote exactly one version, with none lost or shared, and in
        // version order they alternate Pause, Continue from the initial Running.
        Map<Long, Accepted> history = new TreeMap<>();
        accepted.forEach(a -> assertEquals(null, history.put(a.version(), a), "two operations wrote version " + a.version()));
        long expected = initialVersion;
        String status = "Running";
        for (Accepted a : history.values()) {
            expected++;
            assertEquals(expected, a.version(), "versions must be contiguous");
            assertEquals(status.equals("Running") ? "PauseSyncJob" : "ContinueSyncJob", a.operation());
            status = a.status();
            assertEquals(a.operation().equals("PauseSyncJob") ? "Paused" : "Running", status);
        }
        Resource last = f.engine.get(sync("sync-00000001"));
        assertEquals(expected, last.version());
        assertEquals(status, last.state("Status"));
    }
}
