package io.tcemu.product.redis;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tcemu.api.ApiRequest;
import io.tcemu.lifecycle.LifecycleEngine;
import io.tcemu.lifecycle.Resource;
import io.tcemu.store.ResourceKey;
import java.util.function.Consumer;

/**
 * Starts a task on an instance: the instance enters its flow, which the instance lifecycle refuses
 * unless its state allows the action, and awaits the task, which is created in the same write.
 */
final class TaskStarter {
    /** The instance attribute naming the task its flow awaits (lifecycle-instance.json). */
    static final String FLOW_TASK = "FlowTaskId";

    private final LifecycleEngine engine;

    TaskStarter(LifecycleEngine engine) {
        this.engine = engine;
    }

    long nextTaskId() {
        return engine.nextNumber(RedisResources.TASK_SEQUENCE);
    }

    /** A started task and the instance as its flow left it. */
    record Started(long taskId, Resource instance) {
    }

    /**
     * Starts {@code kind}'s task on the instance named by the request's InstanceId, changing the
     * instance's attributes with {@code changes} in the same write (they see the new task's id in
     * FLOW_TASK); {@code changes} may refuse by throwing, after the state check, and then nothing changes.
     */
    Started start(ApiRequest request, TaskKind kind, Consumer<ObjectNode> changes) {
        return start(request, kind, kind.code, changes);
    }

    /** As above, with a task type code other than the kind's usual one. */
    Started start(ApiRequest request, TaskKind kind, String code, Consumer<ObjectNode> changes) {
        long taskId = nextTaskId();
        String instanceId = request.params().path("InstanceId").asText();
        Resource instance = engine.apply(RedisResources.instance(request, instanceId), kind.action, a -> {
            a.put(FLOW_TASK, String.valueOf(taskId));
            changes.accept(a);
        }, flowing -> task(request, flowing, taskId, kind, code));
        return new Started(taskId, instance);
    }

    /** Creates an instance together with the task its creation awaits, in one write. */
    Resource createWithTask(ApiRequest request, ResourceKey key, ObjectNode attributes, long taskId) {
        return engine.create(key, attributes.put(FLOW_TASK, String.valueOf(taskId)),
                created -> task(request, created, taskId, TaskKind.CREATE, TaskKind.CREATE.code));
    }

    /** The task an instance's flow (or its creation) names, to be stored with that change. */
    private static LifecycleEngine.Companion task(ApiRequest request, Resource instance, long taskId, TaskKind kind,
                                                  String code) {
        ObjectNode task = JsonNodeFactory.instance.objectNode()
                .put("TaskId", taskId)
                .put("Action", kind.action)
                .put("TaskType", code)
                .put("InstanceId", instance.id())
                .put("InstanceName", instance.attributes().path("InstanceName").asText())
                .put("ProjectId", instance.attributes().path("ProjectId").asLong())
                .put("OperateUin", request.account().id());
        return new LifecycleEngine.Companion(RedisResources.task(instance.key().scope(), taskId), task);
    }
}
