package io.tcemu.product.dts;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tcemu.api.ApiRequest;
import io.tcemu.api.CommonErrors;
import io.tcemu.lifecycle.LifecycleEngine;
import io.tcemu.lifecycle.Resource;
import io.tcemu.product.Resources;
import io.tcemu.product.WireTime;

import java.util.function.Consumer;

/** The caller's data subscriptions (lifecycle dts.Subscribe); every change also moves ModifyTime. */
final class Subscriptions extends Resources {
    static final String LIFECYCLE = "dts.Subscribe";

    Subscriptions(LifecycleEngine engine) {
        super(engine, LIFECYCLE, new IdParameter("SubscribeId", CommonErrors.MISSING_PARAMETER,
                "SubscribeId is required: the id CreateSubscribe answered, e.g. subs-b6x64o31tm.",
                "缺少参数 SubscribeId：CreateSubscribe 返回的 id，如 subs-b6x64o31tm。"));
    }

    /** Applies the operation named after the request's action to its subscription. */
    Resource apply(ApiRequest request, Consumer<ObjectNode> changes) {
        String now = WireTime.format(now());
        return apply(request, request.action(), subscription -> {
            changes.accept(subscription);
            subscription.put("ModifyTime", now);
        });
    }
}
