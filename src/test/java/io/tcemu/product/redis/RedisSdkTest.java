package io.tcemu.product.redis;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

/** The Redis contract tests' set-up: one emulator per test class, reset to a frozen clock before each test. */
abstract class RedisSdkTest {
    @TempDir
    static Path tmp;
    static RedisFixture f;

    @BeforeAll
    static void start() {
        f = new RedisFixture(tmp);
    }

    @AfterAll
    static void stop() {
        f.close();
    }

    @BeforeEach
    void reset() {
        f.reset();
    }
}
