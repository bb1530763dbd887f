package io.tcemu.admin;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tcemu.spec.ApiSpecs;
import io.tcemu.store.StoreBackend;
import io.vertx.ext.web.RoutingContext;

import java.time.Duration;
import java.time.Instant;

/**
 * GET /_tcemu/health: status, version, the products with their API versions, uptime, and the store:
 * its kind and whether it answers. A gateway whose database is gone answers 503 with status
 * {@code unavailable}, so a load balancer or a CI script waiting for it can tell.
 */
public final class HealthHandler {
    private final ObjectMapper json;
    private final ApiSpecs specs;
    private final String version;
    private final StoreBackend store;
    private final Instant startedAt = Instant.now();

    public HealthHandler(ObjectMapper json, ApiSpecs specs, String version, StoreBackend store) {
        this.json = json;
        this.specs = specs;
        this.version = version;
        this.store = store;
    }

    public void handle(RoutingContext context) {
        // asking the database blocks: a worker does it
        context.vertx().executeBlocking(store::reachable, false).onComplete(done -> {
            boolean reachable = done.succeeded() && done.result();
            context.response().setStatusCode(reachable ? 200 : 503)
                    .putHeader("Content-Type", "application/json").end(health(reachable).toString());
        });
    }

    private ObjectNode health(boolean reachable) {
        ObjectNode health = json.createObjectNode().put("status", reachable ? "ok" : "unavailable").put("version", version);
        ObjectNode products = health.putObject("products");
        specs.products().stream().sorted().forEach(product -> {
            var versions = products.putArray(product);
            specs.versions(product).stream().sorted().forEach(versions::add);
        });
        health.put("uptimeSeconds", Duration.between(startedAt, Instant.now()).toSeconds());
        health.putObject("store").put("kind", store.kind()).put("reachable", reachable);
        return health;
    }
}
