package io.tcemu.product.wedata;

import io.tcemu.api.CommonErrors;
import com.fasterxml.jackson.databind.JsonNode;
import io.tcemu.api.ApiError;
import io.tcemu.lifecycle.Resource;
import io.tcemu.product.WireTime;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * DescribeIntegrationTasks' selection: Filters (TaskId, TaskName, Status, ProductionState), a
 * CreateTime range (StartTime, EndTime) and OrderFields (CreateTime or UpdateTime; newest first
 * by default).
 */
final class TaskQuery {
    private static final List<String> FILTERS = List.of("TaskId", "TaskName", "Status", "ProductionState");

    private final Predicate<Resource> selected;
    private final List<SortKey> order;

    /** One OrderFields entry: CreateTime or UpdateTime, ascending or descending. */
    private record SortKey(boolean byUpdate, boolean descending) {
    }

    private TaskQuery(Predicate<Resource> selected, List<SortKey> order) {
        this.selected = selected;
        this.order = order;
    }

    static TaskQuery of(JsonNode params) {
        Predicate<Resource> selected = creationBound(params.path("StartTime"), true)
                .and(creationBound(params.path("EndTime"), false));
        for (JsonNode filter : params.path("Filters")) {
            selected = selected.and(filter(filter.path("Name").asText(""), values(filter.path("Values"))));
        }
        return new TaskQuery(selected, order(params.path("OrderFields")));
    }

    /** @param tasks oldest first, as the engine lists them: the order of tasks created in the same instant */
    List<Resource> select(List<Resource> tasks) {
        Map<String, Integer> position = new HashMap<>();
        tasks.forEach(task -> position.put(task.id(), position.size()));
        Comparator<Resource> creation = Comparator.comparing(Resource::createdAt).thenComparing(t -> position.get(t.id()));
        Comparator<Resource> comparator = order.stream()
                .map(key -> {
                    Comparator<Resource> c = key.byUpdate()
                            ? Comparator.<Resource, String>comparing(t -> t.attributes().path("UpdateTime").asText("")).thenComparing(creation)
                            : creation;
                    return key.descending() ? c.reversed() : c;
                })
                .reduce(Comparator::thenComparing).orElseThrow();
        return tasks.stream().filter(selected).sorted(comparator).toList();
    }

    private static Predicate<Resource> filter(String name, List<String> values) {
        return switch (name) {
            case "TaskId" -> task -> values.contains(task.id());
            case "TaskName" -> task -> values.stream().anyMatch(v -> taskName(task).contains(v));
            case "Status" -> {
                List<Integer> codes = values.stream().map(TaskQuery::statusCode).toList();
                yield task -> codes.contains(TaskStatus.of(task).code());
            }
            // Production tasks are the submitted ones; the development view shows every task.
            case "ProductionState" -> values.contains("true")
                    ? task -> TaskStatus.of(task) != TaskStatus.NEW : task -> true;
            default -> throw ApiError.of(CommonErrors.INVALID_PARAMETER_VALUE,
                    "Filters: `" + name + "` is not a filter tcemu emulates; use one of " + FILTERS + ".",
                    "Filters：不支持过滤条件 `" + name + "`；可用 " + FILTERS + "。");
        };
    }

    /** Newest first unless OrderFields says otherwise. */
    private static List<SortKey> order(JsonNode fields) {
        if (fields.isEmpty()) {
            return List.of(new SortKey(false, true));
        }
        List<SortKey> keys = new ArrayList<>();
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
            keys.add(new SortKey(name.equals("UpdateTime"), direction.equals("DESC")));
        }
        return keys;
    }

    /** StartTime (inclusive) and EndTime (inclusive) bound CreateTime; blank bounds nothing. */
    private static Predicate<Resource> creationBound(JsonNode bound, boolean start) {
        String text = bound.asText("").trim();
        if (text.isEmpty()) {
            return task -> true;
        }
        Instant at;
        try {
            at = WireTime.parse(text);
        } catch (DateTimeParseException e) {
            String field = start ? "StartTime" : "EndTime";
            throw ApiError.of(CommonErrors.INVALID_PARAMETER_VALUE, field + " must read yyyy-MM-dd HH:mm:ss, not `" + text + "`.",
                    field + " 格式应为 yyyy-MM-dd HH:mm:ss，当前为 `" + text + "`。");
        }
        Instant second = at;
        return start ? task -> !task.createdAt().isBefore(second) : task -> task.createdAt().isBefore(second.plusSeconds(1));
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

    private static List<String> values(JsonNode values) {
        List<String> list = new ArrayList<>();
        values.forEach(v -> list.add(v.asText()));
        return list;
    }

    private static String taskName(Resource task) {
        return task.attributes().path("TaskInfo").path("TaskName").asText("");
    }
}
