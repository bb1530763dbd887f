package io.tcemu.product.redis;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tcemu.lifecycle.LifecycleCatalog;
import io.tcemu.api.ApiError;
import io.tcemu.product.ListFilters;
import io.tcemu.product.Paging;
import io.tcemu.product.Params;
import io.tcemu.store.ResourceQuery;
import io.tcemu.store.Scope;
import io.tcemu.store.Sort;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/**
 * DescribeInstanceBackups, declared as one {@link ResourceQuery} the store answers: filters all of
 * which must hold (InstanceId, InstanceName: part of the name the instance had when backed up,
 * Status: any of, BeginTime/EndTime on the backup's start, at most 30 days apart as documented),
 * newest first, one page.
 */
final class BackupQuery {
    private static final Duration MAX_SPAN = Duration.ofDays(30);

    private BackupQuery() {
    }

    static ResourceQuery of(ObjectNode params, Scope scope, LifecycleCatalog catalog, Paging paging) {
        ResourceQuery query = ListFilters.equal(ResourceQuery.all(scope, RedisResources.BACKUP), params, "InstanceId", "/InstanceId");
        String name = Params.text(params, "InstanceName");
        if (name != null) {
            // a part of the name: no list of values says that
            query = query.matching((id, backup) -> backup.path("InstanceName").asText().contains(name));
        }
        JsonNode statuses = params.path("Status");
        if (!statuses.isEmpty()) {
            Set<Integer> wanted = new HashSet<>();
            statuses.forEach(s -> wanted.add(s.asInt()));
            query = query.inStates("Status", RedisStates.BACKUP_STATUS.statesShowing(catalog, code -> wanted.contains(code.asInt())));
        }
        Instant begin = TaskQuery.time(params, "BeginTime");
        Instant end = TaskQuery.time(params, "EndTime");
        if (begin != null && end != null && Duration.between(begin, end).compareTo(MAX_SPAN) > 0) {
            throw ApiError.of(RedisErrors.INVALID_PARAMETER_INVALID_PARAMETER, "BeginTime and EndTime may be at most 30 days apart.",
                    "BeginTime 与 EndTime 的跨度最长为 30 天。");
        }
        // backups started in the same instant keep the order they were made in
        return query.createdBetween(begin, end).orderedBy(Sort.createdAt(true)).page(paging.offset(), paging.limit());
    }
}
