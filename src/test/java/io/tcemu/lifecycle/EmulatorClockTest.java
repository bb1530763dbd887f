package io.tcemu.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class EmulatorClockTest {
    private static final Instant START = Instant.parse("2024-07-08T11:09:49Z");
    private final ManualWallClock wall = new ManualWallClock(START);
    private final EmulatorClock clock = new EmulatorClock(wall, 1.0);

    @Test
    void followsTheWallClock() {
        wall.pass(Duration.ofSeconds(5));
        assertEquals(START.plusSeconds(5), clock.now());
    }

    @Test
    void advanceAddsAnOffsetThatKeepsRunning() {
        clock.advance(Duration.ofDays(7));
        wall.pass(Duration.ofSeconds(3));

        assertEquals(START.plus(Duration.ofDays(7)).plusSeconds(3), clock.now());
        assertEquals(Duration.ofDays(7), clock.reading().offset());
    }

    @Test
    void advanceRefusesToGoBack() {
        assertThrows(IllegalArgumentException.class, () -> clock.advance(Duration.ofSeconds(-1)));
    }

    @Test
    void frozenClockStandsStillButCanStillBeAdvanced() {
        clock.setFrozen(true);
        wall.pass(Duration.ofHours(1));
        assertEquals(START, clock.now());

        clock.advance(Duration.ofSeconds(10));
        assertEquals(START.plusSeconds(10), clock.now());
        assertTrue(clock.reading().frozen());
    }

    @Test
    void unfreezingResumesFromTheFrozenInstant() {
        clock.setFrozen(true);
        wall.pass(Duration.ofMinutes(10));
        clock.setFrozen(false);
        wall.pass(Duration.ofSeconds(2));

        assertEquals(START.plusSeconds(2), clock.now());
        assertEquals(Duration.ofMinutes(-10), clock.reading().offset());
    }

    @Test
    void timeScaleRunsEmulatedTimeFaster() {
        EmulatorClock fast = new EmulatorClock(wall, 60);
        wall.pass(Duration.ofSeconds(2));
        assertEquals(START.plusSeconds(120), fast.now());
    }

    @Test
    void changingTheScaleDoesNotMakeTimeJump() {
        wall.pass(Duration.ofSeconds(10));
        clock.setScale(10);
        assertEquals(START.plusSeconds(10), clock.now());

        wall.pass(Duration.ofSeconds(1));
        assertEquals(START.plusSeconds(20), clock.now());
        assertEquals(10, clock.reading().scale());
    }

    @Test
    void scaleMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> clock.setScale(0));
        assertThrows(IllegalArgumentException.class, () -> new EmulatorClock(wall, Double.NaN));
    }

    @Test
    void resetReturnsToTheWallClockAndKeepsTheScale() {
        clock.setScale(2);
        clock.advance(Duration.ofDays(3));
        clock.setFrozen(true);

        clock.reset();
        wall.pass(Duration.ofSeconds(1));

        EmulatorClock.Reading r = clock.reading();
        assertEquals(START.plusSeconds(2), r.now(), "one wall second at scale 2");
        assertFalse(r.frozen());
        assertEquals(2, r.scale());
    }
}
