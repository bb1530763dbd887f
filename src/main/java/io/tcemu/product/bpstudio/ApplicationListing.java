package io.tcemu.product.bpstudio;

import io.tcemu.api.CommonErrors;
import io.tcemu.product.Scopes;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tcemu.api.ApiError;
import io.tcemu.api.ApiRequest;
import io.tcemu.lifecycle.LifecycleEngine;
import io.tcemu.store.ResourceQuery;
import io.tcemu.store.Sort;

import java.util.Locale;
import java.util.Set;

/**
 * ListApplication, declared as one {@link ResourceQuery} the store answers: filters, newest first by
 * update (OrderType 1) or creation time (OrderType 2, the default), and pages numbered from 1
 * (NextToken) of MaxResults entries (1 to 50, default 10).
 */
final class ApplicationListing {
    private static final int DEFAULT_PAGE_SIZE = 10;
    private static final int MAX_PAGE_SIZE = 50;

    private final LifecycleEngine engine;

    ApplicationListing(LifecycleEngine engine) {
        this.engine = engine;
    }

    ObjectNode list(ApiRequest request) {
        ObjectNode params = request.params();
        ResourceQuery query = filtered(ResourceQuery.all(Scopes.of(request), BpStudioParams.APPLICATION), params)
                .orderedBy(order(params.path("OrderType").asLong(2)), Sort.creation(true));
        long page = within(params, "NextToken", 1, 1, Integer.MAX_VALUE);
        long size = within(params, "MaxResults", DEFAULT_PAGE_SIZE, 1, MAX_PAGE_SIZE);
        int offset = (int) Math.min(Integer.MAX_VALUE, (page - 1) * size);
        LifecycleEngine.Page matching = engine.query(query.page(offset, (int) size));

        ObjectNode reply = BpStudioParams.numericOk();
        ArrayNode data = reply.putArray("Data");
        matching.items().forEach(application -> data.add(ApplicationView.summary(application)));
        if (offset + size < matching.total()) {
            reply.put("NextToken", page + 1);
        }
        return reply.put("TotalCount", matching.total());
    }

    /** Keyword is part of the name; tcemu applications hold no cloud resources, so ResourceId matches none. */
    private static ResourceQuery filtered(ResourceQuery query, ObjectNode params) {
        String keyword = params.path("Keyword").asText("").toLowerCase(Locale.ROOT);
        if (!keyword.isEmpty()) {
            // a part of the name, in any case: no list of values says that
            query = query.matching((id, a) -> a.path("Name").asText().toLowerCase(Locale.ROOT).contains(keyword));
        }
        if (params.hasNonNull("Status")) {
            query = query.inStates("Status", Set.of(params.get("Status").asText()));
        }
        for (String attribute : new String[]{"TemplateId", "ResourceGroupId"}) {
            if (params.hasNonNull(attribute)) {
                query = query.withValues("/" + attribute, Set.of(params.get(attribute).asText()));
            }
        }
        return params.hasNonNull("ResourceId") ? query.withIds(Set.of()) : query;
    }

    /** Newest first; applications of the same instant newest stored first. */
    private static Sort order(long orderType) {
        if (orderType != 1 && orderType != 2) {
            throw ApiError.of(CommonErrors.INVALID_PARAMETER,
                    "OrderType must be 1 (by update time) or 2 (by creation time), not " + orderType + ".");
        }
        return orderType == 1 ? Sort.changedAt(true) : Sort.createdAt(true);
    }

    private static long within(ObjectNode params, String name, long fallback, long min, long max) {
        long value = params.path(name).asLong(fallback);
        if (value < min || value > max) {
            throw ApiError.of(CommonErrors.INVALID_PARAMETER, name + " must be between " + min + " and " + max + ", not " + value + ".");
        }
        return value;
    }
}
