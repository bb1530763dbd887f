package io.tcemu.product.redis;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tcemu.api.ApiError;
import io.tcemu.api.ApiRequest;
import io.tcemu.api.CommonErrors;
import io.tcemu.lifecycle.LifecycleEngine;
import io.tcemu.product.Params;
import io.tcemu.product.ProductActions;
import io.tcemu.product.WireTime;
import java.time.Instant;

/** The monthly subscription: RenewInstance extends it, DestroyPrepaidInstance returns the instance. Both answer an order. */
final class BillingActions {
    private final LifecycleEngine engine;
    private final TaskStarter tasks;
    private final Deals deals;

    BillingActions(LifecycleEngine engine, TaskStarter tasks, Deals deals) {
        this.engine = engine;
        this.tasks = tasks;
        this.deals = deals;
    }

    void register(ProductActions actions) {
        actions.on("RenewInstance", this::renewInstance);
        actions.on("DestroyPrepaidInstance", request -> {
            tasks.start(request, TaskKind.RETURN_INSTANCE, a -> { });
            return deals.next(JsonNodeFactory.instance.objectNode());
        });
    }

    /**
     * RenewInstance: Period more months from the DeadlineTime, or from now if that has passed (an
     * expired instance runs again); with ModifyPayMode prepaid a pay-as-you-go instance becomes a
     * monthly subscription ending Period months from now.
     */
    private ObjectNode renewInstance(ApiRequest request) {
        long period = Params.number(request.params(), "Period", 0);
        InstanceOrder.checkPeriod(period, 1);
        String payMode = Params.text(request.params(), "ModifyPayMode");
        if (payMode != null && !payMode.equals("prepaid")) {
            throw ApiError.of(CommonErrors.INVALID_PARAMETER_VALUE, "ModifyPayMode can only be prepaid, not `" + payMode + "`.",
                    "ModifyPayMode 仅支持 prepaid。");
        }
        Instant now = engine.clock().now();
        engine.apply(RedisResources.instance(request, request.params().path("InstanceId").asText()), "RenewInstance", a -> {
            if (a.path("BillingMode").asInt() == 0 && payMode == null) {
                throw ApiError.of(CommonErrors.INVALID_PARAMETER_VALUE, "The instance is pay-as-you-go; send ModifyPayMode prepaid to turn it"
                        + " into a monthly subscription.", "按量计费实例续费须填写 ModifyPayMode 为 prepaid，转为包年包月。");
            }
            String deadline = a.path("DeadlineTime").asText(WireTime.ZERO);
            Instant from = deadline.equals(WireTime.ZERO) || WireTime.parse(deadline).isBefore(now) ? now : WireTime.parse(deadline);
            a.put("BillingMode", 1).put("DeadlineTime", WireTime.format(from.atZone(WireTime.BEIJING).plusMonths(period).toInstant()));
        });
        return deals.next(JsonNodeFactory.instance.objectNode());
    }
}
