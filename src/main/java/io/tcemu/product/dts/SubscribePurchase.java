package io.tcemu.product.dts;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tcemu.api.ApiRequest;
import io.tcemu.product.Params;
import io.tcemu.product.WireTime;

import java.util.Map;

/**
 * CreateSubscribe: buys Count subscriptions, each notStarted and normal. A monthly one (PayType 0)
 * expires Duration months after purchase, as a PrePay sync job does; AutoRenew only counts for it.
 */
final class SubscribePurchase {

    private final Subscriptions subscriptions;

    SubscribePurchase(Subscriptions subscriptions) {
        this.subscriptions = subscriptions;
    }

    ObjectNode handle(ApiRequest request) {
        ObjectNode params = request.params();
        long payType = Params.number(params, "PayType", 1);
        long months = Params.number(params, "Duration", 1);
        long autoRenew = Params.number(params, "AutoRenew", 0);
        long count = Params.number(params, "Count", 1);
        ObjectNode subscription = JsonNodeFactory.instance.objectNode()
                .put("Product", params.get("Product").asText())
                .put("PayType", payType)
                .put("AutoRenewFlag", payType == 0 ? autoRenew : 0)
                .put("ExpireTime", payType == 0 ? Purchases.expiry(subscriptions.now(), months) : WireTime.ZERO)
                .put("SubscribeVersion", Params.text(params, "SubscribeVersion", "kafkaPro"))
                .put("InstanceClass", Params.text(params, "InstanceClass", "small"))
                .put("ModifyTime", WireTime.format(subscriptions.now()));
        if (Params.text(params, "Name") != null) {
            subscription.put("SubscribeName", SubscribeConfiguration.name(params.get("Name").asText()));
        }
        subscription.set("Tags", params.has("Tags") ? MigrationConfiguration.tags(params.get("Tags")) : JsonNodeFactory.instance.arrayNode());
        ObjectNode response = JsonNodeFactory.instance.objectNode();
        response.set("SubscribeIds", Purchases.buy(subscriptions, request, "subs-", 10, count, subscription, Map.of()));
        return response;
    }
}
