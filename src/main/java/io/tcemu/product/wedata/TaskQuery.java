package io.tcemu.product.wedata;

import io.tcemu.lifecycle.LifecycleCatalog;
import io.tcemu.api.CommonErrors;
import com.fasterxml.jackson.databind.JsonNode;
import io.tcemu.api.ApiError;
import io.tcemu.product.ListFilters;
import io.tcemu.product.Paging;
import io.tcemu.product.WireTime;
import io.tcemu.store.ResourceQuery;
import io.tcemu.store.Scope;
import io.tcemu.store.Sort;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * DescribeIntegrationTasks, declared as one {@link ResourceQuery} the store answers: Filters
 * (TaskId, TaskName, Status, ProductionState), a CreateTime range (StartTime, EndTime), OrderFields
 * (CreateTime or UpdateTime; newest first by default) and one page.
 */
final class TaskQuery {
    private static final List<String> FILTERS = List.of("TaskId", "TaskName", "Status", "ProductionState");

    private TaskQuery() {
    }

    static ResourceQuery of(JsonNode params, Scope scope, LifecycleCatalog catalog, Paging paging) {
        ResourceQuery query = ResourceQuery.all(scope, WedataParams.LIFECYCLE)
                .createdBetween(creationBound(params.path("StartTime"), true), creationBound(params.path("EndTime"), false));
        for (JsonNode filter : params.path("Filters")) {
            query = filter(query, filter.path("Name").asText(""), ListFilters.texts(filter.path("Values")), catalog);
        }
        return query.orderedBy(order(params.path("OrderFields"))).page(paging.offset(), paging.limit());
    }

    private static ResourceQuery filter(ResourceQuery query, String name, Set<String> values, LifecycleCatalog catalog) {
        return switch (name) {
            case "TaskId" -> query.withIds(values);
            // a part of the name: no list of values says that
            case "TaskName" -> query.matching((id, task) -> values.stream()
                    .anyMatch(v -> task.path("TaskInfo").path("TaskName").asText("").contains(v)));
            case "Status" -> {
                Set<Integer> codes = values.stream().map(TaskQuery::statusCode).collect(Collectors.toSet());
                yield query.inStates(TaskStatus.DIMENSION, WedataStates.TASK_STATUS.statesShowing(catalog, code -> codes.contains(code.asInt())));
            }
            // Production tasks are the submitted ones; the development view shows every task.
            case "ProductionState" -> values.contains("true")
                    ? query.inStates(TaskStatus.DIMENSION,
                            WedataStates.TASK_STATUS.statesShowing(catalog, code -> code.asInt() != TaskStatus.NEW.code())) : query;
            default -> throw ApiError.of(CommonErrors.INVALID_PARAMETER_VALUE,
                    "Filters: `" + name + "` is not a filter tcemu emulates; use one of " + FILTERS + ".",
                    "Filters：不支持过滤条件 `" + name + "`；可用 " + FILTERS + "。");
        };
    }

    /**
     * Newest first unless OrderFields says otherwise. Each field orders by its time, then by
     * creation time, then by creation order, all in its direction.
     */
    private static Sort[] order(JsonNode fields) {
        if (fields.isEmpty()) {
            return new Sort[]{Sort.createdAt(true), Sort.creation(true)};
        }
        List<Sort> keys = new ArrayList<>();
        for (JsonNode field : fields) {
            String name = field.path("Name").asText("");
            if (!name.equals("CreateTime") && !name.equals("UpdateTime")) {
                throw ApiError.of(CommonErrors.INVALID_PARAMETER_VALUE,
                        "OrderFields: tcemu orders by CreateTime or UpdateTime, not `" + name + "`.",
                        "OrderFields：仅支持按 CreateTime 或 UpdateTime 排序，不支持 `" + name + "`。");
            }
            String direction = field.path("Direction").asText("").toUpperCase(Locale.ROOT);
            if (!direction.equals("ASC") && !direction.equals("DESC")) {
                throw ApiError.of(CommonErrors.INVALID_PARAMETER_VALUE,
                        "OrderFields: Direction must be ASC or DESC, not `" + field.path("Direction").asText() + "`.",
                        "OrderFields：Direction 只能为 ASC 或 DESC。");
            }
            boolean descending = direction.equals("DESC");
            if (name.equals("UpdateTime")) {
                keys.add(Sort.attribute("/UpdateTime", descending));
            }
            keys.add(Sort.createdAt(descending));
            keys.add(Sort.creation(descending));
        }
        return keys.toArray(Sort[]::new);
    }

    /** StartTime (inclusive) and EndTime (inclusive, to the second) bound CreateTime; blank bounds nothing. */
    private static Instant creationBound(JsonNode bound, boolean start) {
        String text = bound.asText("").trim();
        if (text.isEmpty()) {
            return null;
        }
        Instant at;
        try {
            at = WireTime.parse(text);
        } catch (DateTimeParseException e) {
            String field = start ? "StartTime" : "EndTime";
            throw ApiError.of(CommonErrors.INVALID_PARAMETER_VALUE, field + " must read yyyy-MM-dd HH:mm:ss, not `" + text + "`.",
                    field + " 格式应为 yyyy-MM-dd HH:mm:ss，当前为 `" + text + "`。");
        }
        return start ? at : at.plusSeconds(1).minusNanos(1);
    }

    private static int statusCode(String value) {
        try {
            int code = Integer.parseInt(value.trim());
            if (TaskStatus.ofCode(code).isPresent()) {
                return code;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw ApiError.of(CommonErrors.INVALID_PARAMETER_VALUE,
                "Filters: Status values are IntegrationTaskInfo.Status codes (0, 1, 2, 3, 4, 6, 7, 20), not `" + value + "`.",
                "Filters：Status 取值为任务状态码（0、1、2、3、4、6、7、20），当前为 `" + value + "`。");
    }
}
