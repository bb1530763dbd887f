package io.tcemu.product.dts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tcemu.api.ApiError;
import io.tcemu.product.WireTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.Consumer;

/**
 * ModifyMigrationJob: what a job migrates, from where to where, and when. The database types and
 * regions bought with the job cannot change (CreateMigrationService's document); a new
 * configuration drops the last check's skipped items, as the check must run again.
 */
final class MigrationConfiguration {
    /** Set by ModifyMigrationJob; the lifecycle allows a check only once it is. */
    static final String CONFIGURED = "ConfiguredByModifyMigrationJob";
    private static final List<String> INCREMENTAL_ONLY_SOURCES = List.of("redis", "keewidb");

    private MigrationConfiguration() {
    }

    static String jobName(String name) {
        if (name.length() > 128) {
            throw invalid("JobName is at most 128 characters long, not " + name.length() + ".",
                    "JobName 最长 128 个字符，当前为 " + name.length() + " 个。");
        }
        return name;
    }

    static ArrayNode tags(JsonNode tags) {
        ArrayNode copy = JsonNodeFactory.instance.arrayNode();
        for (JsonNode tag : tags) {
            if (tag.path("TagKey").asText("").isEmpty()) {
                throw invalid("Every tag needs a TagKey.", "每个标签都需要 TagKey。");
            }
            copy.addObject().put("TagKey", tag.path("TagKey").asText()).put("TagValue", tag.path("TagValue").asText(""));
        }
        return copy;
    }

    /**
     * Checks what the request alone decides beyond constraints.json's enums and ranges, and returns
     * the change, which also checks it against the job.
     */
    static Consumer<ObjectNode> of(ObjectNode params) {
        String runMode = params.path("RunMode").asText();
        String expectRunTime = params.path("ExpectRunTime").asText("");
        if (runMode.equals("timed")) {
            expectedRunTime(expectRunTime);
        }
        ObjectNode option = params.path("MigrateOption").deepCopy();
        String migrateType = option.path("MigrateType").asText("fullAndIncrement");
        option.put("MigrateType", migrateType);
        objects(option.path("DatabaseTable"));
        long retry = AutoRetry.minutes(params);
        String name = params.has("JobName") ? jobName(params.get("JobName").asText()) : null;
        ArrayNode tags = params.has("Tags") ? tags(params.get("Tags")) : null;
        return job -> {
            sameAsBought(job, params, "SrcInfo");
            sameAsBought(job, params, "DstInfo");
            String source = job.path("SrcInfo").path("DatabaseType").asText();
            if (INCREMENTAL_ONLY_SOURCES.contains(source) && !migrateType.equals("fullAndIncrement")) {
                throw invalid("A " + source + " migration takes MigrateType fullAndIncrement only.",
                        source + " 迁移仅支持 MigrateType fullAndIncrement。");
            }
            job.put("RunMode", runMode).put("ExpectRunTime", expectRunTime).put("AutoRetryTimeRangeMinutes", retry);
            job.set("MigrateOption", option);
            job.set("SrcInfo", params.get("SrcInfo").deepCopy());
            job.set("DstInfo", params.get("DstInfo").deepCopy());
            if (name != null) {
                job.put("JobName", name);
            }
            if (tags != null) {
                job.set("Tags", tags);
            }
            job.put(CONFIGURED, true);
            job.remove(CheckReport.SKIPPED_ATTRIBUTE);
        };
    }

    private static void expectedRunTime(String text) {
        try {
            WireTime.parse(text);
        } catch (DateTimeParseException e) {
            throw invalid("A timed job needs ExpectRunTime as yyyy-mm-dd hh:mm:ss, not \"" + text + "\".",
                    "定时任务需要 yyyy-mm-dd hh:mm:ss 格式的 ExpectRunTime，当前为 \"" + text + "\"。");
        }
    }

    private static void objects(JsonNode table) {
        if (table.path("ObjectMode").asText().equals("partial") && table.path("Databases").isEmpty()) {
            throw invalid("ObjectMode partial needs the Databases to migrate.", "ObjectMode 为 partial 时需要指定 Databases。");
        }
    }

    private static void sameAsBought(JsonNode job, ObjectNode params, String endpoint) {
        for (String field : List.of("DatabaseType", "Region")) {
            String bought = job.path(endpoint).path(field).asText();
            String given = params.path(endpoint).path(field).asText();
            if (!bought.equals(given)) {
                throw invalid(endpoint + "." + field + " was bought as " + bought + " and cannot change to " + given + ".",
                        endpoint + "." + field + " 购买时为 " + bought + "，不能修改为 " + given + "。");
            }
        }
    }

    private static ApiError invalid(String en, String zh) {
        return ApiError.of(DtsErrors.INVALID_PARAMETER_VALUE_INVALID_PARAMETER_VALUE_ERROR, en, zh);
    }
}
