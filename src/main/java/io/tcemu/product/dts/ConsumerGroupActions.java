package io.tcemu.product.dts;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tcemu.api.ApiError;
import io.tcemu.api.ApiRequest;
import io.tcemu.lifecycle.LifecycleEngine;
import io.tcemu.lifecycle.Resource;
import io.tcemu.product.Paging;
import io.tcemu.product.ProductActions;
import io.tcemu.product.WireTime;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The seven consumer-group and offset actions of DTS 2021-12-06, against the subscription they
 * belong to: every action first finds the subscription; a group may be created only while it runs
 * (its lifecycle's CreateConsumerGroup). Offsets follow {@link TopicOffsets}.
 */
final class ConsumerGroupActions {
    private static final String INVALID = DtsErrors.INVALID_PARAMETER_VALUE_INVALID_PARAMETER_VALUE_ERROR;

    private final Subscriptions subscriptions;
    private final ConsumerGroups groups;

    ConsumerGroupActions(LifecycleEngine engine) {
        this.subscriptions = new Subscriptions(engine);
        this.groups = new ConsumerGroups(engine);
    }

    void register(ProductActions actions) {
        actions.on("CreateConsumerGroup", this::create);
        actions.on("DescribeConsumerGroups", this::describe);
        actions.on("ModifyConsumerGroupDescription", request -> change(request,
                group -> group.put("Description", request.params().path("Description").asText())));
        actions.on("ModifyConsumerGroupPassword", request -> {
            password(request.params(), "NewPassword", 3, 32);
            return change(request, group -> { });
        });
        actions.on("DeleteConsumerGroup", request -> change(request, group -> { }));
        actions.on("ResetConsumerGroupOffset", this::resetOffsets);
        actions.on("DescribeOffsetByTime", this::offsetsAt);
    }

    private ObjectNode create(ApiRequest request) {
        ObjectNode params = request.params();
        String subscribeId = subscriptions.id(request);
        String name = ConsumerGroups.groupName(subscribeId, params.get("ConsumerGroupName").asText());
        String account = ConsumerGroups.accountName(subscribeId, params.get("AccountName").asText());
        password(params, "Password", 4, Integer.MAX_VALUE);
        subscriptions.apply(request, "CreateConsumerGroup", subscription -> { });
        String now = WireTime.format(subscriptions.now());
        ObjectNode group = JsonNodeFactory.instance.objectNode().put("SubscribeId", subscribeId).put("Account", account)
                .put("Description", params.path("Description").asText("")).put("UpdatedAt", now);
        group.putObject("Offsets");
        try {
            groups.create(groups.key(request, name), group, Map.of());
        } catch (ApiError taken) {
            throw taken.withCode(DtsErrors.INVALID_PARAMETER_VALUE_INVALID_PARAMETER_VALUE);
        }
        return JsonNodeFactory.instance.objectNode();
    }

    /** Applies the operation named after the action to the group the request names, under its subscription. */
    private ObjectNode change(ApiRequest request, Consumer<ObjectNode> changes) {
        subscriptions.get(request);
        groups.of(request);
        String now = WireTime.format(subscriptions.now());
        groups.apply(request, request.action(), group -> {
            changes.accept(group);
            group.put("UpdatedAt", now);
        });
        return JsonNodeFactory.instance.objectNode();
    }

    private ObjectNode describe(ApiRequest request) {
        Resource subscription = subscriptions.get(request);
        Paging paging = Paging.of(request.params(), 10, 100, INVALID);
        TopicOffsets topic = new TopicOffsets(subscription.attributes(), subscriptions.now());
        LifecycleEngine.Page page = groups.query(groups.ofSubscription(request, subscription.id()).page(paging.offset(), paging.limit()));
        ObjectNode response = JsonNodeFactory.instance.objectNode().put("TotalCount", page.total());
        ArrayNode items = response.putArray("Items");
        page.items().forEach(group -> items.add(ConsumerGroupView.of(group, topic)));
        return response;
    }

    /** Moves the committed offsets of the named partitions, only while no consumer is in the group (its document). */
    private ObjectNode resetOffsets(ApiRequest request) {
        ObjectNode params = request.params();
        Resource subscription = subscriptions.get(request);
        TopicOffsets topic = new TopicOffsets(subscription.attributes(), subscriptions.now());
        String topicName = subscription.attributes().path("Topic").asText("");
        if (!params.path("TopicName").asText().equals(topicName)) {
            throw ApiError.of(INVALID, "TopicName must be the subscription's topic, " + topicName + ", not " + params.path("TopicName").asText() + ".",
                    "TopicName 须为订阅的 topic " + topicName + "，当前为 " + params.path("TopicName").asText() + "。");
        }
        String mode = params.get("ResetMode").asText();
        long offset = switch (mode) {
            case "earliest" -> 0;
            case "latest" -> topic.latest();
            default -> topic.at(time(params, "ResetDatetime", subscriptions.now()));
        };
        for (var partition : params.get("PartitionNos")) {
            if (partition.asLong() < 0 || partition.asLong() >= topic.partitions()) {
                throw ApiError.of(INVALID, "Partition " + partition.asLong() + " does not exist: the topic has " + topic.partitions() + ".",
                        "分区 " + partition.asLong() + " 不存在：该 topic 共 " + topic.partitions() + " 个分区。");
            }
        }
        boolean resettable = DtsStates.CONSUMER_GROUP_RESETTABLE.contains(groups.of(request));
        return change(request, group -> {
            if (resettable) {
                params.get("PartitionNos").forEach(p -> ((ObjectNode) group.get("Offsets")).put(p.asText(), offset));
            }
        });
    }

    private ObjectNode offsetsAt(ApiRequest request) {
        Resource subscription = subscriptions.get(request);
        TopicOffsets topic = new TopicOffsets(subscription.attributes(), subscriptions.now());
        long offset = topic.at(time(request.params(), "Time", Instant.EPOCH));
        ObjectNode response = JsonNodeFactory.instance.objectNode();
        ArrayNode items = response.putArray("Items");
        for (int p = 0; p < topic.partitions(); p++) {
            items.addObject().put("PartitionNo", p).put("Offset", offset);
        }
        return response;
    }

    /** A time parameter (yyyy-MM-dd HH:mm:ss, Beijing time), {@code fallback} when empty. */
    private static Instant time(ObjectNode params, String name, Instant fallback) {
        String text = params.path(name).asText("");
        if (text.isEmpty()) {
            return fallback;
        }
        try {
            return WireTime.parse(text);
        } catch (DateTimeParseException e) {
            throw ApiError.of(INVALID, name + " is yyyy-mm-dd hh:mm:ss, Beijing time, not `" + text + "`.",
                    name + " 格式为 yyyy-mm-dd hh:mm:ss（北京时间），当前为 `" + text + "`。");
        }
    }

    private static void password(ObjectNode params, String name, int min, int max) {
        int length = params.path(name).asText("").length();
        if (length < min || length > max) {
            throw ApiError.of(INVALID, name + " must be " + min + (max == Integer.MAX_VALUE ? " or more" : " to " + max)
                    + " characters long, not " + length + ".", name + " 长度须" + (max == Integer.MAX_VALUE ? "至少为 " + min : "为 " + min + " 到 " + max) + "，当前为 " + length + "。");
        }
    }
}
