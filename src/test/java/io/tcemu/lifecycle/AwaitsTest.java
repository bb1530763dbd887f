package io.tcemu.lifecycle;

import static io.tcemu.lifecycle.EngineFixture.HERE;
import static io.tcemu.lifecycle.EngineFixture.START;
import static io.tcemu.lifecycle.EngineFixture.json;
import static io.tcemu.lifecycle.EngineFixture.refused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tcemu.api.ApiError;
import io.tcemu.store.ResourceKey;
import io.tcemu.store.Scope;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** An operation that awaits another resource, on the Redis instance and task lifecycles. */
class AwaitsTest {
    private final EngineFixture f = new EngineFixture();
    private final LifecycleEngine engine = f.engine;

    @AfterEach
    void close() {
        f.close();
    }

    static ResourceKey instance(String id) {
        return new ResourceKey(HERE, "redis.Instance", id);
    }

    static ResourceKey task(String id) {
        return new ResourceKey(HERE, "redis.Task", id);
    }

    private void runningInstance(String id) {
        engine.create(instance(id), json("{'BillingMode':0}"), Map.of("Status", "running"));
    }

    /** What a handler does: the instance enters its flow naming the task, then the task is created. */
    private Resource startFlow(String instanceId, String action, String taskId) {
        Resource flowing = engine.apply(instance(instanceId), action, a -> a.put("FlowTaskId", taskId));
        engine.create(task(taskId), json("{'Action':'" + action + "'}"));
        return flowing;
    }

    @Test
    void aNewInstanceWaitsForItsCreateTaskAndSettlesWhenTheTaskDid() {
        engine.create(instance("crs-00000001"), json("{'FlowTaskId':'1','BillingMode':0}"));
        engine.create(task("1"), json("{'Action':'CreateInstances'}"));

        f.advanceSeconds(5);
        assertEquals("running", engine.get(task("1")).state("Status"));
        assertEquals("creating", engine.get(instance("crs-00000001")).state("Status"));

        f.advanceSeconds(3600);
        Resource running = engine.get(instance("crs-00000001"));
        assertEquals("running", running.state("Status"));
        assertEquals(START.plusSeconds(10), running.since().get("Status"), "settled when the task succeeded, not when read");
    }

    @Test
    void readingTheInstanceCountsAsAReadOfTheTaskItAwaits() {
        engine.progressions().set(new ProgressionSetting("redis.Task", null, ProgressionMode.READS, null, 2));
        runningInstance("crs-00000001");
        startFlow("crs-00000001", "ClearInstance", "2");

        assertEquals("processing", engine.get(instance("crs-00000001")).state("Status"), "Prepare: 1 of 2 reads");
        assertEquals("running", engine.get(task("2")).state("Status"), "Prepare: 2 of 2 reads");
        assertEquals("processing", engine.get(instance("crs-00000001")).state("Status"), "ClearInstance: 1 of 2 reads");
        assertEquals("running", engine.list(HERE, "redis.Instance").get(0).state("Status"), "ClearInstance: 2 of 2 reads");
        assertEquals("succeed", engine.get(task("2")).state("Status"));
    }

    @Test
    void whileInAFlowTheInstanceRefusesWithTheDocumentedCodeAndReturnsToRunningWhenTheTaskFails() {
        engine.faults().add(new Fault("redis", "ClearInstance", null, Fault.Outcome.FAIL));
        runningInstance("crs-00000001");

        assertEquals("processing", startFlow("crs-00000001", "ClearInstance", "3").state("Status"));
        refused("ResourceUnavailable.InstanceLockedError", () -> engine.apply(instance("crs-00000001"), "ManualBackupInstance",
                a -> a.put("FlowTaskId", "4")));
        refused("ResourceUnavailable.InstanceStatusAbnormal", () -> engine.apply(instance("crs-00000001"), "ResetPassword",
                a -> a.put("FlowTaskId", "4")));

        f.advanceSeconds(3);
        assertEquals("failed", engine.get(task("3")).state("Status"));
        Resource back = engine.get(instance("crs-00000001"));
        assertEquals("running", back.state("Status"));
        assertEquals(OperationRun.Outcome.FAILED, back.lastRun("ClearInstance").orElseThrow().outcome(),
                "the flow failed with its task");
        assertEquals("3", back.attributes().get("FlowTaskId").asText(), "the refused operations changed nothing");
    }

    @Test
    void aRefusalMatchesOnAttributesToo() {
        engine.create(instance("crs-00000001"), json("{'BillingMode':1}"), Map.of("Status", "running"));
        ApiError e = refused("InvalidParameterValue.UnSupportedType",
                () -> engine.apply(instance("crs-00000001"), "DestroyPostpaidInstance", a -> a.put("FlowTaskId", "5")));
        assertTrue(e.getMessage().contains("BillingMode `1`"), e.getMessage());
    }

    @Test
    void progressionAndReleaseApplyToTheAwaitedTaskNotToTheInstance() {
        engine.progressions().set(new ProgressionSetting("redis.Task", null, ProgressionMode.HELD, null, null));
        runningInstance("crs-00000001");
        startFlow("crs-00000001", "DestroyPostpaidInstance", "6");

        refused("FailedOperation", () -> engine.release("crs-00000001"));
        engine.release("6");
        assertEquals("running", engine.get(task("6")).state("Status"));
        engine.release("6");
        assertEquals("isolated", engine.get(instance("crs-00000001")).state("Status"));
    }

    @Test
    void anAwaitingOperationNeedsTheAttributeNamingWhatItAwaits() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> engine.create(instance("crs-00000001"), json("{'BillingMode':0}")));
        assertTrue(e.getMessage().contains("FlowTaskId"), e.getMessage());
    }

    @Test
    void findAllReachesEveryAccountAndRegion() {
        engine.create(task("7"), json("{'Action':'ClearInstance'}"));
        engine.create(new ResourceKey(Scope.of("200002", "ap-shanghai"), "redis.Task", "7"), json("{'Action':'ClearInstance'}"));

        List<Resource> found = engine.findAll("redis.Task", "7");
        assertEquals(List.of("100001", "200002"), found.stream().map(r -> r.key().scope().account()).toList());
        assertEquals(List.of(), engine.findAll("redis.Instance", "7"));
    }

    @Test
    void ruleDueAtTellsWhenAnIsolatedInstanceGoesOffline() {
        engine.create(instance("crs-00000001"), json("{'BillingMode':0}"), Map.of("Status", "isolated"));
        Resource isolated = engine.get(instance("crs-00000001"));

        assertEquals(Optional.of(START.plusSeconds(7200)), isolated.ruleDueAt("PostpaidOffline"));
        assertEquals(Optional.empty(), isolated.ruleDueAt("PrepaidOffline"));
        f.advanceSeconds(7200 + 60);
        refused("ResourceNotFound.InstanceNotExists", () -> engine.get(instance("crs-00000001")));
    }

    @Test
    void theInstantIsNeverBeforeTheAwaitingOperationBegan() {
        engine.create(task("8"), json("{'Action':'ClearInstance'}"));
        f.advanceSeconds(60);
        runningInstance("crs-00000001");
        engine.apply(instance("crs-00000001"), "ClearInstance", a -> a.put("FlowTaskId", "8"));

        Resource settled = engine.get(instance("crs-00000001"));
        assertEquals("running", settled.state("Status"));
        assertEquals(START.plusSeconds(60), settled.since().get("Status"));
        assertTrue(settled.pending().isEmpty());
    }
}
