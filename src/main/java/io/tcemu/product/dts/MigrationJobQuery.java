package io.tcemu.product.dts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tcemu.api.ApiError;
import io.tcemu.product.Paging;
import io.tcemu.store.ResourceQuery;
import io.tcemu.store.Scope;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * DescribeMigrationJobs' filters and order. Every filter given must match (JobId, JobName and the
 * instance ids exactly); a list filter matches any of its values; a tag filter without values
 * matches any value of its key. Default order: newest first (OrderSeq desc).
 */
final class MigrationJobQuery {
    private final Set<String> ids;
    private final Map<String, Set<String>> states;
    private final Predicate<JsonNode> filter;
    private final boolean ascending;
    private final Paging paging;

    private MigrationJobQuery(Set<String> ids, Map<String, Set<String>> states, Predicate<JsonNode> filter,
                              boolean ascending, Paging paging) {
        this.ids = ids;
        this.states = states;
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
        List<Predicate<JsonNode>> filters = new ArrayList<>();
        exact(params, "JobName", job -> job.path("JobName").asText(), filters);
        exact(params, "RunMode", job -> job.path("RunMode").asText(), filters);
        for (String end : List.of("Src", "Dst")) {
            String info = end + "Info";
            exact(params, end + "Region", job -> job.path(info).path("Region").asText(), filters);
            anyOf(params, end + "DatabaseType", job -> job.path(info).path("DatabaseType").asText(), filters);
            anyOf(params, end + "AccessType", job -> job.path(info).path("AccessType").asText(), filters);
            if (params.hasNonNull(end + "InstanceId")) {
                String id = params.get(end + "InstanceId").asText();
                filters.add(job -> instanceIds(job.path(info)).contains(id));
            }
        }
        params.path("TagFilters").forEach(tag -> filters.add(job -> tagged(job, tag)));
        Set<String> ids = params.hasNonNull("JobId") ? Set.of(params.get("JobId").asText()) : null;
        Set<String> statuses = values(params, "Status");
        return new MigrationJobQuery(ids, statuses == null ? Map.of() : Map.of("Status", statuses),
                filters.isEmpty() ? null : filters.stream().reduce(job -> true, Predicate::and), order.equals("asc"),
                paging(params));
    }

    /** Limit in [1, 100], default 20; answered with the code this action documents. */
    private static Paging paging(ObjectNode params) {
        return Paging.of(params, 20, 100, DtsErrors.INVALID_PARAMETER_VALUE_INVALID_PARAMETER_VALUE_ERROR);
    }

    /** The query the store answers: the jobs in scope matching, in creation order (jobs bought together keep their purchase order), the page asked for. */
    ResourceQuery in(Scope scope) {
        return new ResourceQuery(scope, MigrationJobs.LIFECYCLE, ids, states, filter, !ascending, paging.offset(), paging.limit());
    }

    private static void exact(ObjectNode params, String name, Function<JsonNode, String> field, List<Predicate<JsonNode>> filters) {
        if (params.hasNonNull(name)) {
            String wanted = params.get(name).asText();
            filters.add(job -> field.apply(job).equals(wanted));
        }
    }

    private static void anyOf(ObjectNode params, String name, Function<JsonNode, String> field, List<Predicate<JsonNode>> filters) {
        Set<String> wanted = values(params, name);
        if (wanted != null) {
            filters.add(job -> wanted.contains(field.apply(job)));
        }
    }

    /** A list filter's values; null when it is absent or empty, which filters nothing. */
    private static Set<String> values(ObjectNode params, String name) {
        if (!params.path(name).isArray() || params.get(name).isEmpty()) {
            return null;
        }
        Set<String> wanted = new HashSet<>();
        params.get(name).forEach(v -> wanted.add(v.asText()));
        return wanted;
    }

    private static Set<String> instanceIds(JsonNode endpoint) {
        Set<String> ids = new HashSet<>();
        endpoint.path("Info").forEach(info -> ids.add(info.path("InstanceId").asText()));
        return ids;
    }

    private static boolean tagged(JsonNode job, JsonNode filter) {
        String key = filter.path("TagKey").asText();
        Set<String> values = new HashSet<>();
        filter.path("TagValue").forEach(v -> values.add(v.asText()));
        for (JsonNode tag : job.path("Tags")) {
            if (tag.path("TagKey").asText().equals(key) && (values.isEmpty() || values.contains(tag.path("TagValue").asText()))) {
                return true;
            }
        }
        return false;
    }
}
