package io.tcemu.product.redis;

import io.tcemu.product.Params;
import io.tcemu.api.CommonErrors;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tcemu.api.ApiError;
import io.tcemu.lifecycle.Resource;
import io.tcemu.product.WireTime;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * DescribeTaskList's filters, all of which must hold: InstanceId, InstanceName, TaskTypes, Result
 * (and TaskStatus, read as Result), ProjectIds, OperateUin and the deprecated OperatorUin, and a
 * BeginTime/EndTime range on StartTime within the documented 30 days.
 */
final class TaskQuery implements Predicate<Resource> {
    static final Duration WINDOW = Duration.ofDays(30);

    private final List<Predicate<Resource>> conditions = new ArrayList<>();

    TaskQuery(ObjectNode params, Instant now) {
        equal(params, "InstanceId", "InstanceId");
        equal(params, "InstanceName", "InstanceName");
        oneOf(params.get("TaskTypes"), t -> t.attributes().path("TaskType").asText());
        oneOf(params.get("Result"), t -> String.valueOf(TaskView.result(t)));
        oneOf(params.get("TaskStatus"), t -> String.valueOf(TaskView.result(t)));
        oneOf(params.get("ProjectIds"), t -> t.attributes().path("ProjectId").asText());
        oneOf(params.get("OperateUin"), t -> t.attributes().path("OperateUin").asText());
        oneOf(params.get("OperatorUin"), t -> t.attributes().path("OperateUin").asText());
        Instant oldest = now.minus(WINDOW);
        Instant begin = time(params, "BeginTime");
        Instant end = time(params, "EndTime");
        conditions.add(t -> !t.createdAt().isBefore(begin != null && begin.isAfter(oldest) ? begin : oldest));
        if (end != null) {
            conditions.add(t -> !t.createdAt().isAfter(end));
        }
    }

    @Override
    public boolean test(Resource task) {
        return conditions.stream().allMatch(c -> c.test(task));
    }

    private void equal(ObjectNode params, String param, String attribute) {
        String wanted = Params.text(params, param);
        if (wanted != null) {
            conditions.add(t -> wanted.equals(t.attributes().path(attribute).asText()));
        }
    }

    /** An empty or absent list does not filter. */
    private void oneOf(JsonNode values, Function<Resource, String> field) {
        if (values == null || values.isEmpty()) {
            return;
        }
        List<String> wanted = new ArrayList<>();
        values.forEach(v -> wanted.add(v.asText()));
        conditions.add(t -> wanted.contains(field.apply(t)));
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
