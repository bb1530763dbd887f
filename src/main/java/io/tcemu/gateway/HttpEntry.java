package io.tcemu.gateway;

import io.tcemu.dialect.HttpCall;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Binds the pipeline to Vert.x: collects the body (keeping at most one byte more than the largest
 * request allowed, so an oversized upload is answered instead of buffered), runs the pipeline and
 * writes the envelope. The pipeline runs on the event loop when nothing in it blocks (resources in
 * memory, no embedder's handler), which saves a hop to a worker thread and back; otherwise on a worker.
 */
public final class HttpEntry {
    private final Vertx vertx;
    private final Gateway gateway;
    private final int keepAtMost;
    private final boolean blocking;

    /**
     * @param maxBodyBytes the largest body any dialect accepts
     * @param blocking whether the pipeline may block (a durable store, an embedder's handler)
     */
    public HttpEntry(Vertx vertx, Gateway gateway, int maxBodyBytes, boolean blocking) {
        this.vertx = vertx;
        this.gateway = gateway;
        this.keepAtMost = maxBodyBytes + 1;
        this.blocking = blocking;
    }

    public void handle(HttpServerRequest request) {
        Buffer body = Buffer.buffer();
        request.handler(chunk -> {
            int room = keepAtMost - body.length();
            if (room > 0) {
                body.appendBuffer(chunk.length() <= room ? chunk : chunk.slice(0, room));
            }
        });
        request.endHandler(end -> {
            HttpCall call = new HttpCall(request.method().name(), request.path() == null ? "/" : request.path(),
                    request.query() == null ? "" : request.query(), headers(request), body.getBytes());
            if (blocking) {
                vertx.executeBlocking(() -> gateway.process(call), false).onComplete(done -> answer(request, call, done.result()));
            } else {
                answer(request, call, gateway.process(call));
            }
        });
    }

    private static void answer(HttpServerRequest request, HttpCall call, Gateway.Outcome outcome) {
        var response = request.response().setStatusCode(outcome.status())
                .putHeader("Content-Type", "application/json")
                .putHeader(outcome.requestIdHeader(), outcome.requestId());
        String traceId = call.header("x-tc-traceid");
        if (traceId != null) {
            response.putHeader("X-TC-TraceId", traceId);
        }
        response.end(Buffer.buffer(outcome.body()));
    }

    private static Map<String, String> headers(HttpServerRequest request) {
        Map<String, String> headers = new HashMap<>();
        request.headers().forEach(h -> headers.putIfAbsent(h.getKey().toLowerCase(Locale.ROOT), h.getValue()));
        return headers;
    }
}
