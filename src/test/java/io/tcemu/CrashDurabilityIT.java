package io.tcemu;

import com.tencentcloudapi.common.exception.TencentCloudSDKException;
import com.tencentcloudapi.dts.v20211206.DtsClient;
import com.tencentcloudapi.dts.v20211206.models.CreateSyncJobRequest;
import com.tencentcloudapi.dts.v20211206.models.DescribeSyncJobsRequest;
import com.tencentcloudapi.dts.v20211206.models.DescribeSyncJobsResponse;
import com.tencentcloudapi.dts.v20211206.models.SyncJobInfo;
import com.tencentcloudapi.redis.v20180412.RedisClient;
import com.tencentcloudapi.redis.v20180412.models.CreateInstancesRequest;
import com.tencentcloudapi.redis.v20180412.models.DescribeTaskInfoRequest;
import com.tencentcloudapi.redis.v20180412.models.ManualBackupInstanceRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The packaged jar on an H2 file, killed with SIGKILL while clients create DTS sync jobs and start
 * Redis tasks, three times: after each restart every acknowledged create and task start is there,
 * and in the end every Redis instance accepts a new task. The seed of the kill times is printed.
 */
class CrashDurabilityIT {
    private static final int ROUNDS = 3;
    private static final int INSTANCES = 4;
    private static final String REGION = "ap-guangzhou";

    private final List<String> jobs = new ArrayList<>();
    private final List<Long> tasks = new ArrayList<>();

    @Test
    void acknowledgedWritesSurviveKillNineAndNoInstanceStaysLocked(@TempDir Path dir) throws Exception {
        long seed = Long.getLong("tcemu.crash.seed", System.nanoTime());
        System.out.println("CrashDurabilityIT seed " + seed + " (rerun with -Dtcemu.crash.seed=" + seed + ")");
        Random random = new Random(seed);
        String db = "jdbc:h2:file:" + dir.resolve("data").toAbsolutePath();
        List<String> instances = new ArrayList<>();
        for (int round = 1; round <= ROUNDS; round++) {
            PackagedJar jar = start(dir, db, round);
            try {
                if (instances.isEmpty()) {
                    instances.addAll(createInstances(jar.redis()));
                }
                assertEverythingAcknowledgedIsThere(jar, round);
                writeUntilKilled(jar, instances, random.nextInt(1000));
            } finally {
                jar.process().destroyForcibly();
            }
        }
        PackagedJar last = start(dir, db, ROUNDS + 1);
        try {
            assertEverythingAcknowledgedIsThere(last, ROUNDS + 1);
            last.admin("/_tcemu/clock/advance", "{\"seconds\": 3600}");
            for (String instance : instances) {
                assertTrue(backUp(last.redis(), instance) > 0, instance + " accepts a new task an hour later");
            }
            last.process().toHandle().destroy(); // SIGTERM: a clean stop, with the database closed by tcemu
            assertTrue(last.process().waitFor(30, TimeUnit.SECONDS), "stops within 30 s of SIGTERM");
            String log = Files.readString(last.log());
            assertTrue(log.contains("tcemu stopped"), "a clean stop is reported");
            assertTrue(!log.contains("Database is already closed"), log.substring(Math.max(0, log.length() - 2000)));
        } finally {
            last.process().destroyForcibly();
        }
        System.out.println("CrashDurabilityIT: " + jobs.size() + " acknowledged sync jobs and " + tasks.size()
                + " acknowledged Redis task starts survived " + ROUNDS + " kills");
    }

    private static PackagedJar start(Path dir, String db, int run) throws Exception {
        return PackagedJar.start(dir.resolve("run-" + run + ".log"), "--db", db, "--progression", "immediate",
                // the check reads every acknowledged task back at once, faster than DescribeTaskInfo's 20 calls a second
                "--rate-limits", "off");
    }

    private void assertEverythingAcknowledgedIsThere(PackagedJar jar, int round) throws Exception {
        Set<String> stored = new HashSet<>();
        DtsClient dts = jar.dts();
        for (long offset = 0; ; offset += 100) {
            DescribeSyncJobsRequest page = new DescribeSyncJobsRequest();
            page.setLimit(100L);
            page.setOffset(offset);
            DescribeSyncJobsResponse answer = dts.DescribeSyncJobs(page);
            for (SyncJobInfo job : answer.getJobList()) {
                stored.add(job.getJobId());
            }
            if (answer.getJobList().length < 100) {
                break;
            }
        }
        List<String> lostJobs = jobs.stream().filter(id -> !stored.contains(id)).toList();
        assertEquals(List.of(), lostJobs, "acknowledged sync jobs lost before start " + round);
        RedisClient redis = jar.redis();
        List<Long> lostTasks = new ArrayList<>();
        for (long task : tasks) {
            DescribeTaskInfoRequest info = new DescribeTaskInfoRequest();
            info.setTaskId(task);
            try {
                redis.DescribeTaskInfo(info);
            } catch (TencentCloudSDKException e) {
                lostTasks.add(task);
                System.out.println("task " + task + " not read back: " + e.getErrorCode() + " " + e.getMessage());
            }
        }
        assertEquals(List.of(), lostTasks, "acknowledged Redis task starts lost before start " + round);
    }

    /** Two clients write as fast as they can until a random moment; only what they got an answer for is recorded. */
    private void writeUntilKilled(PackagedJar jar, List<String> instances, long killAfterMillis) throws Exception {
        ConcurrentLinkedQueue<String> createdJobs = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Long> startedTasks = new ConcurrentLinkedQueue<>();
        AtomicBoolean killed = new AtomicBoolean();
        Thread jobWriter = new Thread(() -> {
            DtsClient dts = jar.dts();
            while (!killed.get()) {
                try {
                    createdJobs.add(dts.CreateSyncJob(purchase()).getJobIds()[0]);
                } catch (TencentCloudSDKException e) {
                    // killed mid-call: not acknowledged
                }
            }
        });
        Thread taskWriter = new Thread(() -> {
            RedisClient redis = jar.redis();
            for (int i = 0; !killed.get(); i++) {
                long task = backUp(redis, instances.get(i % instances.size()));
                if (task > 0) {
                    startedTasks.add(task);
                }
            }
        });
        jobWriter.start();
        taskWriter.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while ((createdJobs.size() < 5 || startedTasks.size() < 3) && System.nanoTime() < deadline) {
            Thread.sleep(20); // both kinds of write are under way before the kill
        }
        Thread.sleep(killAfterMillis);
        jar.process().destroyForcibly(); // SIGKILL
        jar.process().waitFor(10, TimeUnit.SECONDS);
        killed.set(true);
        jobWriter.join();
        taskWriter.join();
        jobs.addAll(createdJobs);
        tasks.addAll(startedTasks);
        assertTrue(createdJobs.size() >= 5 && startedTasks.size() >= 3, "both writers were acknowledged before the kill: "
                + createdJobs.size() + " jobs, " + startedTasks.size() + " task starts");
    }

    /** @return the started task's id, or 0 when refused or unanswered */
    private static long backUp(RedisClient redis, String instance) {
        ManualBackupInstanceRequest backup = new ManualBackupInstanceRequest();
        backup.setInstanceId(instance);
        backup.setRemark("crash test");
        try {
            return redis.ManualBackupInstance(backup).getTaskId();
        } catch (TencentCloudSDKException e) {
            return 0;
        }
    }

    private static List<String> createInstances(RedisClient redis) throws TencentCloudSDKException {
        CreateInstancesRequest order = new CreateInstancesRequest();
        order.setTypeId(15L);
        order.setMemSize(1024L);
        order.setGoodsNum((long) INSTANCES);
        order.setPeriod(1L);
        order.setBillingMode(0L);
        order.setZoneId(100003L);
        order.setPassword("Redis@2024pass");
        return List.of(redis.CreateInstances(order).getInstanceIds());
    }

    private static CreateSyncJobRequest purchase() {
        CreateSyncJobRequest request = new CreateSyncJobRequest();
        request.setPayMode("PostPay");
        request.setSrcDatabaseType("mysql");
        request.setSrcRegion(REGION);
        request.setDstDatabaseType("mysql");
        request.setDstRegion(REGION);
        request.setInstanceClass("micro");
        return request;
    }
}
