package io.tcemu.admin;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tcemu.spec.ApiSpecs;
import io.vertx.ext.web.RoutingContext;

import java.time.Duration;
import java.time.Instant;

/** GET /_tcemu/health: status, version, the products with their API versions, and uptime. */
public final class HealthHandler {
    private final ObjectMapper json;
    private final ApiSpecs specs;
    private final String version;
    private final Instant startedAt = Instant.now();

    public HealthHandler(ObjectMapper json, ApiSpecs specs, String version) {
        this.json = json;
        this.specs = specs;
        this.version = version;
    }

    public void handle(RoutingContext context) {
        ObjectNode health = json.createObjectNode().put("status", "ok").put("version", version);
        ObjectNode products = health.putObject("products");
        specs.products().stream().sorted().forEach(product -> {
            var versions = products.putArray(product);
            specs.versions(product).stream().sorted().forEach(versions::add);
        });
        health.put("uptimeSeconds", Duration.between(startedAt, Instant.now()).toSeconds());
        context.response().putHeader("Content-Type", "application/json").end(health.toString());
    }
}
