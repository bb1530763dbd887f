package io.tcemu.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tcemu.api.ApiError;
import io.tcemu.gateway.ApiFault;
import io.tcemu.gateway.ApiFaults;
import io.tcemu.gateway.RateLimiter;
import io.tcemu.journal.Journal;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.tcemu.lifecycle.EmulatorClock;
import io.tcemu.lifecycle.Fault;
import io.tcemu.lifecycle.LifecycleEngine;
import io.tcemu.lifecycle.ProgressionSetting;
import io.tcemu.lifecycle.Resource;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.function.Function;

/**
 * The /_tcemu/* control endpoints a test uses to steer the emulator: clock, progression, faults,
 * per-resource release and failure, reset; {@link InspectionApi} adds the journal, resources and
 * state. JSON in, JSON out; a bad body is a 400 that says why.
 */
public final class AdminApi {
    private final ObjectMapper json;
    private final LifecycleEngine engine;
    private final RateLimiter rateLimiter;
    private final ApiFaults apiFaults;
    private final InspectionApi inspection;

    public AdminApi(ObjectMapper json, LifecycleEngine engine, RateLimiter rateLimiter, ApiFaults apiFaults,
                    Journal journal, ResourceInspector inspector, StateDocument state) {
        this.json = json;
        this.engine = engine;
        this.rateLimiter = rateLimiter;
        this.apiFaults = apiFaults;
        this.inspection = new InspectionApi(this, json, journal, inspector, state);
    }

    public void mount(Router router) {
        router.route("/_tcemu/*").handler(BodyHandler.create().setBodyLimit(64 * 1024));
        router.get("/_tcemu/clock").handler(ctx -> answer(ctx, this::clock));
        // a clock change is kept in the store (see LifecycleEngine), so it runs on a worker
        router.post("/_tcemu/clock").handler(ctx -> blocking(ctx, () -> setClock(body(ctx))));
        router.post("/_tcemu/clock/advance").handler(ctx -> blocking(ctx, () -> advance(body(ctx))));
        router.get("/_tcemu/progression").handler(ctx -> answer(ctx, () -> json.valueToTree(engine.progressions().list())));
        router.put("/_tcemu/progression").handler(ctx -> answer(ctx, () -> {
            engine.progressions().set(read(body(ctx), ProgressionSetting.class));
            return json.valueToTree(engine.progressions().list());
        }));
        router.delete("/_tcemu/progression").handler(ctx -> answer(ctx, () -> {
            engine.progressions().clear();
            return json.valueToTree(engine.progressions().list());
        }));
        router.get("/_tcemu/faults").handler(ctx -> answer(ctx, this::faults));
        router.post("/_tcemu/faults").handler(ctx -> answer(ctx, () -> {
            JsonNode body = body(ctx);
            if (ApiFault.describedBy(body)) {
                if (body.has("outcome") || body.has("resourceId")) {
                    throw new IllegalArgumentException("a fault either answers calls with \"error\"/\"latencyMs\" "
                            + "or gives an operation its \"outcome\", not both");
                }
                apiFaults.add(ApiFault.from(body));
            } else {
                engine.faults().add(read(body, Fault.class));
            }
            return faults();
        }));
        router.delete("/_tcemu/faults").handler(ctx -> answer(ctx, () -> {
            engine.faults().clear();
            apiFaults.clear();
            return faults();
        }));
        router.post("/_tcemu/resources/:id/release").handler(ctx -> blocking(ctx, () -> view(engine.release(ctx.pathParam("id")))));
        router.post("/_tcemu/resources/:id/fail").handler(ctx -> blocking(ctx, () -> view(engine.fail(ctx.pathParam("id")))));
        router.post("/_tcemu/reset").handler(ctx -> blocking(ctx, () -> {
            engine.reset();
            rateLimiter.clear();
            apiFaults.clear();
            return json.createObjectNode().put("reset", true);
        }));
        inspection.mount(router);
        // every path, so one the router normalised out of /_tcemu/ (/_tcemu/health/../../) is answered in JSON too
        router.route().last().handler(ctx -> fail(ctx, 404, "no admin endpoint " + ctx.request().method()
                + " " + ctx.request().path() + "; see README.md, section Admin API"));
    }

    /** Lifecycle faults first, then API faults, each as it was added. */
    private JsonNode faults() {
        ArrayNode all = json.valueToTree(engine.faults().list());
        apiFaults.list().forEach(f -> all.add(f.toJson()));
        return all;
    }

    private JsonNode clock() {
        EmulatorClock.Reading reading = engine.clock().reading();
        return json.createObjectNode()
                .put("now", reading.now().toString())
                .put("epochSeconds", reading.now().getEpochSecond())
                .put("offsetSeconds", reading.offset().toSeconds())
                .put("frozen", reading.frozen())
                .put("scale", reading.scale());
    }

    private JsonNode setClock(JsonNode body) {
        if (!body.has("frozen") && !body.has("scale")) {
            throw new IllegalArgumentException("send {\"frozen\": true|false} and/or {\"scale\": F}");
        }
        if (body.has("frozen")) {
            engine.clock().setFrozen(bool(body, "frozen"));
        }
        if (body.has("scale")) {
            engine.clock().setScale(number(body, "scale"));
        }
        return clock();
    }

    private JsonNode advance(JsonNode body) {
        double seconds = number(body, "seconds");
        // beyond this a Duration overflows; the clock itself refuses to pass its last instant
        if (Math.abs(seconds) > Long.MAX_VALUE / 1000.0) {
            throw new IllegalArgumentException("\"seconds\" must be a number from 0 to " + Long.MAX_VALUE / 1000);
        }
        engine.clock().advance(Duration.ofMillis(Math.round(seconds * 1000)));
        return clock();
    }

    private ObjectNode view(Resource resource) {
        ObjectNode view = json.createObjectNode()
                .put("id", resource.id())
                .put("lifecycle", resource.key().kind())
                .put("account", resource.key().scope().account())
                .put("region", resource.key().scope().region());
        view.set("states", json.valueToTree(resource.states()));
        view.set("allowedOperations", json.valueToTree(resource.allowedOperations()));
        return view;
    }

    JsonNode body(RoutingContext ctx) {
        try {
            io.vertx.core.buffer.Buffer sent = ctx.body() == null ? null : ctx.body().buffer();
            JsonNode body = sent == null || sent.length() == 0 ? json.createObjectNode() : json.readTree(sent.getBytes());
            if (!body.isObject()) {
                throw new IllegalArgumentException("the body must be a JSON object");
            }
            return body;
        } catch (IOException e) {
            throw new IllegalArgumentException("the body is not valid JSON: " + e.getMessage());
        }
    }

    private <T> T read(JsonNode body, Class<T> type) {
        try {
            return json.treeToValue(body, type);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            if (e.getCause() instanceof ApiError error) {
                throw error;
            }
            throw new IllegalArgumentException("cannot read " + type.getSimpleName() + ": " + e.getOriginalMessage());
        }
    }

    private static double number(JsonNode body, String field) {
        if (!body.path(field).isNumber()) {
            throw new IllegalArgumentException("\"" + field + "\" must be a number");
        }
        return body.get(field).asDouble();
    }

    private static boolean bool(JsonNode body, String field) {
        if (!body.path(field).isBoolean()) {
            throw new IllegalArgumentException("\"" + field + "\" must be true or false");
        }
        return body.get(field).asBoolean();
    }

    /** Quick, non-blocking work: answered on the event loop. */
    void answer(RoutingContext ctx, Callable<JsonNode> work) {
        try {
            ok(ctx, work.call());
        } catch (Exception e) {
            failed(ctx, e);
        }
    }

    /** Work that touches the store: run on a worker. */
    void blocking(RoutingContext ctx, Callable<JsonNode> work) {
        ctx.vertx().executeBlocking(work, false).onComplete(done -> {
            if (done.succeeded()) {
                ok(ctx, done.result());
            } else {
                failed(ctx, done.cause());
            }
        });
    }

    /** Store work on the request's JSON body: a bad body is answered at once, the work runs on a worker. */
    void blockingWithBody(RoutingContext ctx, Function<JsonNode, JsonNode> work) {
        JsonNode body;
        try {
            body = body(ctx);
        } catch (IllegalArgumentException e) {
            failed(ctx, e);
            return;
        }
        blocking(ctx, () -> work.apply(body));
    }

    private static void ok(RoutingContext ctx, JsonNode body) {
        ctx.response().putHeader("Content-Type", "application/json").end(body.toString());
    }

    void failed(RoutingContext ctx, Throwable e) {
        if (e instanceof InspectionApi.NotFound) {
            fail(ctx, 404, e.getMessage());
        } else if (e instanceof ApiError error) {
            fail(ctx, error.code().startsWith("ResourceNotFound") ? 404 : 400, error.getMessage());
        } else if (e instanceof IllegalArgumentException) {
            fail(ctx, 400, e.getMessage());
        } else {
            System.getLogger("tcemu").log(System.Logger.Level.ERROR, "admin call " + ctx.request().path() + " failed", e);
            fail(ctx, 500, "tcemu failed unexpectedly; the details are in its log");
        }
    }

    private void fail(RoutingContext ctx, int status, String message) {
        ctx.response().setStatusCode(status).putHeader("Content-Type", "application/json")
                .end(json.createObjectNode().put("error", message).toString());
    }
}
