package io.tcemu.product.dts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tcemu.product.WireTime;

import java.time.Duration;
import java.time.Instant;

/**
 * The offsets of a subscription's Kafka topic. tcemu has no Kafka and no source database, so it
 * models the one thing a running subscription always publishes: one checkpoint message a second
 * in each partition, from its first start. Offset n of a partition was written n seconds after
 * that start; before the start every partition is empty.
 */
final class TopicOffsets {
    static final String FIRST_START = "FirstStartTime";

    private final JsonNode subscription;
    private final Instant now;

    TopicOffsets(JsonNode subscription, Instant now) {
        this.subscription = subscription;
        this.now = now;
    }

    /** StartSubscribe: remembers the first start, where the topic begins. */
    static void started(ObjectNode subscription, Instant at) {
        if (!subscription.has(FIRST_START)) {
            subscription.put(FIRST_START, WireTime.format(at));
        }
    }

    int partitions() {
        return Math.max(1, subscription.path("KafkaConfig").path("NumberOfPartitions").asInt(1));
    }

    /** The latest offset of every partition now. */
    long latest() {
        return at(now);
    }

    /** The offset nearest before {@code time}: 0 before the first start, the latest for a time after now. */
    long at(Instant time) {
        if (!subscription.has(FIRST_START)) {
            return 0;
        }
        Instant start = WireTime.parse(subscription.get(FIRST_START).asText());
        Instant until = time.isAfter(now) ? now : time;
        return until.isBefore(start) ? 0 : Duration.between(start, until).toSeconds();
    }
}
