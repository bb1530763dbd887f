package io.tcemu.product.redis;

import io.tcemu.product.Scopes;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tcemu.api.ActionHandler;
import io.tcemu.api.ApiRequest;
import io.tcemu.lifecycle.LifecycleEngine;
import io.tcemu.lifecycle.Resource;
import io.tcemu.product.Paging;
import java.util.Comparator;
import java.util.List;

/** DescribeTaskList: the tasks of the caller's account and region, newest first, filtered and paged. */
record DescribeTaskListHandler(LifecycleEngine engine) implements ActionHandler {

    @Override
    public ObjectNode handle(ApiRequest request) {
        Paging paging = Pages.of(request.params(), 20, 100);
        TaskQuery query = new TaskQuery(request.params(), engine.clock().now());
        List<Resource> tasks = engine.list(Scopes.of(request), RedisResources.TASK).stream()
                .filter(query)
                .sorted(Comparator.comparingLong((Resource t) -> t.attributes().path("TaskId").asLong()).reversed())
                .toList();
        return Pages.answer(paging, tasks, "Tasks", t -> TaskView.detail(t, engine));
    }
}
