package io.tcemu.product.redis;

import io.tcemu.product.Scopes;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tcemu.api.ActionHandler;
import io.tcemu.api.ApiRequest;
import io.tcemu.lifecycle.LifecycleEngine;
import io.tcemu.product.Paging;
import java.util.List;

/** DescribeInstances: the caller's instances in the region, filtered, ordered (newest first by default) and paged. */
record DescribeInstancesHandler(LifecycleEngine engine) implements ActionHandler {

    @Override
    public ObjectNode handle(ApiRequest request) {
        Paging paging = Pages.of(request.params(), 20, 1000);
        InstanceQuery query = new InstanceQuery(request.params());
        List<ObjectNode> views = query.sort(engine.list(Scopes.of(request), RedisResources.INSTANCE).stream()
                .map(instance -> InstanceView.of(instance, engine, request.language()))
                .filter(query)
                .toList());
        return Pages.answer(paging, views, "InstanceSet", view -> view);
    }
}
