package io.tcemu.product.redis;

import io.tcemu.api.Language;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tcemu.lifecycle.Resource;
import io.tcemu.product.WireTime;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** An instance as DescribeInstances shows it (InstanceSet): its stored attributes plus what its state says. */
final class InstanceView {
    /** Attributes stored under their InstanceSet names; the password and the flow's task stay private. */
    private static final List<String> SHOWN = List.of("InstanceName", "ProjectId", "ZoneId", "WanIp", "Port", "Type",
            "AutoRenewFlag", "DeadlineTime", "UniqVpcId", "UniqSubnetId", "BillingMode", "RedisShardSize",
            "RedisShardNum", "RedisReplicasNum", "NoAuth", "ProductVersion", "NodeSet", "InstanceTags", "SizeUsed",
            "DeleteProtectionSwitch");
    /** The instance lifecycle's rules that take an isolated instance offline (OfflineTime). */
    private static final List<String> OFFLINE_RULES = List.of("PostpaidOffline", "PrepaidOffline");
    /** The proxy version an instance runs until UpgradeProxyVersion: the first instance's in DescribeInstances' documented example. */
    private static final String FIRST_PROXY_VERSION = "5.8.0";
    /** The connection limit of one shard by default (ClientLimit counts every shard). */
    private static final long CONNECTIONS_PER_SHARD = 10_000;

    private InstanceView() {
    }

    static ObjectNode of(Resource instance, Language language) {
        ObjectNode a = instance.attributes();
        InstanceType type = type(a);
        Instant since = instance.since().get("Status");
        ObjectNode view = a.objectNode().put("InstanceId", instance.id());
        SHOWN.stream().filter(a::has).forEach(f -> view.set(f, a.get(f)));
        return view.put("Status", RedisStates.INSTANCE_STATUS.of(instance).asInt())
                .put("InstanceTitle", RedisStates.INSTANCE_TITLE.of(instance).path(language.pick("en", "zh")).asText())
                .put("SubStatus", 0)
                .put("Createtime", WireTime.format(instance.createdAt()))
                .put("Size", (double) a.path("RedisShardSize").asLong() * a.path("RedisShardNum").asLong())
                .put("Engine", type.engine())
                .put("ProductType", type.productType())
                .put("CloseTime", RedisStates.INSTANCE_ISOLATED.contains(instance) ? WireTime.format(since) : WireTime.ZERO)
                .put("OfflineTime", offlineTime(instance, since))
                .put("Region", instance.key().scope().region())
                .put("Appid", number(instance.key().scope().account()))
                .put("VpcId", networkNumber(a.path("UniqVpcId").asText()))
                .put("SubnetId", networkNumber(a.path("UniqSubnetId").asText()))
                .put("PasswordFree", a.path("NoAuth").asBoolean() ? 1 : 0)
                .put("ClientLimit", CONNECTIONS_PER_SHARD * a.path("RedisShardNum").asLong(1))
                .put("CurrentRedisVersion", redisVersion(a))
                .put("CurrentProxyVersion", proxyVersion(a));
    }

    static InstanceType type(ObjectNode instance) {
        return InstanceType.of(instance.path("Type").asLong()).orElseThrow();
    }

    /** The kernel version the instance runs: its type's engine version until UpgradeSmallVersion sets a later one. */
    static String redisVersion(ObjectNode instance) {
        return instance.path("CurrentRedisVersion").asText(type(instance).version());
    }

    static String proxyVersion(ObjectNode instance) {
        return instance.path("CurrentProxyVersion").asText(FIRST_PROXY_VERSION);
    }

    /** The account id as the number Appid is; 0 for an ad-hoc account named by its SecretId. */
    private static long number(String accountId) {
        return accountId.chars().allMatch(Character::isDigit) && accountId.length() < 19 ? Long.parseLong(accountId) : 0;
    }

    /**
     * The numeric VpcId or SubnetId beside the unique one: the API's numbers are internal, so one is
     * derived from the unique id, the same for every instance in that network; 0 in the classic network.
     */
    private static long networkNumber(String uniqueId) {
        return uniqueId.isEmpty() ? 0 : 1_000_000 + Math.floorMod(uniqueId.hashCode(), 9_000_000);
    }

    /** When an isolated instance goes offline (by the lifecycle's rule), or went offline; empty otherwise. */
    private static String offlineTime(Resource instance, Instant since) {
        if (RedisStates.INSTANCE_ISOLATED.contains(instance)) {
            return OFFLINE_RULES.stream().map(instance::ruleDueAt)
                    .flatMap(Optional::stream).findFirst().map(WireTime::format).orElse("");
        }
        return RedisStates.INSTANCE_DELETING.contains(instance) ? WireTime.format(since) : "";
    }
}
