package io.tcemu.product.dts;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The data-subscription status table, from the actions' documents and SubscribeInfo's enums
 * (the seeds have none): a check once configured, StartSubscribe only from checkPass, consumer
 * groups only while running,
 * ResumeSubscribe from error, ResetSubscribe back to notStarted, isolation from normal and
 * destruction of an isolated subscription only. Every other step is OperationDenied.OperationDeniedError.
 */
class SubscribeTableTest extends StatusTableTest {
    private static final String TABLE = """
            # operation                  | dimension  | SubsStatus from                        | Status from | transient  | settled    | failure
            ConfigureSubscribeJob        | SubsStatus | notStarted checkNotPass checkPass      | normal      | -          | notStarted | -
            CreateSubscribeCheckJob      | SubsStatus | notStarted checkNotPass checkPass      | normal      | checking   | checkPass  | checkNotPass
            StartSubscribe               | SubsStatus | checkPass                              | normal      | starting   | running    | error
            ResumeSubscribe              | SubsStatus | error                                  | normal      | starting   | running    | error
            ResetSubscribe               | SubsStatus | checkNotPass checkPass running error   | normal      | -          | notStarted | -
            ModifySubscribeObjects       | SubsStatus | running                                | normal      | -          | -          | -
            CreateConsumerGroup          | SubsStatus | running                                | normal      | -          | -          | -
            ModifySubscribeName          | SubsStatus | *                                      | *           | -          | -          | -
            ModifySubscribeAutoRenewFlag | SubsStatus | *                                      | normal      | -          | -          | -
            IsolateSubscribe             | Status     | *                                      | normal      | isolating  | isolated   | -
            DestroyIsolatedSubscribe     | Status     | *                                      | isolated    | offlining  | (deleted)  | -
            """;

    @Override
    List<StatusTable> tables() {
        Map<String, List<String>> dimensions = new LinkedHashMap<>();
        dimensions.put("SubsStatus", List.of("notStarted", "checking", "checkNotPass", "checkPass", "starting", "running", "error"));
        dimensions.put("Status", List.of("normal", "isolating", "isolated", "offlining", "post2PrePayIng"));
        return List.of(new StatusTable(tc.emulator().engine(), "dts.Subscribe", dimensions,
                JsonNodeFactory.instance.objectNode().put("Configured", true).put("PayType", 1),
                "OperationDenied.OperationDeniedError", TABLE));
    }
}
