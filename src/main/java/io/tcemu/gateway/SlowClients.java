package io.tcemu.gateway;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpConnection;
import io.vertx.core.http.HttpServerRequest;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Closes connections that hold the server without finishing a request: each connection must
 * deliver a request's headers within the timeout of opening, or of its last answer. An idle
 * timeout alone is not enough, since a client dripping one byte now and then never idles.
 * Each connection has a deadline that a request moves, and one periodic sweep closes the late
 * ones: a timer set and cancelled twice per request cost a point read about 3 % of its CPU.
 */
public final class SlowClients {
    /** How many sweeps per timeout: a connection is closed at most a quarter of a timeout late. */
    private static final int SWEEPS_PER_TIMEOUT = 4;

    private final long timeoutNanos;
    private final Map<HttpConnection, Deadline> deadlines = new ConcurrentHashMap<>();

    /** When a connection must have sent its next request's headers, in {@link System#nanoTime()}. */
    private static final class Deadline {
        private volatile long at;

        Deadline(long at) {
            this.at = at;
        }
    }

    public SlowClients(Vertx vertx, Duration timeout) {
        this.timeoutNanos = timeout.toNanos();
        vertx.setPeriodic(Math.max(1, timeout.toMillis() / SWEEPS_PER_TIMEOUT), tick -> closeLate());
    }

    public void connected(HttpConnection connection) {
        deadlines.put(connection, new Deadline(System.nanoTime() + timeoutNanos));
        connection.closeHandler(closed -> deadlines.remove(connection));
    }

    /** Its headers are in: the request gets a full timeout for its body and answer, and the clock restarts after it. */
    public void requestArrived(HttpServerRequest request) {
        HttpConnection connection = request.connection();
        Deadline deadline = connection == null ? null : deadlines.get(connection);
        if (deadline != null) {
            deadline.at = System.nanoTime() + timeoutNanos;
            request.response().bodyEndHandler(answered -> deadline.at = System.nanoTime() + timeoutNanos);
        }
    }

    private void closeLate() {
        long now = System.nanoTime();
        deadlines.forEach((connection, deadline) -> {
            if (now - deadline.at > 0 && deadlines.remove(connection, deadline)) {
                connection.close();
            }
        });
    }
}
