package io.tcemu.product.dts;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tcemu.lifecycle.Resource;
import io.tcemu.product.WireTime;

/**
 * One GroupInfo: each partition's committed offset (0 until reset), what it has not consumed of the
 * topic and, at one checkpoint a second, as many seconds of latency; the group-wide figures are the
 * last partition's, as documented. No consumer ever joins, so PartitionAssignment is empty.
 */
final class ConsumerGroupView {
    private ConsumerGroupView() {
    }

    static ObjectNode of(Resource group, TopicOffsets topic) {
        ObjectNode a = group.attributes();
        ObjectNode info = JsonNodeFactory.instance.objectNode()
                .put("Account", a.path("Account").asText())
                .put("ConsumerGroupName", group.id())
                .put("Description", a.path("Description").asText(""));
        ArrayNode partitions = JsonNodeFactory.instance.arrayNode();
        long offset = 0;
        long lag = 0;
        for (int p = 0; p < topic.partitions(); p++) {
            offset = a.path("Offsets").path(String.valueOf(p)).asLong(0);
            lag = Math.max(0, topic.latest() - offset);
            partitions.addObject().put("PartitionNo", p).put("ConsumerGroupOffset", offset)
                    .put("ConsumerGroupLag", lag).put("Latency", lag);
        }
        info.put("ConsumerGroupOffset", offset).put("ConsumerGroupLag", lag).put("Latency", lag);
        info.set("StateOfPartition", partitions);
        info.put("CreatedAt", WireTime.format(group.createdAt()))
                .put("UpdatedAt", a.path("UpdatedAt").asText())
                .put("ConsumerGroupState", group.state("ConsumerGroupState"));
        info.putArray("PartitionAssignment");
        return info;
    }
}
