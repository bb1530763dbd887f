package io.tcemu.product.dts;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.List;
import java.util.Map;

/**
 * The consumer-group table, from the actions' documents and GroupInfo.ConsumerGroupState: the
 * description, the password and the offsets may change and the group may be deleted in every
 * state (ResetConsumerGroupOffset refuses nothing; it changes offsets only in Dead and Empty).
 */
class ConsumerGroupTableTest extends StatusTableTest {
    private static final String TABLE = """
            # operation                    | dimension          | from | transient | settled   | failure
            ModifyConsumerGroupDescription | ConsumerGroupState | *    | -         | -         | -
            ModifyConsumerGroupPassword    | ConsumerGroupState | *    | -         | -         | -
            ResetConsumerGroupOffset       | ConsumerGroupState | *    | -         | -         | -
            DeleteConsumerGroup            | ConsumerGroupState | *    | -         | (deleted) | -
            """;

    @Override
    List<StatusTable> tables() {
        return List.of(new StatusTable(tc.emulator().engine(), "dts.ConsumerGroup",
                Map.of("ConsumerGroupState", List.of("Empty", "Stable", "Dead")),
                JsonNodeFactory.instance.objectNode().put("SubscribeId", "subs-table00001"),
                "OperationDenied.OperationDeniedError", TABLE));
    }
}
