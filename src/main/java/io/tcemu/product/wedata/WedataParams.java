package io.tcemu.product.wedata;

import io.tcemu.api.CommonErrors;
import io.tcemu.product.Scopes;
import com.fasterxml.jackson.databind.JsonNode;
import io.tcemu.api.ApiError;
import io.tcemu.api.ApiRequest;
import io.tcemu.store.ResourceKey;
import io.tcemu.store.Scope;
import java.util.List;
import java.util.Locale;

/** What every task action reads from its request: where its tasks live, which task, which kind of task. */
final class WedataParams {
    static final String LIFECYCLE = "wedata.IntegrationTask";
    static final int REAL_TIME = 201;
    /** The store's limit for a namespace. */
    private static final int MAX_PROJECT_ID = 128;

    private WedataParams() {
    }

    /** Tasks live in the caller's account and region, and in the request's project. */
    static Scope scope(ApiRequest request) {
        String project = request.params().path("ProjectId").asText("");
        if (project.isBlank() || project.length() > MAX_PROJECT_ID) {
            throw ApiError.of(CommonErrors.INVALID_PARAMETER_VALUE,
                    "ProjectId must name a project (1 to " + MAX_PROJECT_ID + " characters), not `" + project + "`.",
                    "ProjectId 必须为 1 到 " + MAX_PROJECT_ID + " 个字符的项目 ID，当前为 `" + project + "`。");
        }
        return Scopes.within(request, project);
    }

    static ResourceKey task(ApiRequest request) {
        return task(scope(request), request.params().path("TaskId").asText(""));
    }

    static ResourceKey task(Scope scope, String taskId) {
        return new ResourceKey(scope, LIFECYCLE, taskId);
    }

    /** Only real-time tasks (201) are emulated; absent means real-time, as the API defaults. */
    static void requireRealTime(JsonNode params, String field) {
        JsonNode type = params.path(field);
        if (!type.isMissingNode() && !type.isNull() && type.asLong() != REAL_TIME) {
            throw ApiError.of(CommonErrors.INVALID_PARAMETER_VALUE,
                    field + " " + type.asText() + " is not emulated: tcemu emulates real-time integration tasks, "
                            + field + " " + REAL_TIME + ".",
                    field + " " + type.asText() + " 未被模拟：tcemu 仅模拟实时集成任务（" + field + " 为 " + REAL_TIME + "）。");
        }
    }

    /**
     * The Event parameter, trimmed and in upper case (the API's own example sends "START "), or
     * the first accepted one when absent.
     */
    static String event(JsonNode params, String field, String action, List<String> accepted) {
        JsonNode given = params.path(field);
        if (given.isMissingNode() || given.isNull() || given.asText().isBlank()) {
            return accepted.get(0);
        }
        String event = given.asText().trim().toUpperCase(Locale.ROOT);
        if (!accepted.contains(event)) {
            throw ApiError.of(CommonErrors.INVALID_PARAMETER_VALUE,
                    field + " `" + given.asText() + "` is not emulated for " + action + "; send one of " + accepted
                            + " or leave it out.",
                    action + " 的 " + field + " 不支持 `" + given.asText() + "`；请传 " + accepted + " 之一或不传。");
        }
        return event;
    }
}
