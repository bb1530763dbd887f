package io.tcemu.product.dts;

import io.tcemu.api.ApiError;
import io.tcemu.api.ApiRequest;
import io.tcemu.lifecycle.LifecycleEngine;
import io.tcemu.lifecycle.Resource;
import io.tcemu.product.Resources;
import io.tcemu.store.ResourceKey;
import io.tcemu.store.ResourceQuery;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * The consumer groups of the caller's subscriptions (lifecycle dts.ConsumerGroup). A group's id is
 * its full name, consumer-grp-{SubscribeId}-{ConsumerGroupName}, and a request may name it either
 * way; its account is account-{SubscribeId}-{AccountName}.
 */
final class ConsumerGroups extends Resources {
    static final String LIFECYCLE = "dts.ConsumerGroup";
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_.-]([A-Za-z0-9_.-]*[A-Za-z0-9])?");

    ConsumerGroups(LifecycleEngine engine) {
        super(engine, LIFECYCLE, new IdParameter("ConsumerGroupName", DtsErrors.MISSING_PARAMETER_MISSING_PARAMETER_ERROR,
                "ConsumerGroupName is required: the group's name, as DescribeConsumerGroups shows it.",
                "缺少参数 ConsumerGroupName：消费组名称，见 DescribeConsumerGroups。"));
    }

    static String groupName(String subscribeId, String name) {
        String prefix = "consumer-grp-" + subscribeId + "-";
        return name.startsWith(prefix) ? name : prefix + checked("ConsumerGroupName", name);
    }

    static String accountName(String subscribeId, String name) {
        String prefix = "account-" + subscribeId + "-";
        return name.startsWith(prefix) ? name : prefix + checked("AccountName", name);
    }

    /** The group the request names, by its full name under the subscription the request names. */
    @Override
    public ResourceKey key(ApiRequest request) {
        return key(request, groupName(request.params().path("SubscribeId").asText(), id(request)));
    }

    /** The group the request names, which must have the account it names. */
    Resource of(ApiRequest request) {
        String subscribeId = request.params().path("SubscribeId").asText();
        Resource group = get(request);
        String account = request.params().path("AccountName").asText("");
        if (!account.isEmpty() && !group.attributes().path("Account").asText().equals(accountName(subscribeId, account))) {
            throw ApiError.of(definition().notFoundError(), "Consumer group " + group.id() + " has no account " + account + ".",
                    "消费组 " + group.id() + " 下没有账号 " + account + "。");
        }
        return group;
    }

    /** The subscription's groups, oldest first, as a query to narrow. */
    ResourceQuery ofSubscription(ApiRequest request, String subscribeId) {
        return all(request).withValues("/SubscribeId", Set.of(subscribeId));
    }

    private static String checked(String parameter, String name) {
        if (!NAME.matcher(name).matches()) {
            throw ApiError.of(DtsErrors.INVALID_PARAMETER_VALUE_INVALID_PARAMETER_VALUE_ERROR,
                    parameter + " starts with a letter, digit, _, - or . and ends with a letter or digit, not `" + name + "`.",
                    parameter + " 须以字母、数字、_、- 或 . 开头，以字母或数字结尾，当前为 `" + name + "`。");
        }
        return name;
    }
}
