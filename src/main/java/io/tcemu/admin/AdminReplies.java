package io.tcemu.admin;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.ext.web.RoutingContext;

/** The admin endpoints' error answer: a status and {@code {"error": "what to fix"}}. */
final class AdminReplies {
    private AdminReplies() {
    }

    static void error(RoutingContext ctx, ObjectMapper json, int status, String message) {
        ctx.response().setStatusCode(status).putHeader("Content-Type", "application/json")
                .end(json.createObjectNode().put("error", message).toString());
    }
}
