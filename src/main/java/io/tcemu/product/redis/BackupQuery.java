package io.tcemu.product.redis;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tcemu.api.ApiError;
import io.tcemu.lifecycle.Resource;
import io.tcemu.product.Params;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * DescribeInstanceBackups' filters, all of which must hold: InstanceId, InstanceName (part of the
 * name the instance had when backed up), Status (any of) and BeginTime/EndTime on the backup's
 * start, at most 30 days apart as documented.
 */
final class BackupQuery implements Predicate<Resource> {
    private static final Duration MAX_SPAN = Duration.ofDays(30);

    private final List<Predicate<Resource>> conditions = new ArrayList<>();

    BackupQuery(ObjectNode params) {
        String instanceId = Params.text(params, "InstanceId");
        if (instanceId != null) {
            conditions.add(b -> b.attributes().path("InstanceId").asText().equals(instanceId));
        }
        String name = Params.text(params, "InstanceName");
        if (name != null) {
            conditions.add(b -> b.attributes().path("InstanceName").asText().contains(name));
        }
        JsonNode statuses = params.path("Status");
        if (!statuses.isEmpty()) {
            List<Integer> wanted = new ArrayList<>();
            statuses.forEach(s -> wanted.add(s.asInt()));
            conditions.add(b -> wanted.contains(BackupView.status(b)));
        }
        Instant begin = TaskQuery.time(params, "BeginTime");
        Instant end = TaskQuery.time(params, "EndTime");
        if (begin != null && end != null && Duration.between(begin, end).compareTo(MAX_SPAN) > 0) {
            throw ApiError.of(RedisErrors.INVALID_PARAMETER_INVALID_PARAMETER, "BeginTime and EndTime may be at most 30 days apart.",
                    "BeginTime 与 EndTime 的跨度最长为 30 天。");
        }
        if (begin != null) {
            conditions.add(b -> !b.createdAt().isBefore(begin));
        }
        if (end != null) {
            conditions.add(b -> !b.createdAt().isAfter(end));
        }
    }

    @Override
    public boolean test(Resource backup) {
        return conditions.stream().allMatch(c -> c.test(backup));
    }
}
