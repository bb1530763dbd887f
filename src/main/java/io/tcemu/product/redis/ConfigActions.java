package io.tcemu.product.redis;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tcemu.api.ApiError;
import io.tcemu.api.ApiRequest;
import io.tcemu.api.CommonErrors;
import io.tcemu.lifecycle.LifecycleEngine;
import io.tcemu.product.ProductActions;
import io.tcemu.store.ResourceKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;

/** An instance's specification and settings: UpgradeInstance resizes it through a task, ModifyInstance changes settings at once. */
final class ConfigActions {
    /** ModifyInstance: at most this many instances per call, as documented. */
    private static final int MAX_INSTANCES = 10;

    private final LifecycleEngine engine;
    private final TaskStarter tasks;
    private final Deals deals;

    ConfigActions(LifecycleEngine engine, TaskStarter tasks, Deals deals) {
        this.engine = engine;
        this.tasks = tasks;
        this.deals = deals;
    }

    void register(ProductActions actions) {
        actions.on("UpgradeInstance", this::upgradeInstance);
        actions.on("ModifyInstance", this::modifyInstance);
    }

    /**
     * UpgradeInstance: a Configure task to the new MemSize (per shard), RedisShardNum or
     * RedisReplicasNum, exactly one of which may differ from the instance's (as documented); the
     * others default to the instance's. Answers an order, as documented, not a TaskId.
     */
    private ObjectNode upgradeInstance(ApiRequest request) {
        ObjectNode p = request.params();
        long memSize = InstanceOrder.memSize(p);
        tasks.start(request, TaskKind.RESIZE, a -> {
            InstanceType type = InstanceType.of(a.path("Type").asLong()).orElseThrow();
            long shards = InstanceOrder.shardNum(p, type, a.path("RedisShardNum").asLong());
            long replicas = InstanceOrder.replicasNum(p, type, a.path("RedisReplicasNum").asLong());
            int changes = (memSize != a.path("RedisShardSize").asLong() ? 1 : 0)
                    + (shards != a.path("RedisShardNum").asLong() ? 1 : 0)
                    + (replicas != a.path("RedisReplicasNum").asLong() ? 1 : 0);
            if (changes != 1) {
                throw ApiError.of(RedisErrors.INVALID_PARAMETER_INVALID_PARAMETER, "Change exactly one of MemSize, RedisShardNum and "
                        + "RedisReplicasNum, and give the others as they are (MemSize " + a.path("RedisShardSize").asLong() + ", RedisShardNum "
                        + a.path("RedisShardNum").asLong() + ", RedisReplicasNum " + a.path("RedisReplicasNum").asLong() + "); this asks for "
                        + changes + " changes.", "MemSize、RedisShardNum 与 RedisReplicasNum 每次只能修改其中一个，其余须传入实例当前规格。");
            }
            a.put("RedisShardSize", memSize).put("RedisShardNum", shards).put("RedisReplicasNum", replicas);
        });
        return deals.next(JsonNodeFactory.instance.objectNode());
    }

    /**
     * ModifyInstance: for each instance of InstanceIds (or the deprecated InstanceId) the change
     * Operation names, the values given per instance in the same order. Every instance is checked to
     * exist before any changes.
     */
    private ObjectNode modifyInstance(ApiRequest request) {
        ObjectNode p = request.params();
        List<String> ids = listOr(p.get("InstanceIds"), p.get("InstanceId"));
        if (ids.isEmpty() || ids.size() > MAX_INSTANCES) {
            throw ApiError.of(CommonErrors.INVALID_PARAMETER_VALUE, "InstanceIds must name 1 to " + MAX_INSTANCES + " instances, not "
                    + ids.size() + ".", "InstanceIds 须包含 1 到 " + MAX_INSTANCES + " 个实例。");
        }
        String operation = p.path("Operation").asText();
        BiConsumer<ObjectNode, Integer> change = switch (operation) {
            case "rename" -> rename(listOr(p.get("InstanceNames"), p.get("InstanceName")), ids.size());
            case "modifyProject" -> project(p);
            case "modifyAutoRenew" -> perInstance(listOr(p.get("AutoRenews"), p.get("AutoRenew")), ids.size(), "AutoRenews",
                    "AutoRenewFlag", Set.of("0", "1", "2"));
            case "modifyDeleteProtectionSwitch" -> perInstance(listOr(p.get("DeleteProtectionSwitches"), null), ids.size(),
                    "DeleteProtectionSwitches", "DeleteProtectionSwitch", Set.of("0", "1"));
            default -> throw ApiError.of(CommonErrors.INVALID_PARAMETER_VALUE, "Operation must be rename, modifyProject, modifyAutoRenew or "
                    + "modifyDeleteProtectionSwitch, not `" + operation + "`.",
                    "Operation 须为 rename、modifyProject、modifyAutoRenew 或 modifyDeleteProtectionSwitch。");
        };
        List<ResourceKey> keys = ids.stream().map(id -> RedisResources.instance(request, id)).toList();
        // every instance must exist before any changes; ModifyInstance documents no not-found code, so the common one
        keys.forEach(key -> {
            try {
                engine.get(key);
            } catch (ApiError missing) {
                throw missing.withCode(CommonErrors.RESOURCE_NOT_FOUND);
            }
        });
        for (int i = 0; i < keys.size(); i++) {
            int index = i;
            engine.apply(keys.get(i), "ModifyInstance", a -> change.accept(a, index));
        }
        return JsonNodeFactory.instance.objectNode();
    }

    private static BiConsumer<ObjectNode, Integer> rename(List<String> names, int instances) {
        sameLength(names, instances, "InstanceNames");
        names.forEach(name -> InstanceOrder.checkName(name, "InstanceNames", CommonErrors.INVALID_PARAMETER_VALUE));
        return (a, i) -> a.put("InstanceName", names.get(i));
    }

    private static BiConsumer<ObjectNode, Integer> project(ObjectNode p) {
        if (!p.has("ProjectId") || p.get("ProjectId").asLong() < 0) {
            throw ApiError.of(CommonErrors.INVALID_PARAMETER_VALUE, "modifyProject needs ProjectId, the project to move the instances to (0 or more).",
                    "modifyProject 需要填写 ProjectId（目标项目 ID，大于等于 0）。");
        }
        long project = p.get("ProjectId").asLong();
        return (a, i) -> a.put("ProjectId", project);
    }

    /** A flag given per instance, one of {@code allowed}, stored as an integer attribute. */
    private static BiConsumer<ObjectNode, Integer> perInstance(List<String> values, int instances, String parameter, String attribute,
                                                               Set<String> allowed) {
        sameLength(values, instances, parameter);
        values.stream().filter(v -> !allowed.contains(v)).findFirst().ifPresent(v -> {
            throw ApiError.of(CommonErrors.INVALID_PARAMETER_VALUE, parameter + " values must be one of " + allowed + ", not " + v + ".",
                    parameter + " 取值须为 " + allowed + " 之一，当前为 " + v + "。");
        });
        return (a, i) -> a.put(attribute, Long.parseLong(values.get(i)));
    }

    private static void sameLength(List<String> values, int instances, String parameter) {
        if (values.size() != instances) {
            throw ApiError.of(CommonErrors.INVALID_PARAMETER_VALUE, parameter + " must give one value per instance of InstanceIds: "
                    + instances + " expected, " + values.size() + " given.", parameter + " 须与 InstanceIds 一一对应：应为 " + instances
                    + " 个，实际为 " + values.size() + " 个。");
        }
    }

    /** A list parameter's values, else the deprecated single parameter's, else none. */
    private static List<String> listOr(JsonNode list, JsonNode single) {
        List<String> values = new ArrayList<>();
        if (list != null && !list.isEmpty()) {
            list.forEach(v -> values.add(v.asText()));
        } else if (single != null && !single.isNull() && !single.asText().isEmpty()) {
            values.add(single.asText());
        }
        return values;
    }
}
