package io.tcemu.dialect.alibaba;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NonceRegistryTest {
    private static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");

    @Test
    void refusesANonceUntilItIsForgotten() {
        NonceRegistry nonces = new NonceRegistry();
        Instant forgetAt = T0.plusSeconds(900);
        assertTrue(nonces.firstUse("n", forgetAt, T0));
        assertFalse(nonces.firstUse("n", forgetAt, T0.plusSeconds(899)));
        assertTrue(nonces.firstUse("other", forgetAt, T0.plusSeconds(1)));
        assertTrue(nonces.firstUse("n", T0.plusSeconds(1800), forgetAt), "forgotten once its window has passed");
    }
}
