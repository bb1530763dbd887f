package io.tcemu.product.dts;

import io.tcemu.api.ApiError;
import io.tcemu.product.Params;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tcemu.api.ApiRequest;
import io.tcemu.lifecycle.Resource;
import io.tcemu.product.Paging;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Predicate;

/**
 * DescribeSyncJobs: the caller's jobs in the region, filtered (every filter given must match;
 * JobName, SrcInfoPattern and DstInfoPattern by substring), ordered by CreateTime (DESC by
 * default), then paged; TotalCount counts the filtered jobs before paging.
 */
final class SyncJobQuery {
    private final SyncJobs jobs;

    SyncJobQuery(SyncJobs jobs) {
        this.jobs = jobs;
    }

    ObjectNode handle(ApiRequest request) {
        ObjectNode params = request.params();
        Paging paging = Paging.of(params, 20, 100, DtsErrors.INVALID_PARAMETER_VALUE_INVALID_PARAMETER_VALUE_ERROR);
        Params.oneOf(DtsErrors.INVALID_PARAMETER_VALUE_INVALID_PARAMETER_VALUE_ERROR, params, "Order", List.of("CreateTime"), "CreateTime");
        boolean ascending = ascending(params);
        Predicate<Resource> filter = filter(params);
        List<Resource> matching = new ArrayList<>(jobs.list(request).stream().filter(filter).toList());
        // the engine lists oldest first; jobs bought together keep their purchase order either way
        if (!ascending) {
            Collections.reverse(matching);
        }
        ObjectNode response = JsonNodeFactory.instance.objectNode().put("TotalCount", matching.size());
        ArrayNode list = response.putArray("JobList");
        paging.page(matching).forEach(job -> list.add(SyncJobView.of(job, jobs)));
        return response;
    }

    private static boolean ascending(ObjectNode params) {
        String seq = params.path("OrderSeq").asText("DESC");
        if (!seq.equalsIgnoreCase("ASC") && !seq.equalsIgnoreCase("DESC")) {
            throw ApiError.of(DtsErrors.INVALID_PARAMETER_VALUE_INVALID_PARAMETER_VALUE_ERROR, "OrderSeq must be ASC or DESC, not `" + seq + "`.", "OrderSeq 须为 ASC 或 DESC，当前为 `" + seq + "`。");
        }
        return seq.equalsIgnoreCase("ASC");
    }

    private static Predicate<Resource> filter(ObjectNode params) {
        List<Predicate<Resource>> all = new ArrayList<>();
        QueryFilters.text(params, "JobId").ifPresent(id -> all.add(job -> job.id().equals(id)));
        if (params.has("JobIds")) {
            List<String> ids = QueryFilters.strings(params.get("JobIds"));
            all.add(job -> ids.contains(job.id()));
        }
        QueryFilters.text(params, "JobName").ifPresent(name -> all.add(job -> attribute(job, "JobName").contains(name)));
        if (params.has("Status")) {
            List<String> statuses = QueryFilters.strings(params.get("Status"));
            all.add(job -> statuses.contains(job.state("Status")));
        }
        QueryFilters.text(params, "RunMode").ifPresent(mode -> all.add(job -> mode.equals(job.attributes().path("RunMode").asText("Immediate"))));
        QueryFilters.text(params, "JobType").ifPresent(type -> all.add(job -> type.equals(attribute(job, "SrcDatabaseType") + "2" + attribute(job, "DstDatabaseType"))));
        QueryFilters.text(params, "PayMode").ifPresent(mode -> all.add(job -> mode.equals(attribute(job, "PayMode"))));
        QueryFilters.text(params, "SrcInfoPattern").ifPresent(p -> all.add(job -> endpointMentions(job.attributes(), "Src", p)));
        QueryFilters.text(params, "DstInfoPattern").ifPresent(p -> all.add(job -> endpointMentions(job.attributes(), "Dst", p)));
        params.path("TagFilters").forEach(tag -> all.add(job -> QueryFilters.tagged(job.attributes().path("Tags"), tag)));
        return job -> all.stream().allMatch(p -> p.test(job));
    }

    /** Whether an instance id or IP of one side's endpoint(s) contains the pattern. */
    private static boolean endpointMentions(JsonNode job, String side, String pattern) {
        List<JsonNode> endpoints = new ArrayList<>();
        endpoints.add(job.path(side + "Info"));
        job.path(side + "Infos").path("Info").forEach(endpoints::add);
        return endpoints.stream().anyMatch(e -> e.path("InstanceId").asText().contains(pattern)
                || e.path("Ip").asText().contains(pattern));
    }

    private static String attribute(Resource job, String name) {
        return job.attributes().path(name).asText("");
    }
}
