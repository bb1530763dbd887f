package io.tcemu.product.dts;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tcemu.api.ApiRequest;
import io.tcemu.lifecycle.LifecycleEngine;
import io.tcemu.product.ListFilters;
import io.tcemu.product.Paging;
import io.tcemu.product.Params;
import io.tcemu.product.Scopes;
import io.tcemu.store.ResourceQuery;
import io.tcemu.store.Sort;

import java.util.List;
import java.util.Set;

/**
 * DescribeSubscribeJobs, declared as one {@link ResourceQuery} the store answers: the caller's
 * subscriptions in the region, filtered (every filter given must match; SubscribeName by prefix, the
 * others exactly), newest first unless OrderDirection is ASC, then paged; TotalCount counts them
 * before paging.
 */
final class SubscribeQuery {
    private static final String INVALID = DtsErrors.INVALID_PARAMETER_VALUE_INVALID_PARAMETER_VALUE_ERROR;

    private final Subscriptions subscriptions;

    SubscribeQuery(Subscriptions subscriptions) {
        this.subscriptions = subscriptions;
    }

    ObjectNode handle(ApiRequest request) {
        ObjectNode params = request.params();
        Paging paging = Paging.of(params, 20, 100, INVALID);
        String direction = Params.oneOf(INVALID, params, "OrderDirection", List.of("DESC", "ASC"), "DESC");
        LifecycleEngine.Page page = subscriptions.query(filtered(subscriptions.all(request), params)
                .orderedBy(Sort.creation(direction.equals("DESC"))).page(paging.offset(), paging.limit()));
        ObjectNode response = JsonNodeFactory.instance.objectNode().put("TotalCount", page.total());
        ArrayNode items = response.putArray("Items");
        page.items().forEach(s -> items.add(SubscribeView.info(s, Scopes.of(request).region())));
        return response;
    }

    private static ResourceQuery filtered(ResourceQuery query, ObjectNode params) {
        var id = QueryFilters.text(params, "SubscribeId");
        if (id.isPresent()) {
            query = query.withIds(Set.of(id.get()));
        }
        if (params.has("SubscribeIds")) {
            query = query.withIds(ListFilters.texts(params.get("SubscribeIds")));
        }
        var name = QueryFilters.text(params, "SubscribeName");
        if (name.isPresent()) {
            // a prefix of the name, which is the id until one is given: no list of values says that
            query = query.matching((subscribeId, s) -> s.path("SubscribeName").asText(subscribeId).startsWith(name.get()));
        }
        for (String exact : List.of("InstanceId", "Topic", "Product")) {
            var value = QueryFilters.text(params, exact);
            if (value.isPresent()) {
                query = query.withValues("/" + exact, Set.of(value.get()));
            }
        }
        if (params.has("PayType")) {
            query = query.withValues("/PayType", Set.of(String.valueOf(params.get("PayType").asLong())));
        }
        for (String dimension : List.of("Status", "SubsStatus")) {
            if (params.has(dimension)) {
                query = query.inStates(dimension, ListFilters.texts(params.get(dimension)));
            }
        }
        for (var tag : params.path("TagFilters")) {
            // tags are lists of pairs: a test
            query = query.matching((subscribeId, s) -> QueryFilters.tagged(s.path("Tags"), tag));
        }
        return query;
    }
}
