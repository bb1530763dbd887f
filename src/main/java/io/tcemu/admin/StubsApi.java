package io.tcemu.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tcemu.answer.Stubs;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

import java.io.IOException;
import java.util.function.Supplier;

/**
 * {@code /_tcemu/stubs}: POST adds a stub (answered with it, id included), GET lists them, DELETE clears
 * them, {@code DELETE /_tcemu/stubs/{id}} removes one. {@code POST /_tcemu/reset} clears them too.
 * Mount after {@link AdminApi}, whose body handler it relies on.
 */
public final class StubsApi {
    private final ObjectMapper json;
    private final Stubs stubs;

    public StubsApi(ObjectMapper json, Stubs stubs) {
        this.json = json;
        this.stubs = stubs;
    }

    public void mount(Router router) {
        // ahead of the admin API's own reset, which ends the call: stubs are forgotten with everything else,
        // once that reset succeeds (not when a check in front of it refuses the call), before the client hears so
        router.post("/_tcemu/reset").order(-1).handler(ctx -> {
            ctx.addHeadersEndHandler(end -> {
                if (ctx.response().getStatusCode() == 200) {
                    stubs.clear();
                }
            });
            ctx.next();
        });
        router.post("/_tcemu/stubs").handler(ctx -> answer(ctx, 201, () -> stubs.add(body(ctx))));
        router.get("/_tcemu/stubs").handler(ctx -> answer(ctx, 200, stubs::list));
        router.delete("/_tcemu/stubs").handler(ctx -> answer(ctx, 200, () -> {
            stubs.clear();
            return stubs.list();
        }));
        router.delete("/_tcemu/stubs/:id").handler(ctx -> {
            if (stubs.remove(ctx.pathParam("id"))) {
                answer(ctx, 200, stubs::list);
            } else {
                AdminReplies.error(ctx, json, 404, "no stub " + ctx.pathParam("id") + "; GET /_tcemu/stubs lists them");
            }
        });
    }

    private JsonNode body(RoutingContext ctx) {
        try {
            return ctx.body().length() == 0 ? json.createObjectNode() : json.readTree(ctx.body().buffer().getBytes());
        } catch (IOException e) {
            throw new IllegalArgumentException("the body is not valid JSON: " + e.getMessage());
        }
    }

    private void answer(RoutingContext ctx, int status, Supplier<JsonNode> work) {
        try {
            JsonNode result = work.get();
            ctx.response().setStatusCode(status).putHeader("Content-Type", "application/json").end(result.toString());
        } catch (IllegalArgumentException e) {
            AdminReplies.error(ctx, json, 400, e.getMessage());
        }
    }
}
