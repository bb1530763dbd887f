package io.tcemu.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tcemu.auth.Accounts;
import io.tcemu.gateway.Gateway;
import io.tcemu.lifecycle.EmulatorClock;
import io.tcemu.lifecycle.LifecycleEngine;
import io.tcemu.spec.ApiSpecs;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

import java.time.Clock;
import java.time.Duration;

/**
 * The dashboard: its page at /_tcemu/ui (files from the jar's ui/ folder), and the endpoints it
 * needs beyond the admin API's: a preview of what advancing the clock settles, the forms of the
 * actions a resource allows, and calls of those actions through the gateway.
 */
public final class DashboardApi {
    /** The page's path; {@link AdminGuard} lets a browser load its files without the admin token. */
    public static final String PATH = DashboardFiles.PATH;
    private static final long MAX_PREVIEW_SECONDS = 366L * 24 * 3600;

    private final AdminApi admin;
    private final ObjectMapper json;
    private final EmulatorClock clock;
    private final ClockPreview preview;
    private final DashboardCalls calls;

    /** @param admin the admin API whose answers and errors the dashboard's endpoints share */
    public DashboardApi(AdminApi admin, ObjectMapper json, LifecycleEngine engine, ResourceInspector inspector,
                        Gateway gateway, ApiSpecs specs, Accounts accounts) {
        this.admin = admin;
        this.json = json;
        this.clock = engine.clock();
        this.preview = new ClockPreview(json, inspector);
        this.calls = new DashboardCalls(json, gateway, specs, accounts, new ActionForms(json, specs, engine.catalog()),
                inspector, Clock.systemUTC());
    }

    public void mount(Router router) {
        router.get(PATH + "*").handler(new DashboardFiles());
        router.get("/_tcemu/clock/preview").handler(ctx -> admin.blocking(ctx,
                () -> preview.within(clock.now(), Duration.ofSeconds(seconds(ctx)))));
        router.get("/_tcemu/resources/:id/actions").handler(ctx -> admin.blocking(ctx,
                () -> calls.forms(ctx.pathParam("id"))));
        router.post("/_tcemu/calls").handler(ctx -> admin.blockingWithBody(ctx,
                body -> calls.call(text(body, "resourceId"), text(body, "action"), params(body))));
    }

    private static long seconds(RoutingContext ctx) {
        String given = ctx.queryParams().get("seconds");
        try {
            long seconds = Long.parseLong(given == null ? "" : given.trim());
            if (seconds >= 0 && seconds <= MAX_PREVIEW_SECONDS) {
                return seconds;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new IllegalArgumentException("?seconds= must be a whole number of seconds from 0 to "
                + MAX_PREVIEW_SECONDS + ", not " + given);
    }

    private static String text(JsonNode body, String field) {
        if (!body.path(field).isTextual() || body.get(field).asText().isBlank()) {
            throw new IllegalArgumentException("\"" + field + "\" must name the " + (field.equals("action")
                    ? "API action, e.g. \"ResumeSyncJob\"" : "resource, e.g. \"sync-3k9x0a1b\""));
        }
        return body.get(field).asText();
    }

    private ObjectNode params(JsonNode body) {
        JsonNode params = body.get("params");
        if (params == null || params.isNull()) {
            return json.createObjectNode();
        }
        if (!params.isObject()) {
            throw new IllegalArgumentException("\"params\" must be an object of the action's members");
        }
        return (ObjectNode) params;
    }
}
