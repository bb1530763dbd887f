package io.tcemu.product.wedata;

import io.tcemu.api.CommonErrors;
import com.fasterxml.jackson.databind.JsonNode;
import io.tcemu.api.ApiError;
import java.util.Locale;

/**
 * How the target takes records: appended (a record delivered twice is there twice) or upserted by
 * key (delivered twice, it is there once). Read from the Config entry {@code WriteMode} of the
 * task's OUTPUT (or SINK) node; append when none says.
 */
enum WriteMode {
    APPEND, UPSERT;

    static final String ATTRIBUTE = "WriteMode";

    static WriteMode of(JsonNode taskInfo) {
        for (JsonNode node : taskInfo.path("Nodes")) {
            String type = node.path("NodeType").asText("");
            if (!type.equalsIgnoreCase("OUTPUT") && !type.equalsIgnoreCase("SINK")) {
                continue;
            }
            for (JsonNode field : node.path("Config")) {
                if (field.path("Name").asText("").equalsIgnoreCase(ATTRIBUTE)) {
                    return parse(field.path("Value").asText(""));
                }
            }
        }
        return APPEND;
    }

    static WriteMode stored(JsonNode attributes) {
        return attributes.path(ATTRIBUTE).asText("").equals(UPSERT.wire()) ? UPSERT : APPEND;
    }

    String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    private static WriteMode parse(String value) {
        for (WriteMode mode : values()) {
            if (mode.wire().equalsIgnoreCase(value.trim())) {
                return mode;
            }
        }
        throw ApiError.of(CommonErrors.INVALID_PARAMETER_VALUE,
                "TaskInfo.Nodes: the OUTPUT node's Config WriteMode must be append or upsert, not `" + value + "`.",
                "TaskInfo.Nodes：OUTPUT 节点 Config 中的 WriteMode 只能为 append 或 upsert，当前为 `" + value + "`。");
    }
}
