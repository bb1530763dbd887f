package io.tcemu.product.dts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tencentcloudapi.common.exception.TencentCloudSDKException;
import com.tencentcloudapi.dts.v20211206.DtsClient;
import com.tencentcloudapi.dts.v20211206.models.ContinueSyncJobRequest;
import com.tencentcloudapi.dts.v20211206.models.CreateCheckSyncJobRequest;
import com.tencentcloudapi.dts.v20211206.models.DescribeSyncJobsRequest;
import com.tencentcloudapi.dts.v20211206.models.DescribeSyncJobsResponse;
import com.tencentcloudapi.dts.v20211206.models.PauseSyncJobRequest;
import com.tencentcloudapi.dts.v20211206.models.StartSyncJobRequest;
import com.tencentcloudapi.dts.v20211206.models.SyncJobInfo;
import com.tencentcloudapi.redis.v20180412.RedisClient;
import com.tencentcloudapi.redis.v20180412.models.CreateInstancesRequest;
import com.tencentcloudapi.redis.v20180412.models.DescribeTaskInfoRequest;
import com.tencentcloudapi.redis.v20180412.models.ManualBackupInstanceRequest;
import io.tcemu.PackagedJar;
import io.tcemu.TestPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Three packaged jars on one PostgreSQL database, called through the official SDK as a team's CI
 * runners would: any gateway answers any call the same way, concurrent operations on one job lose
 * nothing, a fault and a rate limit count across gateways, and a gateway killed with SIGKILL loses
 * no acknowledged write.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MultiGatewayIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> STATUSES = Set.of("UnInitialized", "Initialized", "Checking", "CheckPass",
            "CheckNotPass", "ReadyRunning", "Running", "Pausing", "Paused", "Stopping", "Stopped", "ResumableErr",
            "Resuming", "Failed", "Released", "Resetting", "Unknown");
    /** What an immediate Pause and Continue do to Status (lifecycle-sync-job.json). */
    private static final Map<String, Set<String>> EDGES = Map.of(
            "PauseSyncJob", Set.of("Running>Pausing", "Pausing>Paused"),
            "ContinueSyncJob", Set.of("Paused>Resuming", "Resuming>Running"));

    @TempDir
    static Path logs;
    private static final List<PackagedJar> gateways = new ArrayList<>();

    @BeforeAll
    static void threeGatewaysOnOneDatabase() throws Exception {
        String db = TestPostgres.freshDatabase();
        List<Future<PackagedJar>> starting = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(3);
        for (int i = 1; i <= 3; i++) {
            int n = i;
            // all at once on the empty database: the migrations must not fight
            starting.add(pool.submit(() -> PackagedJar.start(logs.resolve("gateway-" + n + ".log"),
                    "--db", db, "--db-user", TestPostgres.USER, "--progression", "immediate")));
        }
        for (Future<PackagedJar> g : starting) {
            gateways.add(g.get());
        }
        pool.shutdown();
        // emulator time stands still, so answers that show elapsed time compare exactly
        gateway(2).admin("/_tcemu/clock", "{\"frozen\": true}");
        JsonNode clock = JSON.readTree(gateway(3).get("/_tcemu/clock").body());
        assertTrue(clock.path("frozen").asBoolean(), "the clock frozen through gateway 2 is frozen at gateway 3: " + clock);
    }

    @AfterAll
    static void stop() {
        gateways.forEach(g -> g.process().destroyForcibly());
    }

    private static PackagedJar gateway(int n) {
        return gateways.get(n - 1);
    }

    @Test
    @Order(1)
    void healthNamesTheSharedStore() throws Exception {
        for (PackagedJar g : gateways) {
            JsonNode health = JSON.readTree(g.get("/_tcemu/health").body());
            assertEquals("postgresql", health.path("store").path("kind").asText(), health.toString());
            assertTrue(health.path("store").path("reachable").asBoolean(), health.toString());
        }
    }

    @Test
    @Order(2)
    void aJobLooksTheSameThroughEveryGateway() throws Exception {
        String id = gateway(1).dts().CreateSyncJob(SyncJobSteps.purchase("PostPay")).getJobIds()[0];
        assertSameEverywhere(id, "UnInitialized");
        gateway(2).dts().ConfigureSyncJob(SyncJobSteps.configuration(id));
        assertSameEverywhere(id, "Initialized");
        gateway(3).dts().CreateCheckSyncJob(SyncJobSteps.forJob(new CreateCheckSyncJobRequest(), id));
        assertSameEverywhere(id, "CheckPass");
        gateway(3).dts().StartSyncJob(SyncJobSteps.forJob(new StartSyncJobRequest(), id));
        assertSameEverywhere(id, "Running");
        gateway(3).dts().PauseSyncJob(SyncJobSteps.forJob(new PauseSyncJobRequest(), id));
        assertSameEverywhere(id, "Paused");
    }

    private static void assertSameEverywhere(String id, String status) throws Exception {
        String first = null;
        for (PackagedJar g : gateways) {
            SyncJobInfo job = describe(g.dts(), id);
            assertEquals(status, job.getStatus(), "through gateway on port " + g.port());
            String shown = SyncJobInfo.toJsonString(job);
            if (first == null) {
                first = shown;
            }
            assertEquals(first, shown, "gateway on port " + g.port() + " shows the job as the first one does");
        }
    }

    private static SyncJobInfo describe(DtsClient dts, String id) throws TencentCloudSDKException {
        DescribeSyncJobsRequest request = new DescribeSyncJobsRequest();
        request.setJobId(id);
        DescribeSyncJobsResponse answer = dts.DescribeSyncJobs(request);
        assertEquals(1L, answer.getTotalCount(), id + " listed once");
        return answer.getJobList()[0];
    }

    @Test
    @Order(3)
    void sixteenClientsOnThreeGatewaysLeaveNoInvalidStateAndLoseNoUpdate() throws Exception {
        String id = running();
        int clients = 16;
        int operations = 1000;
        AtomicInteger left = new AtomicInteger(operations);
        Map<String, String> acknowledged = new ConcurrentHashMap<>(); // RequestId -> operation
        ConcurrentLinkedQueue<String> unexpected = new ConcurrentLinkedQueue<>();
        race(clients, n -> {
            DtsClient dts = gateway(n % 3 + 1).dts();
            Random random = new Random(n);
            while (left.getAndDecrement() > 0) {
                int pick = random.nextInt(3);
                try {
                    if (pick == 0) {
                        acknowledged.put(dts.PauseSyncJob(SyncJobSteps.forJob(new PauseSyncJobRequest(), id)).getRequestId(),
                                "PauseSyncJob");
                    } else if (pick == 1) {
                        acknowledged.put(dts.ContinueSyncJob(SyncJobSteps.forJob(new ContinueSyncJobRequest(), id))
                                .getRequestId(), "ContinueSyncJob");
                    } else {
                        String status = describe(dts, id).getStatus();
                        if (!STATUSES.contains(status)) {
                            unexpected.add("described as " + status);
                        }
                    }
                } catch (TencentCloudSDKException e) {
                    if (!"OperationDenied.OperationDeniedError".equals(e.getErrorCode())) {
                        unexpected.add(e.getErrorCode() + ": " + e.getMessage());
                    }
                }
            }
            return null;
        });
        assertEquals(List.of(), List.copyOf(unexpected), "every call answered, refused only by the job's state");

        // History rows are appended after the state's compare-and-set commits, so two racing calls may
        // append in the other order: each transition is checked on its own, and the counts must chain.
        JsonNode history = JSON.readTree(gateway(1).get("/_tcemu/resources/" + id).body()).path("history");
        Map<String, String> recorded = new java.util.HashMap<>();
        List<String> invalid = new ArrayList<>();
        int pauses = 0;
        int continues = 0;
        for (JsonNode h : history) {
            String op = h.path("operation").asText();
            if (!h.path("dimension").asText().equals("Status") || !(op.equals("PauseSyncJob") || op.equals("ContinueSyncJob"))) {
                continue;
            }
            String edge = h.path("from").asText() + ">" + h.path("to").asText();
            if (!EDGES.get(op).contains(edge)) {
                invalid.add(op + " " + edge);
            }
            if (!h.path("settles").asBoolean()) {
                recorded.put(h.path("requestId").asText(), op);
                if (op.equals("PauseSyncJob")) {
                    pauses++;
                } else {
                    continues++;
                }
            }
        }
        String finalStatus = describe(gateway(2).dts(), id).getStatus();
        assertEquals(pauses == continues ? "Running" : "Paused", finalStatus,
                "a job that was Running, paused " + pauses + " times and continued " + continues + " times");
        assertTrue(pauses - continues == 0 || pauses - continues == 1,
                "pauses and continues alternate: " + pauses + " and " + continues);
        assertEquals(List.of(), invalid, "transitions no lifecycle rule allows");
        Set<String> lost = new HashSet<>(acknowledged.keySet());
        lost.removeAll(recorded.keySet());
        assertEquals(Set.of(), lost, "acknowledged updates missing from the job's history");
        assertEquals(acknowledged, recorded, "the history holds exactly the acknowledged updates");
        assertTrue(acknowledged.size() > 10, "some of the updates succeeded: " + acknowledged.size());
        System.out.println("MultiGatewayIT: " + operations + " operations by " + clients + " clients on 3 gateways, "
                + acknowledged.size() + " acknowledged updates, all in the history, 0 invalid transitions, 0 lost");
    }

    private static String running() throws Exception {
        DtsClient dts = gateway(1).dts();
        String id = dts.CreateSyncJob(SyncJobSteps.purchase("PostPay")).getJobIds()[0];
        dts.ConfigureSyncJob(SyncJobSteps.configuration(id));
        dts.CreateCheckSyncJob(SyncJobSteps.forJob(new CreateCheckSyncJobRequest(), id));
        dts.StartSyncJob(SyncJobSteps.forJob(new StartSyncJobRequest(), id));
        return id;
    }

    @Test
    @Order(4)
    void aNextCallFailsFaultFiresExactlyOnceAcrossGateways() throws Exception {
        gateway(1).admin("/_tcemu/faults",
                "{\"product\":\"dts\",\"action\":\"DescribeSyncJobs\",\"error\":\"InternalError\",\"times\":1}");
        List<String> codes = race(12, n -> {
            try {
                gateway(n % 3 + 1).dts().DescribeSyncJobs(new DescribeSyncJobsRequest());
                return "OK";
            } catch (TencentCloudSDKException e) {
                return e.getErrorCode();
            }
        });
        assertEquals(11, codes.stream().filter("OK"::equals).count(), codes.toString());
        assertEquals(1, codes.stream().filter("InternalError"::equals).count(), codes.toString());
        assertEquals("[]", JSON.readTree(gateway(3).get("/_tcemu/faults").body()).toString(), "the fault is used up");
    }

    @Test
    @Order(5)
    void theRateLimitCountsAcrossGateways() throws Exception {
        RedisClient redis = gateway(1).redis();
        CreateInstancesRequest order = new CreateInstancesRequest();
        order.setTypeId(15L);
        order.setMemSize(1024L);
        order.setGoodsNum(1L);
        order.setPeriod(1L);
        order.setBillingMode(0L);
        order.setZoneId(100003L);
        order.setPassword("Redis@2024pass");
        String instance = redis.CreateInstances(order).getInstanceIds()[0];
        ManualBackupInstanceRequest backup = new ManualBackupInstanceRequest();
        backup.setInstanceId(instance);
        long task = redis.ManualBackupInstance(backup).getTaskId();

        // the clock stands still, so all 30 calls fall into one second of DescribeTaskInfo's 20 per second
        List<String> codes = race(30, n -> {
            DescribeTaskInfoRequest info = new DescribeTaskInfoRequest();
            info.setTaskId(task);
            try {
                gateway(n % 3 + 1).redis().DescribeTaskInfo(info);
                return "OK";
            } catch (TencentCloudSDKException e) {
                return e.getErrorCode();
            }
        });
        Map<String, Long> counted = codes.stream().collect(Collectors.groupingBy(c -> c, Collectors.counting()));
        assertEquals(Map.of("OK", 20L, "RequestLimitExceeded", 10L), counted);

        gateway(2).admin("/_tcemu/clock/advance", "{\"seconds\": 1}");
        DescribeTaskInfoRequest info = new DescribeTaskInfoRequest();
        info.setTaskId(task);
        assertNotNull(gateway(3).redis().DescribeTaskInfo(info).getStatus(),
                "a second later, through another gateway, the window has room again");
    }

    @Test
    @Order(6)
    void aGatewayKilledMidLoadLosesNoAcknowledgedWrite() throws Exception {
        ConcurrentLinkedQueue<String> created = new ConcurrentLinkedQueue<>();
        AtomicBoolean stop = new AtomicBoolean();
        PackagedJar victim = gateway(2);
        ExecutorService writers = Executors.newFixedThreadPool(6);
        for (int n = 0; n < 6; n++) {
            DtsClient dts = gateway(n % 3 + 1).dts();
            writers.submit(() -> {
                while (!stop.get()) {
                    try {
                        created.add(dts.CreateSyncJob(SyncJobSteps.purchase("PostPay")).getJobIds()[0]);
                    } catch (TencentCloudSDKException e) {
                        // the killed gateway's calls: not acknowledged
                    }
                }
                return null;
            });
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (created.size() < 30 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        victim.process().destroyForcibly(); // SIGKILL
        assertTrue(victim.process().waitFor(10, TimeUnit.SECONDS));
        int atKill = created.size();
        Thread.sleep(500); // the others carry on
        stop.set(true);
        writers.shutdown();
        assertTrue(writers.awaitTermination(60, TimeUnit.SECONDS));
        assertTrue(created.size() > atKill, "the surviving gateways kept answering: " + atKill + " then " + created.size());

        for (PackagedJar survivor : List.of(gateway(1), gateway(3))) {
            Set<String> stored = new HashSet<>();
            for (long offset = 0; ; offset += 100) {
                DescribeSyncJobsRequest page = new DescribeSyncJobsRequest();
                page.setLimit(100L);
                page.setOffset(offset);
                SyncJobInfo[] jobs = survivor.dts().DescribeSyncJobs(page).getJobList();
                for (SyncJobInfo job : jobs) {
                    stored.add(job.getJobId());
                }
                if (jobs.length < 100) {
                    break;
                }
            }
            List<String> lost = created.stream().filter(id -> !stored.contains(id)).toList();
            assertEquals(List.of(), lost, "acknowledged jobs missing at gateway on port " + survivor.port());
        }
        System.out.println("MultiGatewayIT: " + created.size() + " acknowledged creates, none lost when a gateway was killed");
    }

    private interface Racer<T> {
        T run(int n) throws Exception;
    }

    /** Runs {@code racer} on {@code n} threads released at once; their results in thread order. */
    private static <T> List<T> race(int n, Racer<T> racer) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int k = i;
                futures.add(pool.submit((Callable<T>) () -> {
                    start.await();
                    return racer.run(k);
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
