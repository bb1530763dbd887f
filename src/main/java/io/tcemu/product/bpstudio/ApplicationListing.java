package io.tcemu.product.bpstudio;

import io.tcemu.api.CommonErrors;
import io.tcemu.product.Scopes;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tcemu.api.ApiError;
import io.tcemu.api.ApiRequest;
import io.tcemu.lifecycle.LifecycleEngine;
import io.tcemu.lifecycle.Resource;
import io.tcemu.product.Paging;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * ListApplication: filters, newest first by update (OrderType 1) or creation time (OrderType 2,
 * the default), and pages numbered from 1 (NextToken) of MaxResults entries (1 to 50, default 10).
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
        // newest stored first, so that applications changed in the same instant keep that order too
        List<Resource> all = new ArrayList<>(engine.list(Scopes.of(request), BpStudioParams.APPLICATION));
        Collections.reverse(all);
        List<Resource> matching = all.stream()
                .filter(filter(params))
                .sorted(order(params.path("OrderType").asLong(2)))
                .toList();
        long page = within(params, "NextToken", 1, 1, Integer.MAX_VALUE);
        long size = within(params, "MaxResults", DEFAULT_PAGE_SIZE, 1, MAX_PAGE_SIZE);
        Paging paging = new Paging((int) Math.min(Integer.MAX_VALUE, (page - 1) * size), (int) size);

        ObjectNode reply = BpStudioParams.numericOk();
        ArrayNode data = reply.putArray("Data");
        paging.page(matching).forEach(application -> data.add(ApplicationView.summary(application)));
        if (paging.offset() + paging.limit() < matching.size()) {
            reply.put("NextToken", page + 1);
        }
        return reply.put("TotalCount", matching.size());
    }

    /** Keyword is part of the name; tcemu applications hold no cloud resources, so ResourceId matches none. */
    private static Predicate<Resource> filter(ObjectNode params) {
        String keyword = params.path("Keyword").asText("").toLowerCase(Locale.ROOT);
        Predicate<Resource> named = a -> a.attributes().path("Name").asText().toLowerCase(Locale.ROOT).contains(keyword);
        return named
                .and(equal(params, "Status", ApplicationView::status))
                .and(equal(params, "TemplateId", a -> a.attributes().path("TemplateId").asText()))
                .and(equal(params, "ResourceGroupId", a -> a.attributes().path("ResourceGroupId").asText()))
                .and(a -> !params.hasNonNull("ResourceId"));
    }

    private static Predicate<Resource> equal(ObjectNode params, String name, Function<Resource, String> value) {
        return a -> !params.hasNonNull(name) || params.get(name).asText().equals(value.apply(a));
    }

    private static Comparator<Resource> order(long orderType) {
        if (orderType != 1 && orderType != 2) {
            throw ApiError.of(CommonErrors.INVALID_PARAMETER,
                    "OrderType must be 1 (by update time) or 2 (by creation time), not " + orderType + ".");
        }
        Function<Resource, Instant> time = orderType == 1 ? ApplicationView::updatedAt : Resource::createdAt;
        return Comparator.comparing(time).reversed();
    }

    private static long within(ObjectNode params, String name, long fallback, long min, long max) {
        long value = params.path(name).asLong(fallback);
        if (value < min || value > max) {
            throw ApiError.of(CommonErrors.INVALID_PARAMETER, name + " must be between " + min + " and " + max + ", not " + value + ".");
        }
        return value;
    }
}
