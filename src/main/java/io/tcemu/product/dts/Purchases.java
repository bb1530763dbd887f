package io.tcemu.product.dts;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tcemu.api.ApiRequest;
import io.tcemu.product.ResourceIds;
import io.tcemu.product.Resources;
import io.tcemu.product.WireTime;

import java.time.Instant;
import java.util.Map;

/** What buying sync jobs and subscriptions shares: when a monthly term ends, and Count resources bought alike. */
final class Purchases {
    private Purchases() {
    }

    /** The end of a term of {@code months} bought at {@code now}, in Beijing's calendar, as the API shows it. */
    static String expiry(Instant now, long months) {
        return WireTime.format(now.atZone(WireTime.BEIJING).plusMonths(months).toInstant());
    }

    /** Creates {@code count} resources with the same attributes and initial states; their ids, in order. */
    static ArrayNode buy(Resources resources, ApiRequest request, String idPrefix, int idLength, long count,
                         ObjectNode attributes, Map<String, String> initialStates) {
        ArrayNode ids = JsonNodeFactory.instance.arrayNode();
        for (int i = 0; i < count; i++) {
            String id = ResourceIds.next(idPrefix, idLength);
            resources.create(resources.key(request, id), attributes, initialStates);
            ids.add(id);
        }
        return ids;
    }
}
