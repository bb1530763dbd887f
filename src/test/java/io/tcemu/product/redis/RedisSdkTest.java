package io.tcemu.product.redis;

import io.tcemu.junit.TcemuExtension;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The Redis contract tests' set-up: one emulator per test class, reset to a frozen clock before each test. */
abstract class RedisSdkTest {
    @RegisterExtension
    static final TcemuExtension tc = TcemuExtension.newInstance().config(RedisSteps::withAnotherAccount)
            .frozenClock(true).build();
    static final RedisSteps f = new RedisSteps(tc);
}
