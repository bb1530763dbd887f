package io.tcemu.gateway;

import io.netty.buffer.Unpooled;
import io.tcemu.dialect.HttpCall;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.internal.buffer.BufferInternal;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Binds the pipeline to Vert.x: collects the body (keeping at most one byte more than the largest
 * request allowed, so an oversized upload is answered instead of buffered), runs the pipeline (on a
 * worker when something in it may block) and writes the envelope.
 */
public final class HttpEntry {
    /** Where an answer came from: emulated, example, synthesized or stubbed. */
    private static final String ANSWER_HEADER = "X-Tcemu-Answer";
    private final Vertx vertx;
    private final Gateway gateway;
    private final int keepAtMost;
    private final boolean blocking;

    /**
     * @param maxBodyBytes the largest body any dialect accepts
     * @param blocking     whether the pipeline may block (a database on disk, an embedder's handler), so
     *                     it runs on a worker; otherwise it runs on the event loop, saving the hop
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
                vertx.executeBlocking(() -> gateway.process(call), false).onComplete(done ->
                        answerAfterDelay(request, call, done.succeeded() ? done.result() : gateway.unprocessed(call)));
            } else {
                answerAfterDelay(request, call, gateway.process(call));
            }
        });
    }

    private void answerAfterDelay(HttpServerRequest request, HttpCall call, Gateway.Outcome outcome) {
        if (outcome.delayMs() > 0) {
            // a timer, so that a delayed answer holds neither the event loop nor a worker
            vertx.setTimer(outcome.delayMs(), timer -> answer(request, call, outcome));
        } else {
            answer(request, call, outcome);
        }
    }

    private static void answer(HttpServerRequest request, HttpCall call, Gateway.Outcome outcome) {
        var response = request.response().setStatusCode(outcome.status())
                .putHeader("Content-Type", "application/json")
                .putHeader(outcome.requestIdHeader(), outcome.requestId());
        String traceId = call.header("x-tc-traceid");
        if (traceId != null) {
            response.putHeader("X-TC-TraceId", traceId);
        }
        if (outcome.answer() != null) {
            response.putHeader(ANSWER_HEADER, outcome.answer().wire());
        }
        // one array wrapped as it is: Buffer.buffer(byte[]) copied it again, and Netty copies a composite of
        // the answer's chunks into one array itself before its own copy to the socket's memory
        response.end(BufferInternal.buffer(Unpooled.wrappedBuffer(outcome.body().bytes())));
    }

    private static Map<String, String> headers(HttpServerRequest request) {
        Map<String, String> headers = new HashMap<>();
        request.headers().forEach(h -> headers.putIfAbsent(h.getKey().toLowerCase(Locale.ROOT), h.getValue()));
        return headers;
    }
}
