package io.tcemu.product.dts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tcemu.api.ApiError;
import io.tcemu.product.Params;

import java.util.List;

/**
 * What a consistency check compares and how, as Create*CompareTask and Modify*CompareTask take it:
 * ObjectMode sameAsMigrate (the default: Config shows the whole instance, ObjectMode all) or custom
 * with Objects; Options with the documented defaults and ranges. A modification changes only what
 * it names. The enums and ranges are checked here rather than in constraints.json because a
 * modification is checked only once the lifecycle allows it: a running check refuses any change
 * with its state error, whatever the values.
 */
final class CompareSettings {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String INVALID = DtsErrors.INVALID_PARAMETER_VALUE_INVALID_PARAMETER_VALUE_ERROR;
    private static final List<String> COMPARE_MODES = List.of("structureCheck", "full", "increment", "advanceObject");

    private CompareSettings() {
    }

    /** Writes the request's ObjectMode, Objects and Options into the check's attributes, over what it had. */
    static void apply(ObjectNode params, ObjectNode task) {
        if (params.has("ObjectMode") || params.has("Objects") || !task.has("Config")) {
            String mode = Params.oneOf(INVALID, params, "ObjectMode", List.of("sameAsMigrate", "custom"), "sameAsMigrate");
            task.put("ObjectMode", mode);
            task.set("Config", config(mode, params.get("Objects")));
        }
        if (params.has("Options") || !task.has("Options")) {
            ObjectNode options = task.has("Options") ? task.get("Options").deepCopy() : NODES.objectNode();
            if (params.path("Options").isObject()) {
                options.setAll((ObjectNode) params.get("Options").deepCopy());
            }
            task.set("Options", options(options));
        }
    }

    private static ObjectNode config(String mode, JsonNode objects) {
        if (mode.equals("sameAsMigrate")) {
            ObjectNode all = NODES.objectNode().put("ObjectMode", "all");
            all.putArray("ObjectItems");
            all.putArray("AdvancedObjects");
            return all;
        }
        if (objects == null || !objects.isObject()) {
            throw ApiError.of(DtsErrors.MISSING_PARAMETER_MISSING_PARAMETER_ERROR,
                    "Objects is required when ObjectMode is custom: name the databases and tables to compare.",
                    "ObjectMode 为 custom 时须填写 Objects：指定要校验的库表。");
        }
        ObjectNode config = objects.deepCopy();
        Params.oneOf(INVALID, config, "ObjectMode", List.of("all", "partial"), null);
        if (!config.path("ObjectItems").isArray()) {
            config.putArray("ObjectItems");
        }
        if (!config.path("AdvancedObjects").isArray()) {
            config.putArray("AdvancedObjects");
        }
        return config;
    }

    private static ObjectNode options(ObjectNode given) {
        ObjectNode options = NODES.objectNode()
                .put("Method", Params.oneOf(INVALID, given, "Method", List.of("dataCheck", "sampleDataCheck", "rowsCount"), "dataCheck"))
                .put("SampleRate", Params.range(INVALID, given, "SampleRate", 0, 100, 100))
                .put("ThreadCount", Params.range(INVALID, given, "ThreadCount", 1, 8, 1))
                .put("Type", Params.oneOf(INVALID, given, "Type", List.of("builtin", "independent"), "builtin"));
        if (given.has("CompareMode")) {
            for (JsonNode mode : given.get("CompareMode")) {
                if (!COMPARE_MODES.contains(mode.asText())) {
                    throw ApiError.of(INVALID, "Options.CompareMode values must be among " + COMPARE_MODES + ", not `" + mode.asText() + "`.",
                            "Options.CompareMode 取值须为 " + COMPARE_MODES + " 之一，当前为 `" + mode.asText() + "`。");
                }
                if (mode.asText().equals("increment") && !options.path("Method").asText().equals("dataCheck")) {
                    throw ApiError.of(INVALID, "An increment check compares whole data: Options.Method must be dataCheck.",
                            "增量校验只能使用完整数据对比：Options.Method 须为 dataCheck。");
                }
            }
            options.set("CompareMode", given.get("CompareMode").deepCopy());
        }
        if (given.has("ReCheckTime")) {
            options.put("ReCheckTime", Params.range(INVALID, given, "ReCheckTime", 0, Integer.MAX_VALUE, 0));
        }
        if (given.has("ReCheckInterval")) {
            options.put("ReCheckInterval", Params.range(INVALID, given, "ReCheckInterval", 1, 60, 1));
        }
        return options;
    }
}
