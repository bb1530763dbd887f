package io.tcemu.bench;

import io.vertx.core.DeploymentOptions;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;

import java.util.concurrent.atomic.AtomicReference;

/**
 * The benchmark's ceiling: a bare Vert.x server, one listener per core, that answers every request
 * with the bytes tcemu answered for it (captured before the run) and the same headers, reading the
 * whole request body first as tcemu does. Whatever tcemu costs beyond this is tcemu's own work.
 * {@code GET /_tcemu/health} answers too, so start time is measured the same way for both, and
 * {@code POST /_bench/answer} replaces the answer between rounds. Usage: {@code CeilingServer PORT}.
 */
public final class CeilingServer {
    private static final String REQUEST_ID = "00000000-0000-4000-8000-000000000000";
    private CeilingServer() {
    }

    public static void main(String[] args) {
        int port = Integer.parseInt(args[0]);
        AtomicReference<Buffer> answer = new AtomicReference<>(Buffer.buffer("{}"));
        Buffer health = Buffer.buffer("{\"status\":\"ok\"}");
        Vertx vertx = Vertx.vertx();
        AtomicReference<HttpServer> server = new AtomicReference<>();
        vertx.deployVerticle(() -> new VerticleBase() {
            @Override
            public Future<?> start() {
                return vertx.createHttpServer(new HttpServerOptions().setHost("127.0.0.1").setPort(port))
                        .requestHandler(request -> request.body().onSuccess(body -> {
                            if (request.path().equals("/_bench/answer")) {
                                answer.set(body.copy());
                            }
                            request.response().putHeader("Content-Type", "application/json")
                                    .putHeader("X-TC-RequestId", REQUEST_ID)
                                    .end(request.path().startsWith("/_") ? health : answer.get());
                        }))
                        .listen().onSuccess(server::set);
            }
        }, new DeploymentOptions().setInstances(Runtime.getRuntime().availableProcessors())).await();
        int bound = server.get().actualPort();
        System.out.println("ceiling ready on 127.0.0.1:" + bound);
    }
}
