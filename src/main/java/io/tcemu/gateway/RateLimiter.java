package io.tcemu.gateway;

import io.tcemu.api.ApiError;
import io.tcemu.dialect.Route;

import io.tcemu.spec.RateLimit;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Enforces the documented per-account rate limits with a sliding window: the call that would be
 * one too many within the window gets RequestLimitExceeded; older calls fall out of the window.
 * Counts against the emulator's clock, so a test can advance time instead of sleeping.
 */
public final class RateLimiter {
    private final Supplier<Instant> clock;
    private final boolean enforced;
    private final Map<String, Deque<Instant>> recentCalls = new ConcurrentHashMap<>();

    public RateLimiter(Supplier<Instant> clock) {
        this(clock, true);
    }

    /** @param enforced false admits every call, for load tests ({@code --rate-limits off}) */
    public RateLimiter(Supplier<Instant> clock, boolean enforced) {
        this.clock = clock;
        this.enforced = enforced;
    }

    public void admit(Route route, String accountId) {
        if (enforced) {
            route.action().rateLimit().ifPresent(limit -> admit(route, accountId, limit));
        }
    }

    private void admit(Route route, String accountId, RateLimit limit) {
        String key = accountId + "/" + route.product() + "/" + route.version() + "/" + route.action().name();
        Deque<Instant> calls = recentCalls.computeIfAbsent(key, k -> new ArrayDeque<>());
        Instant now = clock.get();
        synchronized (calls) {
            while (!calls.isEmpty() && !calls.peekFirst().isAfter(now.minus(limit.window()))) {
                calls.pollFirst();
            }
            if (calls.size() >= limit.requests()) {
                long waitMillis = Math.max(1, calls.peekFirst().plus(limit.window()).toEpochMilli() - now.toEpochMilli());
                throw ApiError.of("RequestLimitExceeded",
                        route.product() + "." + route.action().name() + " allows " + limit.requests() + " requests per "
                                + limit.window().toSeconds() + " s per account; retry in " + waitMillis + " ms.",
                        route.product() + "." + route.action().name() + " 每个账号每 " + limit.window().toSeconds()
                                + " 秒最多 " + limit.requests() + " 次请求；请在 " + waitMillis + " 毫秒后重试。");
            }
            calls.addLast(now);
        }
    }

    /** Forgets every counted call, as a reset of the emulator should. */
    public void clear() {
        recentCalls.clear();
    }
}
