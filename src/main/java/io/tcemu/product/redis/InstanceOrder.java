package io.tcemu.product.redis;

import io.tcemu.product.Params;
import io.tcemu.api.CommonErrors;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tcemu.api.ApiError;
import io.tcemu.product.WireTime;
import java.time.Instant;
import java.util.Set;
import java.util.regex.Pattern;

/** A CreateInstances request, checked as the action documents, and the attributes of each instance it buys. */
record InstanceOrder(InstanceType type, long memSize, int goodsNum, int period, int billingMode, int autoRenew,
                     long zoneId, String password, boolean noAuth, String vpcId, String subnetId, long projectId,
                     int port, int shardNum, int replicasNum, String name, String productVersion, ArrayNode nodeSet,
                     ArrayNode tags) {

    private static final Set<Long> PREPAID_PERIODS = Set.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L, 12L, 24L, 36L);
    private static final Pattern NAME = Pattern.compile("[\\p{IsHan}A-Za-z0-9_-]{1,59}");
    /**
     * tcemu has no data plane, so an instance is delivered holding a small sample data set (SizeUsed,
     * in MB) that ClearInstance empties and RestoreInstance brings back from a backup: data a test can see.
     */
    static final double SAMPLE_DATA_MB = 16;

    static InstanceOrder from(ObjectNode p) {
        InstanceType type = InstanceType.of(Params.number(p, "TypeId", 0)).orElseThrow(() -> ApiError.of(
                RedisErrors.INVALID_PARAMETER_VALUE_INVALID_INSTANCE_TYPE_ID, "TypeId must be one of " + InstanceType.known() + ".",
                "TypeId 取值须为 " + InstanceType.known() + " 之一。"));
        long memSize = memSize(p);
        long goods = Params.number(p, "GoodsNum", 0);
        int billingMode = (int) Params.number(p, "BillingMode", 0);
        long period = Params.number(p, "Period", 0);
        checkPeriod(period, billingMode);
        int autoRenew = (int) Params.number(p, "AutoRenew", 0);
        boolean noAuth = Params.flag(p, "NoAuth");
        String vpcId = Params.text(p, "VpcId");
        String subnetId = Params.text(p, "SubnetId");
        Network.check(vpcId, subnetId);
        String password = Params.text(p, "Password");
        if (noAuth) {
            Network.checkPasswordFree(vpcId);
        } else {
            Passwords.checkRule(password, type.ckv(), 64);
        }
        long port = Params.number(p, "VPort", 6379);
        return new InstanceOrder(type, memSize, (int) goods, (int) period, billingMode, autoRenew, zone(p),
                noAuth ? null : password, noAuth, vpcId, subnetId, Params.number(p, "ProjectId", 0), (int) port,
                shardNum(p, type, type.cluster() ? 3 : 1), replicasNum(p, type, 1), name(p), productVersion(p),
                list(p, "NodeSet"), list(p, "ResourceTags"));
    }

    private static ArrayNode list(ObjectNode p, String name) {
        return p.has(name) ? (ArrayNode) p.get(name).deepCopy() : JsonNodeFactory.instance.arrayNode();
    }

    /** Period in months as CreateInstances and RenewInstance take it: 1-12, 24 or 36 for a monthly subscription. */
    static void checkPeriod(long period, int billingMode) {
        if (period < 1) {
            throw ApiError.of(RedisErrors.LIMIT_EXCEEDED_PERIOD_LESS_THAN_MIN_LIMIT, "Period must be at least 1 month (pass 1 for pay-as-you-go).",
                    "Period 至少为 1 个月（按量计费请传 1）。");
        }
        if (billingMode == 1 && period > 36) {
            throw ApiError.of(RedisErrors.LIMIT_EXCEEDED_PERIOD_EXCEED_MAX_LIMIT, "Period must be at most 36 months, not " + period + ".",
                    "Period 最长为 36 个月，当前为 " + period + "。");
        }
        if (billingMode == 1 && !PREPAID_PERIODS.contains(period)) {
            throw ApiError.of(CommonErrors.INVALID_PARAMETER_VALUE, "Period must be 1-12, 24 or 36 months for a monthly subscription, not " + period + ".",
                    "包年包月的 Period 须为 1-12、24 或 36 个月，当前为 " + period + "。");
        }
    }

    private static long zone(ObjectNode p) {
        long zoneId = Params.number(p, "ZoneId", 0);
        if (zoneId == 0 && Params.text(p, "ZoneName") == null) {
            throw ApiError.of(RedisErrors.INVALID_PARAMETER_EMPTY_PARAM, "Give ZoneId or ZoneName: the availability zone of the instance.",
                    "请指定 ZoneId 或 ZoneName（实例所在的可用区）。");
        }
        return zoneId;
    }

    /** MemSize (MB per shard) as CreateInstances and UpgradeInstance take it. */
    static long memSize(ObjectNode p) {
        long memSize = Params.number(p, "MemSize", 0);
        if (memSize <= 0 || memSize % 1024 != 0) {
            throw ApiError.of(RedisErrors.LIMIT_EXCEEDED_INVALID_MEM_SIZE, "MemSize must be a positive multiple of 1024 (MB), not " + memSize + ".",
                    "MemSize 须为 1024 的正整数倍（MB），当前为 " + memSize + "。");
        }
        return memSize;
    }

    /**
     * RedisShardNum, {@code fallback} when absent. constraints.json holds the counts a cluster takes;
     * that a standard-architecture instance takes only 1 depends on its type, so it is checked here.
     */
    static int shardNum(ObjectNode p, InstanceType type, long fallback) {
        long shards = Params.number(p, "RedisShardNum", fallback);
        if (!type.cluster() && shards != 1) {
            throw ApiError.of(RedisErrors.INVALID_PARAMETER_VALUE_SPEC_NOT_EXIST,
                    "A standard-architecture instance has one shard; drop RedisShardNum or pass 1.",
                    "标准架构实例只有 1 个分片，请勿设置 RedisShardNum 或设为 1。");
        }
        return (int) shards;
    }

    /** RedisReplicasNum, {@code fallback} when absent, as the type allows it. */
    static int replicasNum(ObjectNode p, InstanceType type, long fallback) {
        long replicas = Params.number(p, "RedisReplicasNum", fallback);
        int max = type.singleReplicaOnly() ? 1 : 5;
        if (replicas < 1 || replicas > max) {
            throw ApiError.of(RedisErrors.INVALID_PARAMETER_VALUE_SPEC_NOT_EXIST,
                    "RedisReplicasNum must be between 1 and " + max + " for TypeId " + type.id() + ", not " + replicas + ".",
                    "TypeId " + type.id() + " 的 RedisReplicasNum 须在 1 到 " + max + " 之间，当前为 " + replicas + "。");
        }
        return (int) replicas;
    }

    private static String name(ObjectNode p) {
        String name = Params.text(p, "InstanceName");
        if (name != null) {
            // CreateInstances documents no name-rule code: the common one (ModifyInstance documents its own)
            checkName(name, "InstanceName", CommonErrors.INVALID_PARAMETER_VALUE);
        }
        return name;
    }

    /** An instance name as CreateInstances and ModifyInstance document it; {@code code} is what the action answers. */
    static void checkName(String name, String parameter, String code) {
        if (!NAME.matcher(name).matches()) {
            throw ApiError.of(code, parameter + " must be fewer than 60 Chinese or English letters, digits, - or _, not `" + name + "`.",
                    parameter + " 仅支持长度小于 60 的中文、英文、数字、短划线\"-\"和下划线\"_\"。");
        }
    }

    private static String productVersion(ObjectNode p) {
        return Params.text(p, "ProductVersion", "local");
    }

    /** The attributes of one instance of the order, named as InstanceSet names them where it shows them. */
    ObjectNode attributes(String instanceId, String vip, Instant now) {
        ObjectNode a = JsonNodeFactory.instance.objectNode()
                .put("InstanceName", name != null ? name : instanceId)
                .put("ProjectId", projectId)
                .put("ZoneId", zoneId)
                .put("Type", type.id())
                .put("RedisShardSize", memSize)
                .put("RedisShardNum", shardNum)
                .put("RedisReplicasNum", replicasNum)
                .put("BillingMode", billingMode)
                .put("AutoRenewFlag", autoRenew)
                .put("DeadlineTime", billingMode == 1 ? WireTime.format(now.atZone(WireTime.BEIJING).plusMonths(period).toInstant()) : WireTime.ZERO)
                .put("WanIp", vip)
                .put("Port", port)
                .put("UniqVpcId", vpcId == null ? "" : vpcId)
                .put("UniqSubnetId", subnetId == null ? "" : subnetId)
                .put("NoAuth", noAuth)
                .put("ProductVersion", productVersion)
                .put("SizeUsed", SAMPLE_DATA_MB)
                .put("Password", password);
        a.set("NodeSet", nodeSet.deepCopy());
        a.set("InstanceTags", tags.deepCopy());
        return a;
    }
}
