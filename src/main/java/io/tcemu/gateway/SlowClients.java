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
 */
public final class SlowClients {
    private final Vertx vertx;
    private final long timeoutMillis;
    private final Map<HttpConnection, Long> timers = new ConcurrentHashMap<>();

    public SlowClients(Vertx vertx, Duration timeout) {
        this.vertx = vertx;
        this.timeoutMillis = timeout.toMillis();
    }

    public void connected(HttpConnection connection) {
        arm(connection);
        connection.closeHandler(closed -> {
            Long timer = timers.remove(connection);
            if (timer != null) {
                vertx.cancelTimer(timer);
            }
        });
    }

    /** Its headers are in: the request gets a full timeout for its body and answer, and the clock restarts after it. */
    public void requestArrived(HttpServerRequest request) {
        HttpConnection connection = request.connection();
        if (connection != null && timers.containsKey(connection)) {
            arm(connection);
            request.response().bodyEndHandler(answered -> {
                if (timers.containsKey(connection)) {
                    arm(connection);
                }
            });
        }
    }

    private void arm(HttpConnection connection) {
        long timer = vertx.setTimer(timeoutMillis, fired -> {
            if (timers.remove(connection) != null) {
                connection.close();
            }
        });
        Long previous = timers.put(connection, timer);
        if (previous != null) {
            vertx.cancelTimer(previous);
        }
    }
}
