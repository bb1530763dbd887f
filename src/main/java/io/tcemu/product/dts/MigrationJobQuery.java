package io.tcemu.product.dts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tcemu.api.ApiError;
import io.tcemu.lifecycle.Resource;
import io.tcemu.product.Paging;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * DescribeMigrationJobs' filters and order. Every filter given must match (JobId, JobName and the
 * instance ids exactly); a list filter matches any of its values; a tag filter without values
 * matches any value of its key. Default order: newest first (OrderSeq desc).
 */
final class MigrationJobQuery {
    private final Predicate<Resource> filter;
    private final boolean ascending;
    private final Paging paging;

    private MigrationJobQuery(Predicate<Resource> filter, boolean ascending, Paging paging) {
        this.filter = filter;
        this.ascending = ascending;
        this.paging = paging;
    }

    static MigrationJobQuery of(ObjectNode params) {
        String order = params.path("OrderSeq").asText("desc");
        if (!order.equals("asc") && !order.equals("desc")) {
            throw ApiError.of(DtsErrors.INVALID_PARAMETER_VALUE_INVALID_PARAMETER_VALUE_ERROR,
                    "OrderSeq must be asc or desc, not " + order + ".", "OrderSeq 取值为 asc 或 desc，当前为 " + order + "。");
        }
        List<Predicate<Resource>> filters = new ArrayList<>();
        exact(params, "JobId", Resource::id, filters);
        exact(params, "JobName", job -> job.attributes().path("JobName").asText(), filters);
        exact(params, "RunMode", job -> job.attributes().path("RunMode").asText(), filters);
        anyOf(params, "Status", job -> job.state("Status"), filters);
        for (String end : List.of("Src", "Dst")) {
            String info = end + "Info";
            exact(params, end + "Region", job -> job.attributes().path(info).path("Region").asText(), filters);
            anyOf(params, end + "DatabaseType", job -> job.attributes().path(info).path("DatabaseType").asText(), filters);
            anyOf(params, end + "AccessType", job -> job.attributes().path(info).path("AccessType").asText(), filters);
            if (params.hasNonNull(end + "InstanceId")) {
                String id = params.get(end + "InstanceId").asText();
                filters.add(job -> instanceIds(job.attributes().path(info)).contains(id));
            }
        }
        params.path("TagFilters").forEach(tag -> filters.add(job -> tagged(job, tag)));
        return new MigrationJobQuery(filters.stream().reduce(job -> true, Predicate::and), order.equals("asc"), paging(params));
    }

    /** Limit in [1, 100], default 20; answered with the code this action documents. */
    private static Paging paging(ObjectNode params) {
        return Paging.of(params, 20, 100, DtsErrors.INVALID_PARAMETER_VALUE_INVALID_PARAMETER_VALUE_ERROR);
    }

    /** The matching jobs, ordered by creation time, and the page of them asked for. */
    Page run(List<Resource> oldestFirst) {
        List<Resource> matching = new ArrayList<>(oldestFirst.stream().filter(filter).toList());
        // stable: jobs bought together keep their purchase order before they are reversed
        matching.sort(Comparator.comparing(Resource::createdAt));
        if (!ascending) {
            Collections.reverse(matching);
        }
        return new Page(matching.size(), paging.page(matching));
    }

    record Page(int totalCount, List<Resource> jobs) {
    }

    private static void exact(ObjectNode params, String name, Function<Resource, String> field, List<Predicate<Resource>> filters) {
        if (params.hasNonNull(name)) {
            String wanted = params.get(name).asText();
            filters.add(job -> field.apply(job).equals(wanted));
        }
    }

    private static void anyOf(ObjectNode params, String name, Function<Resource, String> field, List<Predicate<Resource>> filters) {
        if (params.path(name).isArray() && !params.get(name).isEmpty()) {
            Set<String> wanted = new HashSet<>();
            params.get(name).forEach(v -> wanted.add(v.asText()));
            filters.add(job -> wanted.contains(field.apply(job)));
        }
    }

    private static Set<String> instanceIds(JsonNode endpoint) {
        Set<String> ids = new HashSet<>();
        endpoint.path("Info").forEach(info -> ids.add(info.path("InstanceId").asText()));
        return ids;
    }

    private static boolean tagged(Resource job, JsonNode filter) {
        String key = filter.path("TagKey").asText();
        Set<String> values = new HashSet<>();
        filter.path("TagValue").forEach(v -> values.add(v.asText()));
        for (JsonNode tag : job.attributes().path("Tags")) {
            if (tag.path("TagKey").asText().equals(key) && (values.isEmpty() || values.contains(tag.path("TagValue").asText()))) {
                return true;
            }
        }
        return false;
    }
}
