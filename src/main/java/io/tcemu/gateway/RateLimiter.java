package io.tcemu.gateway;

import io.tcemu.api.ApiError;
import io.tcemu.dialect.Route;

import io.tcemu.spec.RateLimit;

import io.tcemu.store.CallWindows;

import java.time.Instant;
import java.util.function.Supplier;

/**
 * Enforces the documented per-account rate limits with a sliding window: the call that would be
 * one too many within the window gets RequestLimitExceeded; older calls fall out of the window.
 * Counts against the emulator's clock, so a test can advance time instead of sleeping, in call
 * windows that gateways sharing a store share, so a limit holds for an account across them.
 */
public final class RateLimiter {
    private final Supplier<Instant> clock;
    private final boolean enforced;
    private final CallWindows recentCalls;

    public RateLimiter(Supplier<Instant> clock) {
        this(clock, true, CallWindows.inMemory());
    }

    /** @param enforced false admits every call, for load tests ({@code --rate-limits off}) */
    public RateLimiter(Supplier<Instant> clock, boolean enforced, CallWindows recentCalls) {
        this.clock = clock;
        this.enforced = enforced;
        this.recentCalls = recentCalls;
    }

    public void admit(Route route, String accountId) {
        if (enforced) {
            route.action().rateLimit().ifPresent(limit -> admit(route, accountId, limit));
        }
    }

    private void admit(Route route, String accountId, RateLimit limit) {
        String key = accountId + "/" + route.product() + "/" + route.version() + "/" + route.action().name();
        long waitMillis = recentCalls.admit(key, clock.get().toEpochMilli(), limit.window().toMillis(), limit.requests());
        if (waitMillis > 0) {
            throw ApiError.of("RequestLimitExceeded",
                    route.product() + "." + route.action().name() + " allows " + limit.requests() + " requests per "
                            + limit.window().toSeconds() + " s per account; retry in " + waitMillis + " ms.",
                    route.product() + "." + route.action().name() + " 每个账号每 " + limit.window().toSeconds()
                            + " 秒最多 " + limit.requests() + " 次请求；请在 " + waitMillis + " 毫秒后重试。");
        }
    }

    /** Forgets every counted call, as a reset of the emulator should. */
    public void clear() {
        recentCalls.clear();
    }
}
