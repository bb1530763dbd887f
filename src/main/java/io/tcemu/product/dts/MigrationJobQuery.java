package io.tcemu.product.dts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tcemu.api.ApiError;
import io.tcemu.product.ListFilters;
import io.tcemu.product.Paging;
import io.tcemu.product.Params;
import io.tcemu.store.ResourceQuery;
import io.tcemu.store.Scope;
import io.tcemu.store.Sort;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * DescribeMigrationJobs as one {@link ResourceQuery} the store answers. Every filter given must
 * match (JobId, JobName and the instance ids exactly); a list filter matches any of its values; a
 * tag filter without values matches any value of its key. Default order: newest first (OrderSeq
 * desc); jobs bought together keep their purchase order either way.
 */
final class MigrationJobQuery {
    private MigrationJobQuery() {
    }

    static ResourceQuery of(ObjectNode params, Scope scope) {
        String order = params.path("OrderSeq").asText("desc");
        if (!order.equals("asc") && !order.equals("desc")) {
            throw ApiError.of(DtsErrors.INVALID_PARAMETER_VALUE_INVALID_PARAMETER_VALUE_ERROR,
                    "OrderSeq must be asc or desc, not " + order + ".", "OrderSeq 取值为 asc 或 desc，当前为 " + order + "。");
        }
        ResourceQuery query = ResourceQuery.all(scope, MigrationJobs.LIFECYCLE);
        if (params.hasNonNull("JobId")) {
            query = query.withIds(Set.of(params.get("JobId").asText()));
        }
        JsonNode statuses = params.get("Status");
        if (statuses != null && !statuses.isEmpty()) {
            query = query.inStates("Status", ListFilters.texts(statuses));
        }
        query = ListFilters.equal(query, params, "JobName", "/JobName");
        query = ListFilters.equal(query, params, "RunMode", "/RunMode");
        for (String end : List.of("Src", "Dst")) {
            String info = end + "Info";
            query = ListFilters.equal(query, params, end + "Region", "/" + info + "/Region");
            query = ListFilters.anyOf(query, params.get(end + "DatabaseType"), "/" + info + "/DatabaseType");
            query = ListFilters.anyOf(query, params.get(end + "AccessType"), "/" + info + "/AccessType");
            String instance = Params.text(params, end + "InstanceId");
            if (instance != null) {
                // one of several endpoints: no single value says that
                query = query.matching((id, job) -> instanceIds(job.path(info)).contains(instance));
            }
        }
        for (JsonNode tag : params.path("TagFilters")) {
            query = query.matching((id, job) -> QueryFilters.tagged(job.path("Tags"), tag));
        }
        Paging paging = Paging.of(params, 20, 100, DtsErrors.INVALID_PARAMETER_VALUE_INVALID_PARAMETER_VALUE_ERROR);
        return query.orderedBy(Sort.creation(order.equals("desc"))).page(paging.offset(), paging.limit());
    }

    private static Set<String> instanceIds(JsonNode endpoint) {
        Set<String> ids = new HashSet<>();
        endpoint.path("Info").forEach(info -> ids.add(info.path("InstanceId").asText()));
        return ids;
    }
}
