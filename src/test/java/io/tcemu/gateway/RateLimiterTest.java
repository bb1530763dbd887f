package io.tcemu.gateway;

import io.tcemu.store.CallWindows;
import io.tcemu.api.ApiError;
import io.tcemu.dialect.Route;

import io.tcemu.spec.ApiSpecs;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RateLimiterTest {
    private static final ApiSpecs SPECS = ApiSpecs.load();
    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-11-23T10:00:00Z"));
    private final RateLimiter limiter = new RateLimiter(now::get);

    private static Route route(String product, String version, String action) {
        return new Route(product, version, SPECS.action(product, version, action).orElseThrow());
    }

    @Test
    void theTwentyFirstCallWithinASecondIsRefusedAndTheNextSecondWorks() {
        Route taskInfo = route("redis", "2018-04-12", "DescribeTaskInfo");
        for (int i = 0; i < 20; i++) {
            limiter.admit(taskInfo, "alice");
            now.set(now.get().plusMillis(10));
        }
        ApiError refused = assertThrows(ApiError.class, () -> limiter.admit(taskInfo, "alice"));
        assertEquals("RequestLimitExceeded", refused.code());
        assertTrue(refused.getMessage().contains("20 requests per 1 s"), refused.getMessage());
        limiter.admit(taskInfo, "bob");

        now.set(now.get().plus(Duration.ofMillis(810)));
        limiter.admit(taskInfo, "alice");
    }

    @Test
    void actionsWithoutADocumentedLimitAreNeverRefused() {
        Route list = route("redis", "2018-04-12", "DescribeTaskList");
        for (int i = 0; i < 500; i++) {
            limiter.admit(list, "alice");
        }
    }

    @Test
    void switchedOffItAdmitsWhatTheLimitWouldRefuse() {
        RateLimiter off = new RateLimiter(now::get, false, CallWindows.inMemory());
        Route taskInfo = route("redis", "2018-04-12", "DescribeTaskInfo");
        for (int i = 0; i < 100; i++) {
            off.admit(taskInfo, "alice");
        }
    }
}
