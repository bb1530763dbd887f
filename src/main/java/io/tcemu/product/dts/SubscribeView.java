package io.tcemu.product.dts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tcemu.lifecycle.Resource;
import io.tcemu.product.WireTime;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A subscription as DescribeSubscribeJobs (SubscribeInfo) and DescribeSubscribeDetail show it. An
 * isolated one goes offline seven days after its isolation (the lifecycle's DeletedAfterIsolation).
 */
final class SubscribeView {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Duration KEPT_ISOLATED = Duration.ofDays(7);
    private static final List<String> DETAIL_ONLY = List.of("Broker", "SubscribeMode", "Protocol", "ConsumerVpcId", "ConsumerSubnetId");
    private static final List<String> DETAIL_LISTS = List.of("SubscribeObjects", "PipelineInfo", "ExtraAttr");

    private SubscribeView() {
    }

    /** One SubscribeInfo. */
    static ObjectNode info(Resource subscription, String region) {
        ObjectNode a = subscription.attributes();
        String instanceId = a.path("InstanceId").asText("");
        ObjectNode info = NODES.objectNode()
                .put("SubscribeId", subscription.id())
                .put("SubscribeName", a.path("SubscribeName").asText(subscription.id()))
                .put("Topic", a.path("Topic").asText(""))
                .put("Product", a.path("Product").asText())
                .put("InstanceId", instanceId)
                .put("InstanceStatus", instanceId.isEmpty() ? "" : "running")
                .put("Status", subscription.state("Status"))
                .put("SubsStatus", subscription.state("SubsStatus"))
                .put("ModifyTime", a.path("ModifyTime").asText())
                .put("CreateTime", WireTime.format(subscription.createdAt()))
                .put("IsolateTime", isolated(subscription) ? WireTime.format(isolatedAt(subscription)) : WireTime.ZERO)
                .put("ExpireTime", a.path("ExpireTime").asText(WireTime.ZERO))
                .put("OfflineTime", isolated(subscription) ? WireTime.format(isolatedAt(subscription).plus(KEPT_ISOLATED)) : WireTime.ZERO)
                .put("PayType", a.path("PayType").asLong())
                .put("AutoRenewFlag", a.path("AutoRenewFlag").asLong())
                .put("Region", region)
                .put("AccessType", a.path("AccessType").asText(""));
        info.set("Endpoints", list(a, "Endpoints"));
        info.put("SubscribeVersion", a.path("SubscribeVersion").asText());
        info.set("Tags", list(a, "Tags"));
        info.putArray("Errors");
        return info.put("InstanceClass", a.path("InstanceClass").asText());
    }

    /** DescribeSubscribeDetail: the SubscribeInfo and the configuration. */
    static ObjectNode detail(Resource subscription, String region) {
        ObjectNode a = subscription.attributes();
        ObjectNode detail = info(subscription, region);
        DETAIL_ONLY.forEach(name -> detail.put(name, a.path(name).asText("")));
        DETAIL_LISTS.forEach(name -> detail.set(name, list(a, name)));
        ObjectNode kafka = NODES.objectNode().put("NumberOfPartitions", 0).put("DefaultRuleType", "");
        kafka.putArray("DistributeRules");
        detail.set("KafkaConfig", a.path("KafkaConfig").isObject() ? a.get("KafkaConfig").deepCopy() : kafka);
        return detail.put("KafkaVersion", "2.8.1");
    }

    /** DescribeSubscribeReturnable: a subscription can be returned while it may be isolated. */
    static ObjectNode returnable(Resource subscription, List<String> allowedOperations) {
        boolean returnable = allowedOperations.contains("IsolateSubscribe");
        return NODES.objectNode().put("IsReturnable", returnable)
                .put("ReturnFailMessage", returnable ? "" : "The subscription is " + subscription.state("Status") + ", not normal.");
    }

    private static boolean isolated(Resource subscription) {
        return DtsStates.SUBSCRIBE_ISOLATED.contains(subscription);
    }

    private static Instant isolatedAt(Resource subscription) {
        return subscription.attributes().has("IsolateTime")
                ? WireTime.parse(subscription.attributes().get("IsolateTime").asText()) : subscription.since().get("Status");
    }

    private static JsonNode list(ObjectNode a, String name) {
        return a.path(name).isArray() ? a.get(name).deepCopy() : NODES.arrayNode();
    }
}
