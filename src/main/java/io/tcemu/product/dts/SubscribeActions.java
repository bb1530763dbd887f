package io.tcemu.product.dts;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tcemu.api.ApiRequest;
import io.tcemu.lifecycle.LifecycleEngine;
import io.tcemu.lifecycle.Resource;
import io.tcemu.product.Params;
import io.tcemu.product.ProductActions;
import io.tcemu.product.Scopes;
import io.tcemu.product.WireTime;

import java.util.List;
import java.util.function.Consumer;

/**
 * The 15 data-subscription actions of DTS 2021-12-06. Each is an operation of the dts.Subscribe
 * lifecycle of the same name, or a view of the subscription; what is allowed when lives in the
 * lifecycle file.
 */
final class SubscribeActions {
    /** Actions that only move the subscription through its lifecycle and answer nothing but the RequestId. */
    private static final List<String> TRANSITIONS = List.of("CreateSubscribeCheckJob", "ResumeSubscribe", "DestroyIsolatedSubscribe");

    private final Subscriptions subscriptions;

    SubscribeActions(LifecycleEngine engine) {
        this.subscriptions = new Subscriptions(engine);
    }

    void register(ProductActions actions) {
        TRANSITIONS.forEach(action -> actions.on(action, request -> change(request, subscription -> { })));
        actions.on("CreateSubscribe", new SubscribePurchase(subscriptions)::handle);
        actions.on("StartSubscribe", request -> change(request, subscription -> TopicOffsets.started(subscription, subscriptions.now())));
        actions.on("ConfigureSubscribeJob", request -> change(request,
                SubscribeConfiguration.configure(request.params(), subscriptions.id(request))));
        actions.on("ModifySubscribeObjects", request -> change(request, SubscribeConfiguration.modifyObjects(request.params())));
        actions.on("ResetSubscribe", request -> change(request, SubscribeConfiguration::forget));
        actions.on("IsolateSubscribe", request -> change(request,
                subscription -> subscription.put("IsolateTime", WireTime.format(subscriptions.now()))));
        actions.on("ModifySubscribeName", this::rename);
        actions.on("ModifySubscribeAutoRenewFlag", this::autoRenew);
        actions.on("DescribeSubscribeJobs", new SubscribeQuery(subscriptions)::handle);
        actions.on("DescribeSubscribeDetail", request -> SubscribeView.detail(subscriptions.get(request), Scopes.of(request).region()));
        actions.on("DescribeSubscribeCheckJob", request -> SubscribeCheck.of(subscriptions.get(request), subscriptions));
        actions.on("DescribeSubscribeReturnable", request -> {
            Resource subscription = subscriptions.get(request);
            return SubscribeView.returnable(subscription, subscription.allowedOperations());
        });
    }

    private ObjectNode change(ApiRequest request, Consumer<ObjectNode> changes) {
        subscriptions.apply(request, changes);
        return JsonNodeFactory.instance.objectNode();
    }

    private ObjectNode rename(ApiRequest request) {
        String name = SubscribeConfiguration.name(request.params().path("SubscribeName").asText(""));
        return change(request, subscription -> subscription.put("SubscribeName", name));
    }

    /** Only a monthly subscription renews; a pay-as-you-go one accepts the flag and keeps 0, as documented. */
    private ObjectNode autoRenew(ApiRequest request) {
        long flag = Params.number(request.params(), "AutoRenewFlag", 0);
        return change(request, subscription -> {
            if (subscription.path("PayType").asLong() == 0) {
                subscription.put("AutoRenewFlag", flag);
            }
        });
    }
}
