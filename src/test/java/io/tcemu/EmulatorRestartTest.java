package io.tcemu;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A restart on the same database resumes emulator time where it was, so stored resources are not in its future. */
class EmulatorRestartTest {

    @Test
    void theClockOffsetIsKeptWithTheData(@TempDir Path dir) {
        EmulatorConfig config = EmulatorConfig.ephemeral().database("jdbc:h2:file:" + dir.resolve("data").toAbsolutePath());
        try (Emulator first = Emulator.start(config)) {
            first.engine().clock().advance(Duration.ofDays(3));
        }
        try (Emulator second = Emulator.start(config)) {
            Duration offset = second.engine().clock().reading().offset();
            assertTrue(offset.compareTo(Duration.ofDays(3)) >= 0 && offset.compareTo(Duration.ofDays(3).plusSeconds(60)) < 0,
                    "offset after restart: " + offset);
        }
    }

    @Test
    void aFrozenClockStaysFrozenAtItsInstant(@TempDir Path dir) {
        EmulatorConfig config = EmulatorConfig.ephemeral().database("jdbc:h2:file:" + dir.resolve("data").toAbsolutePath());
        Instant frozenAt;
        try (Emulator first = Emulator.start(config)) {
            first.engine().clock().setFrozen(true);
            frozenAt = first.engine().clock().now();
        }
        try (Emulator second = Emulator.start(config)) {
            assertTrue(second.engine().clock().reading().frozen());
            assertEquals(frozenAt, second.engine().clock().now());
        }
    }
}
