package io.tcemu.product.redis;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tcemu.api.ActionHandler;
import io.tcemu.api.ApiError;
import io.tcemu.api.ApiRequest;
import io.tcemu.lifecycle.LifecycleEngine;
import io.tcemu.product.ResourceIds;
import java.time.Instant;

/**
 * CreateInstances: GoodsNum instances in Status 0, each with its Create task, to be running when
 * the task succeeds; answers the order (DealId, deprecated but still sent, and DealName) and the ids.
 */
record CreateInstancesHandler(LifecycleEngine engine, TaskStarter tasks, Deals deals) implements ActionHandler {

    @Override
    public ObjectNode handle(ApiRequest request) {
        InstanceOrder order = InstanceOrder.from(request.params());
        if (Params.flag(request.params(), "DryRun")) {
            throw ApiError.of("DryRunOperation", "The request is valid; DryRun is set, so no instance was created.",
                    "请求校验通过；已设置 DryRun，未创建实例。");
        }
        ObjectNode response = deals.next(JsonNodeFactory.instance.objectNode());
        ArrayNode ids = response.putArray("InstanceIds");
        Instant now = engine.clock().now();
        for (int i = 0; i < order.goodsNum(); i++) {
            String id = ResourceIds.next("crs-", 8);
            long taskId = tasks.nextTaskId();
            tasks.createWithTask(request, RedisResources.instance(request, id), order.attributes(id, Vips.next(engine), now),
                    taskId);
            ids.add(id);
        }
        return response;
    }
}
