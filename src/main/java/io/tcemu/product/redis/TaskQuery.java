package io.tcemu.product.redis;

import io.tcemu.lifecycle.LifecycleCatalog;
import io.tcemu.product.ListFilters;
import io.tcemu.product.Paging;
import io.tcemu.product.Params;
import io.tcemu.api.CommonErrors;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tcemu.api.ApiError;
import io.tcemu.product.WireTime;
import io.tcemu.store.ResourceQuery;
import io.tcemu.store.Scope;
import io.tcemu.store.Sort;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Set;

/**
 * DescribeTaskList, declared as one {@link ResourceQuery} the store answers: filters all of which
 * must hold (InstanceId, InstanceName, TaskTypes, Result and TaskStatus, read as Result, ProjectIds,
 * OperateUin and the deprecated OperatorUin, and a BeginTime/EndTime range on StartTime within the
 * documented 30 days), the highest TaskId first, one page.
 */
final class TaskQuery {
    static final Duration WINDOW = Duration.ofDays(30);

    private TaskQuery() {
    }

    static ResourceQuery of(ObjectNode params, Scope scope, Instant now, LifecycleCatalog catalog, Paging paging) {
        ResourceQuery query = ResourceQuery.all(scope, RedisResources.TASK);
        query = ListFilters.equal(query, params, "InstanceId", "/InstanceId");
        query = ListFilters.equal(query, params, "InstanceName", "/InstanceName");
        query = ListFilters.anyOf(query, params.get("TaskTypes"), "/TaskType");
        query = results(query, params.get("Result"), catalog);
        query = results(query, params.get("TaskStatus"), catalog);
        query = ListFilters.anyOf(query, params.get("ProjectIds"), "/ProjectId");
        query = ListFilters.anyOf(query, params.get("OperateUin"), "/OperateUin");
        query = ListFilters.anyOf(query, params.get("OperatorUin"), "/OperateUin");
        Instant oldest = now.minus(WINDOW);
        Instant begin = time(params, "BeginTime");
        return query.createdBetween(begin != null && begin.isAfter(oldest) ? begin : oldest, time(params, "EndTime"))
                .orderedBy(Sort.attribute("/TaskId", true))
                .page(paging.offset(), paging.limit());
    }

    /** An empty or absent list does not filter. */
    private static ResourceQuery results(ResourceQuery query, JsonNode results, LifecycleCatalog catalog) {
        if (results == null || results.isEmpty()) {
            return query;
        }
        Set<String> wanted = ListFilters.texts(results);
        return query.inStates("Status", RedisStates.TASK_RESULT.statesShowing(catalog, result -> wanted.contains(result.asText())));
    }

    /** A yyyy-MM-dd HH:mm:ss parameter (Beijing time), or null when absent. */
    static Instant time(ObjectNode params, String name) {
        String text = Params.text(params, name);
        if (text == null) {
            return null;
        }
        try {
            return WireTime.parse(text);
        } catch (DateTimeParseException e) {
            throw ApiError.of(CommonErrors.INVALID_PARAMETER_VALUE, name + " must read yyyy-MM-dd HH:mm:ss (Beijing time), not " + text + ".",
                    name + " 格式须为 yyyy-MM-dd HH:mm:ss（北京时间），当前为 " + text + "。");
        }
    }
}
