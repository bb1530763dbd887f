package io.tcemu.product.dts;

import com.tencentcloudapi.common.exception.TencentCloudSDKException;
import com.tencentcloudapi.dts.v20211206.DtsClient;
import com.tencentcloudapi.dts.v20211206.models.ContinueSyncJobRequest;
import com.tencentcloudapi.dts.v20211206.models.CreateCheckSyncJobRequest;
import com.tencentcloudapi.dts.v20211206.models.DescribeSyncJobsRequest;
import com.tencentcloudapi.dts.v20211206.models.PauseSyncJobRequest;
import com.tencentcloudapi.dts.v20211206.models.StartSyncJobRequest;
import com.tencentcloudapi.redis.v20180412.RedisClient;
import com.tencentcloudapi.redis.v20180412.models.DescribeInstancesRequest;
import com.tencentcloudapi.redis.v20180412.models.DescribeTaskListRequest;
import com.tencentcloudapi.redis.v20180412.models.ManualBackupInstanceRequest;
import io.tcemu.Emulator;
import io.tcemu.EmulatorConfig;
import io.tcemu.ConcurrentClients;
import io.tcemu.SdkClients;
import io.tcemu.product.redis.RedisSteps;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 16 SDK clients through the whole gateway, about 1,000 mixed operations per progression mode:
 * eight pause, continue and read one DTS sync job, eight start tasks on and read one Redis
 * instance, and now and then one lets what is in flight settle (an admin release, or a clock
 * advance). Every state seen is one the lifecycle has, accepted pauses and continues alternate,
 * every accepted Redis start is a task of the instance and no other task appears.
 */
class GatewayRaceTest {
    private static final int CLIENTS = 16;
    private static final int OPERATIONS_EACH = 63;
    private static Emulator emulator;

    @BeforeAll
    static void start() {
        emulator = Emulator.start(EmulatorConfig.ephemeral());
    }

    @AfterAll
    static void stop() {
        emulator.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"immediate", "held", "time"})
    void mixedOperationsLeaveNoInvalidStateAndNoLostUpdate(String mode) throws Exception {
        admin("/_tcemu/reset", "{}");
        admin("/_tcemu/progression", "PUT", "{\"mode\":\"immediate\"}");
        DtsClient dts = SdkClients.dts(SdkClients.devCredential(), SdkClients.http(emulator));
        RedisClient redis = SdkClients.redis(SdkClients.devCredential(), SdkClients.http(emulator));
        String job = runningJob(dts);
        String instance = runningInstance(redis);
        admin("/_tcemu/progression", "PUT", "{\"mode\":\"" + mode + "\"}");
        admin("/_tcemu/clock", "{\"frozen\": true}");

        AtomicInteger pauses = new AtomicInteger();
        AtomicInteger continues = new AtomicInteger();
        ConcurrentLinkedQueue<Long> startedTasks = new ConcurrentLinkedQueue<>();
        java.util.concurrent.atomic.AtomicLong lastTask = new java.util.concurrent.atomic.AtomicLong();
        Set<String> seenJobStates = ConcurrentHashMap.newKeySet();
        Set<Long> seenInstanceStates = ConcurrentHashMap.newKeySet();
        Map<String, Integer> refusals = new ConcurrentHashMap<>();
        ConcurrentClients.run(CLIENTS, client -> {
            for (int i = 0; i < OPERATIONS_EACH; i++) {
                int pick = (client * 7 + i) % 4;
                try {
                    if (pick == 3 && i % 3 == 0 && client < 8) {
                        settle(mode, job);
                    } else if (pick == 3 && i % 3 == 0) {
                        settle(mode, String.valueOf(lastTask.get()));
                        settle(mode, instance);
                    } else if (client < 8 && pick == 0) {
                        dts.PauseSyncJob(SyncJobSteps.forJob(new PauseSyncJobRequest(), job));
                        pauses.incrementAndGet();
                    } else if (client < 8 && pick == 1) {
                        dts.ContinueSyncJob(SyncJobSteps.forJob(new ContinueSyncJobRequest(), job));
                        continues.incrementAndGet();
                    } else if (client < 8) {
                        seenJobStates.add(describe(dts, job));
                    } else if (pick <= 1) {
                        ManualBackupInstanceRequest backup = new ManualBackupInstanceRequest();
                        backup.setInstanceId(instance);
                        long task = redis.ManualBackupInstance(backup).getTaskId();
                        startedTasks.add(task);
                        lastTask.set(task);
                    } else {
                        seenInstanceStates.add(status(redis, instance));
                    }
                } catch (TencentCloudSDKException refused) {
                    refusals.merge(refused.getErrorCode(), 1, Integer::sum);
                }
            }
        });
        settle(mode, job);
        for (long task : startedTasks) {
            settle(mode, String.valueOf(task)); // held, an instance's flow ends when its task and it are released
        }
        settle(mode, instance);

        assertTrue(emulator.engine().catalog().get(SyncJobs.LIFECYCLE).dimension("Status").states()
                .containsAll(seenJobStates), "sync job states seen: " + seenJobStates);
        assertTrue(Set.of(1L, 2L).containsAll(seenInstanceStates), "instance states seen: " + seenInstanceStates);
        assertTrue(Set.of("OperationDenied.OperationDeniedError", "ResourceUnavailable.InstanceLockedError")
                .containsAll(refusals.keySet()), refusals.toString());
        int difference = pauses.get() - continues.get();
        assertTrue(difference == 0 || difference == 1, pauses + " pauses, " + continues + " continues");
        assertTrue(pauses.get() > 0 && !startedTasks.isEmpty(), "some operations got through");
        assertEquals(difference == 1 ? "Paused" : "Running", describe(dts, job));
        assertEquals(2L, status(redis, instance), "the instance is running once its tasks are done");
        Set<Long> tasksOfInstance = new java.util.HashSet<>();
        for (long offset = 0; ; offset += 100) {
            DescribeTaskListRequest page = new DescribeTaskListRequest();
            page.setInstanceId(instance);
            page.setLimit(100L);
            page.setOffset(offset);
            var tasks = redis.DescribeTaskList(page).getTasks();
            for (var task : tasks) {
                tasksOfInstance.add(task.getTaskId());
            }
            if (tasks.length < 100) {
                break;
            }
        }
        assertEquals(startedTasks.size() + 1, tasksOfInstance.size(), "its Create task and one per accepted start");
        assertTrue(tasksOfInstance.containsAll(startedTasks), "every accepted start is a task of the instance");
    }

    /** Lets whatever is in flight on the resource (a job, a Redis task) finish, as the progression mode allows. */
    private static void settle(String mode, String resourceId) throws Exception {
        if (mode.equals("held")) {
            // a held Redis task moves one step per release (preparing, running, succeed): release until nothing is held
            for (int step = 0; step < 3; step++) {
                if (admin("/_tcemu/resources/" + resourceId + "/release", "{}") != 200) {
                    break;
                }
            }
        } else if (mode.equals("time")) {
            admin("/_tcemu/clock/advance", "{\"seconds\": 30}");
        }
    }

    private static String describe(DtsClient dts, String job) throws TencentCloudSDKException {
        return dts.DescribeSyncJobs(SyncJobSteps.forJob(new DescribeSyncJobsRequest(), job)).getJobList()[0].getStatus();
    }

    private static long status(RedisClient redis, String instance) throws TencentCloudSDKException {
        DescribeInstancesRequest request = new DescribeInstancesRequest();
        request.setInstanceId(instance);
        return redis.DescribeInstances(request).getInstanceSet()[0].getStatus();
    }

    private static String runningJob(DtsClient dts) throws TencentCloudSDKException {
        String job = dts.CreateSyncJob(SyncJobSteps.purchase("PostPay")).getJobIds()[0];
        dts.ConfigureSyncJob(SyncJobSteps.configuration(job));
        dts.CreateCheckSyncJob(SyncJobSteps.forJob(new CreateCheckSyncJobRequest(), job));
        dts.StartSyncJob(SyncJobSteps.forJob(new StartSyncJobRequest(), job));
        assertEquals("Running", describe(dts, job));
        return job;
    }

    private static String runningInstance(RedisClient redis) throws TencentCloudSDKException {
        String instance = redis.CreateInstances(RedisSteps.order("raced")).getInstanceIds()[0];
        assertEquals(2L, status(redis, instance));
        return instance;
    }

    private static int admin(String path, String body) throws Exception {
        return admin(path, "POST", body);
    }

    /** @return the status; anything but 200 fails the test, except for a release with nothing to release */
    private static int admin(String path, String method, String body) throws Exception {
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://" + emulator.httpEndpoint() + path))
                .method(method, HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(answer.statusCode() == 200 || path.endsWith("/release"), path + ": " + answer.body());
        return answer.statusCode();
    }
}
