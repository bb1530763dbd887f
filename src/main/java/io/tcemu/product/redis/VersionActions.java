package io.tcemu.product.redis;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tcemu.api.ApiError;
import io.tcemu.api.ApiRequest;
import io.tcemu.product.ProductActions;
import java.util.Optional;
import java.util.function.Function;

/**
 * The upgrades that start a task and, unlike the other task-starting actions, answer its id as
 * FlowId: UpgradeSmallVersion, UpgradeProxyVersion and UpgradeVersionToMultiAvailabilityZones.
 */
final class VersionActions {
    private final TaskStarter tasks;

    VersionActions(TaskStarter tasks) {
        this.tasks = tasks;
    }

    void register(ProductActions actions) {
        actions.on("UpgradeSmallVersion", this::upgradeSmallVersion);
        actions.on("UpgradeProxyVersion", this::upgradeProxyVersion);
        actions.on("UpgradeVersionToMultiAvailabilityZones", this::upgradeToMultiAvailabilityZones);
    }

    /**
     * UpgradeSmallVersion: an Upgrade Minor Version task to a later kernel version of the engine
     * version the instance's type names (6.2 to 6.2.14); another engine version is UpgradeInstanceVersion's.
     */
    private ObjectNode upgradeSmallVersion(ApiRequest request) {
        return upgrade(request, TaskKind.UPGRADE_MINOR_VERSION, "Redis", RedisErrors.UNSUPPORTED_OPERATION_INSTANCE_NOT_OPERATION,
                InstanceView::redisVersion, a -> Optional.of(InstanceView.type(a).version()));
    }

    /** UpgradeProxyVersion: an Upgrade Proxy Version task to any later proxy version. */
    private ObjectNode upgradeProxyVersion(ApiRequest request) {
        return upgrade(request, TaskKind.UPGRADE_PROXY_VERSION, "Proxy", RedisErrors.INVALID_PARAMETER_VALUE_CHECK_NOT_PASS,
                InstanceView::proxyVersion, a -> Optional.empty());
    }

    /**
     * Starts {@code kind}'s task from Current{component}Version, which must be the instance's, to
     * Upgrade{component}Version, which must be later and, where {@code line} names one, of that line;
     * the instance shows the new version from the call on. Refusals are {@code code}, the one each action documents.
     */
    private ObjectNode upgrade(ApiRequest request, TaskKind kind, String component, String code,
                               Function<ObjectNode, String> running, Function<ObjectNode, Optional<String>> line) {
        ObjectNode p = request.params();
        String currentName = "Current" + component + "Version";
        String targetName = "Upgrade" + component + "Version";
        String claimed = p.path(currentName).asText();
        String target = p.path(targetName).asText();
        TaskStarter.Started started = tasks.start(request, kind, a -> {
            String now = running.apply(a);
            DottedVersion from = DottedVersion.parse(now).orElseThrow();
            if (DottedVersion.parse(claimed).filter(c -> c.compareTo(from) == 0).isEmpty()) {
                throw ApiError.of(code, "The instance runs " + component + " " + now + ", not " + claimed + ": send "
                                + currentName + " as DescribeInstances shows it.",
                        "实例当前 " + component + " 版本为 " + now + "，不是 " + claimed + "，请按 DescribeInstances 所示填写 " + currentName + "。");
            }
            Optional<String> kept = line.apply(a);
            Optional<DottedVersion> keptVersion = kept.flatMap(DottedVersion::parse);
            boolean later = DottedVersion.parse(target)
                    .filter(to -> to.compareTo(from) > 0 && keptVersion.map(to::isOf).orElse(true)).isPresent();
            if (!later) {
                String of = kept.map(v -> " within engine version " + v + " (another engine version is UpgradeInstanceVersion's)").orElse("");
                String ofZh = kept.map(v -> "，且属于引擎版本 " + v + "（升级引擎版本请使用 UpgradeInstanceVersion）").orElse("");
                throw ApiError.of(code, targetName + " must be a dotted version later than " + now + of + ", not " + target + ".",
                        targetName + " 须为高于 " + now + " 的版本号" + ofZh + "，当前为 " + target + "。");
            }
            a.put(currentName, target);
        });
        return flow(started);
    }

    /**
     * UpgradeVersionToMultiAvailabilityZones (deprecated, still served): an Upgrade to Multi-AZ task;
     * from the call on the instance lists its nodes (NodeSet, which only multi-AZ instances show):
     * the master and its replicas, in the instance's zone until ModifyInstanceAvailabilityZones moves
     * them. UpgradeProxyAndRedisServer (nearby access) changes no version here.
     */
    private ObjectNode upgradeToMultiAvailabilityZones(ApiRequest request) {
        TaskStarter.Started started = tasks.start(request, TaskKind.UPGRADE_TO_MULTI_AZ, a -> {
            if (!a.path("NodeSet").isEmpty()) {
                throw ApiError.of(RedisErrors.UNSUPPORTED_OPERATION_INSTANCE_NOT_OPERATION, "The instance already spans availability zones"
                                + " (DescribeInstances lists its NodeSet); move its nodes with ModifyInstanceAvailabilityZones.",
                        "实例已支持多可用区（DescribeInstances 返回其 NodeSet），如需迁移节点请使用 ModifyInstanceAvailabilityZones。");
            }
            long zone = a.path("ZoneId").asLong();
            ArrayNode nodes = a.putArray("NodeSet");
            nodes.addObject().put("NodeType", 0).put("ZoneId", zone);
            for (long i = 0; i < a.path("RedisReplicasNum").asLong(); i++) {
                nodes.addObject().put("NodeType", 1).put("ZoneId", zone);
            }
        });
        return flow(started);
    }

    private static ObjectNode flow(TaskStarter.Started started) {
        return JsonNodeFactory.instance.objectNode().put("FlowId", started.taskId());
    }
}
