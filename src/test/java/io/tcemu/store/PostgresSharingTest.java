package io.tcemu.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tcemu.TestPostgres;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** What gateways on one PostgreSQL database must agree on, raced from several stores at once as separate gateways would. */
class PostgresSharingTest {
    private static final int RACERS = 8;
    private final String url = TestPostgres.freshDatabase();

    @Test
    void gatewaysStartingTogetherOnAnEmptyDatabaseCreateTheSchemaOnce() throws Exception {
        race(() -> StoreBackend.open(url, TestPostgres.USER, null).kind());
        try (Connection c = DriverManager.getConnection(url, TestPostgres.USER, null); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*), max(version) FROM tcemu_schema_version")) {
            rs.next();
            assertEquals(PostgresSchema.MIGRATIONS.size(), rs.getInt(1), "each migration applied once");
            assertEquals(PostgresSchema.MIGRATIONS.size(), rs.getInt(2));
        }
    }

    @Test
    void sharedValueChangesFromManyGatewaysAreNeitherLostNorDoubled() throws Exception {
        race(() -> {
            SharedValues values = StoreBackend.open(url, TestPostgres.USER, null).shared();
            for (int i = 0; i < 25; i++) {
                values.update("counter", v -> String.valueOf(v == null ? 1 : Integer.parseInt(v) + 1));
            }
            return null;
        });
        assertEquals(String.valueOf(RACERS * 25), StoreBackend.open(url, TestPostgres.USER, null).shared().get("counter"));
    }

    @Test
    void aRateWindowAdmitsItsLimitAcrossGatewaysAndNoMore() throws Exception {
        long now = 1_000_000;
        List<Long> waits = race(() -> {
            CallWindows calls = StoreBackend.open(url, TestPostgres.USER, null).calls();
            List<Long> mine = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                mine.add(calls.admit("100001/redis/DescribeTaskInfo", now, 1000, 20));
            }
            return mine;
        }).stream().flatMap(List::stream).toList();
        assertEquals(20, waits.stream().filter(w -> w == 0).count(), "admitted: " + waits);
        assertTrue(waits.stream().allMatch(w -> w == 0 || w == 1000), "the rest wait a whole window: " + waits);
        CallWindows later = StoreBackend.open(url, TestPostgres.USER, null).calls();
        assertEquals(0, later.admit("100001/redis/DescribeTaskInfo", now + 1000, 1000, 20), "the window moved on");
    }

    private static <T> List<T> race(Callable<T> racer) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(RACERS);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < RACERS; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return racer.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> f : futures) {
                results.add(f.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
