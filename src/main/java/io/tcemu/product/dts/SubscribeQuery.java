package io.tcemu.product.dts;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tcemu.api.ApiRequest;
import io.tcemu.lifecycle.Resource;
import io.tcemu.product.Paging;
import io.tcemu.product.Params;
import io.tcemu.product.Scopes;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Predicate;

/**
 * DescribeSubscribeJobs: the caller's subscriptions in the region, filtered (every filter given
 * must match; SubscribeName by prefix, the others exactly), newest first unless OrderDirection is
 * ASC, then paged; TotalCount counts them before paging.
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
        List<Resource> matching = new ArrayList<>(subscriptions.list(request).stream().filter(filter(params)).toList());
        if (direction.equals("DESC")) {
            Collections.reverse(matching);
        }
        ObjectNode response = JsonNodeFactory.instance.objectNode().put("TotalCount", matching.size());
        ArrayNode items = response.putArray("Items");
        paging.page(matching).forEach(s -> items.add(SubscribeView.info(s, Scopes.of(request).region())));
        return response;
    }

    private static Predicate<Resource> filter(ObjectNode params) {
        List<Predicate<Resource>> all = new ArrayList<>();
        QueryFilters.text(params, "SubscribeId").ifPresent(id -> all.add(s -> s.id().equals(id)));
        if (params.has("SubscribeIds")) {
            List<String> ids = QueryFilters.strings(params.get("SubscribeIds"));
            all.add(s -> ids.contains(s.id()));
        }
        QueryFilters.text(params, "SubscribeName").ifPresent(name -> all.add(s -> s.attributes().path("SubscribeName").asText(s.id()).startsWith(name)));
        for (String exact : List.of("InstanceId", "Topic", "Product")) {
            QueryFilters.text(params, exact).ifPresent(value -> all.add(s -> value.equals(s.attributes().path(exact).asText(""))));
        }
        if (params.has("PayType")) {
            long payType = params.get("PayType").asLong();
            all.add(s -> s.attributes().path("PayType").asLong() == payType);
        }
        for (String dimension : List.of("Status", "SubsStatus")) {
            if (params.has(dimension)) {
                List<String> states = QueryFilters.strings(params.get(dimension));
                all.add(s -> states.contains(s.state(dimension)));
            }
        }
        params.path("TagFilters").forEach(tag -> all.add(s -> QueryFilters.tagged(s.attributes().path("Tags"), tag)));
        return s -> all.stream().allMatch(p -> p.test(s));
    }
}
