package io.tcemu.product.dts;

import io.tcemu.api.ApiError;
import io.tcemu.product.Params;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tcemu.api.ApiRequest;
import io.tcemu.lifecycle.LifecycleEngine;
import io.tcemu.product.Paging;
import io.tcemu.product.ResourceViews;
import io.tcemu.product.Scopes;
import io.tcemu.store.ResourceQuery;
import io.tcemu.store.Sort;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * DescribeSyncJobs: the caller's jobs in the region, filtered (every filter given must match;
 * JobName, SrcInfoPattern and DstInfoPattern by substring), ordered by CreateTime (DESC by
 * default), then paged; TotalCount counts the filtered jobs before paging. Declared as one
 * {@link ResourceQuery}, which the store answers from its indexes.
 */
final class SyncJobQuery {
    private final SyncJobs jobs;
    private final ResourceViews views;

    SyncJobQuery(SyncJobs jobs) {
        this.jobs = jobs;
        this.views = new ResourceViews(job -> SyncJobView.of(job, jobs));
    }

    ObjectNode handle(ApiRequest request) {
        ObjectNode params = request.params();
        Paging paging = Paging.of(params, 20, 100, DtsErrors.INVALID_PARAMETER_VALUE_INVALID_PARAMETER_VALUE_ERROR);
        Params.oneOf(DtsErrors.INVALID_PARAMETER_VALUE_INVALID_PARAMETER_VALUE_ERROR, params, "Order", List.of("CreateTime"), "CreateTime");
        // creation order; jobs bought together keep their purchase order either way
        ResourceQuery query = ResourceQuery.all(Scopes.of(request), SyncJobs.LIFECYCLE);
        Set<String> ids = ids(params);
        if (ids != null) {
            query = query.withIds(ids);
        }
        if (params.has("Status")) {
            query = query.inStates("Status", new HashSet<>(QueryFilters.strings(params.get("Status"))));
        }
        Predicate<JsonNode> filter = filter(params);
        if (filter != null) {
            query = query.matching((id, job) -> filter.test(job));
        }
        LifecycleEngine.Page page = jobs.query(query.orderedBy(Sort.creation(!ascending(params)))
                .page(paging.offset(), paging.limit()));
        ObjectNode response = JsonNodeFactory.instance.objectNode().put("TotalCount", page.total());
        ArrayNode list = response.putArray("JobList");
        page.items().forEach(job -> list.add(views.of(job)));
        return response;
    }

    /** JobId and JobIds, both of which must match when both are given; null for any. */
    private static Set<String> ids(ObjectNode params) {
        Set<String> ids = params.has("JobIds") ? new HashSet<>(QueryFilters.strings(params.get("JobIds"))) : null;
        Optional<String> id = QueryFilters.text(params, "JobId");
        if (id.isPresent()) {
            return ids == null || ids.contains(id.get()) ? Set.of(id.get()) : Set.of();
        }
        return ids;
    }

    private static boolean ascending(ObjectNode params) {
        String seq = params.path("OrderSeq").asText("DESC");
        if (!seq.equalsIgnoreCase("ASC") && !seq.equalsIgnoreCase("DESC")) {
            throw ApiError.of(DtsErrors.INVALID_PARAMETER_VALUE_INVALID_PARAMETER_VALUE_ERROR, "OrderSeq must be ASC or DESC, not `" + seq + "`.", "OrderSeq 须为 ASC 或 DESC，当前为 `" + seq + "`。");
        }
        return seq.equalsIgnoreCase("ASC");
    }

    /** The filters on attributes; null when there are none, so the store can count without looking. */
    private static Predicate<JsonNode> filter(ObjectNode params) {
        List<Predicate<JsonNode>> all = new ArrayList<>();
        QueryFilters.text(params, "JobName").ifPresent(name -> all.add(job -> attribute(job, "JobName").contains(name)));
        QueryFilters.text(params, "RunMode").ifPresent(mode -> all.add(job -> mode.equals(job.path("RunMode").asText("Immediate"))));
        QueryFilters.text(params, "JobType").ifPresent(type -> all.add(job -> type.equals(attribute(job, "SrcDatabaseType") + "2" + attribute(job, "DstDatabaseType"))));
        QueryFilters.text(params, "PayMode").ifPresent(mode -> all.add(job -> mode.equals(attribute(job, "PayMode"))));
        QueryFilters.text(params, "SrcInfoPattern").ifPresent(p -> all.add(job -> endpointMentions(job, "Src", p)));
        QueryFilters.text(params, "DstInfoPattern").ifPresent(p -> all.add(job -> endpointMentions(job, "Dst", p)));
        params.path("TagFilters").forEach(tag -> all.add(job -> QueryFilters.tagged(job.path("Tags"), tag)));
        return all.isEmpty() ? null : job -> all.stream().allMatch(p -> p.test(job));
    }

    /** Whether an instance id or IP of one side's endpoint(s) contains the pattern. */
    private static boolean endpointMentions(JsonNode job, String side, String pattern) {
        List<JsonNode> endpoints = new ArrayList<>();
        endpoints.add(job.path(side + "Info"));
        job.path(side + "Infos").path("Info").forEach(endpoints::add);
        return endpoints.stream().anyMatch(e -> e.path("InstanceId").asText().contains(pattern)
                || e.path("Ip").asText().contains(pattern));
    }

    private static String attribute(JsonNode job, String name) {
        return job.path(name).asText("");
    }
}
