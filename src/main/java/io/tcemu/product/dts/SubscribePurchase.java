package io.tcemu.product.dts;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tcemu.api.ApiRequest;
import io.tcemu.product.Params;
import io.tcemu.product.WireTime;

import java.util.List;
import java.util.Map;

/**
 * CreateSubscribe: buys Count subscriptions, each notStarted and normal. A monthly one (PayType 0)
 * expires Duration months after purchase, as a PrePay sync job does; AutoRenew only counts for it.
 */
final class SubscribePurchase {
    static final List<String> PRODUCTS = List.of("cynosdbmysql", "mariadb", "mongodb", "mysql", "percona", "tdpg", "tdsqlpercona");
    private static final String INVALID = DtsErrors.INVALID_PARAMETER_VALUE_INVALID_PARAMETER_VALUE_ERROR;

    private final Subscriptions subscriptions;

    SubscribePurchase(Subscriptions subscriptions) {
        this.subscriptions = subscriptions;
    }

    ObjectNode handle(ApiRequest request) {
        ObjectNode params = request.params();
        long payType = Params.range(INVALID, params, "PayType", 0, 1, 1);
        long months = Params.range(INVALID, params, "Duration", 1, 120, 1);
        long autoRenew = Params.range(INVALID, params, "AutoRenew", 0, 1, 0);
        long count = Params.range(INVALID, params, "Count", 1, 10, 1);
        ObjectNode subscription = JsonNodeFactory.instance.objectNode()
                .put("Product", Params.oneOf(INVALID, params, "Product", PRODUCTS, null))
                .put("PayType", payType)
                .put("AutoRenewFlag", payType == 0 ? autoRenew : 0)
                .put("ExpireTime", payType == 0 ? Purchases.expiry(subscriptions.now(), months) : WireTime.ZERO)
                .put("SubscribeVersion", Params.oneOf(INVALID, params, "SubscribeVersion", List.of("kafka", "kafkaPro"), "kafkaPro"))
                .put("InstanceClass", Params.oneOf(INVALID, params, "InstanceClass", List.of("small", "medium", "large"), "small"))
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
