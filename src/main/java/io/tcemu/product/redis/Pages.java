package io.tcemu.product.redis;

import io.tcemu.api.CommonErrors;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tcemu.api.ApiError;
import io.tcemu.lifecycle.LifecycleEngine;
import io.tcemu.lifecycle.Resource;
import io.tcemu.product.Paging;
import java.util.function.Function;

/** Redis's Describe paging: Offset is documented as a whole number of pages, offset = limit × (page − 1). */
final class Pages {
    private Pages() {
    }

    static Paging of(ObjectNode params, int defaultLimit, int maxLimit) {
        Paging paging = Paging.of(params, defaultLimit, maxLimit);
        if (paging.offset() % paging.limit() != 0) {
            throw ApiError.of(CommonErrors.INVALID_PARAMETER_VALUE,
                    "Offset must be a multiple of Limit (offset = limit × (page − 1)); got Offset " + paging.offset()
                            + " with Limit " + paging.limit() + ".",
                    "Offset 须为 Limit 的整数倍（offset = limit ×（页码 − 1）），当前 Offset 为 " + paging.offset()
                            + "，Limit 为 " + paging.limit() + "。");
        }
        return paging;
    }

    /** {@code {"TotalCount": matches before paging, "<list>": [the page, each shown by view]}}. */
    static ObjectNode answer(LifecycleEngine.Page page, String list, Function<Resource, JsonNode> view) {
        ObjectNode response = JsonNodeFactory.instance.objectNode().put("TotalCount", page.total());
        ArrayNode items = response.putArray(list);
        page.items().forEach(item -> items.add(view.apply(item)));
        return response;
    }
}
