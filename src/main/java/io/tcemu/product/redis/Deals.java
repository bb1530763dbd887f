package io.tcemu.product.redis;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tcemu.lifecycle.LifecycleEngine;
import io.tcemu.product.WireTime;
import java.time.format.DateTimeFormatter;

/** Order numbers for actions that answer with an order: the date and a sequence, 23 digits as the real ones. */
final class Deals {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyyMMdd").withZone(WireTime.BEIJING);

    private final LifecycleEngine engine;

    Deals(LifecycleEngine engine) {
        this.engine = engine;
    }

    /** Puts a new order's DealId (deprecated, still sent) and DealName, the same number, into {@code response}. */
    ObjectNode next(ObjectNode response) {
        String deal = DATE.format(engine.clock().now()) + String.format("%015d", engine.nextNumber("redis.DealId"));
        return response.put("DealId", deal).put("DealName", deal);
    }
}
