package io.tcemu.lifecycle;

import java.time.Duration;
import java.time.Instant;

/**
 * An operation in flight on one dimension: which transition it takes, when it began, how it
 * progresses, and whether an injected fault makes it end in its failure state.
 * {@code readyAt} is when a {@code reads} operation got its last read or a {@code held} one was released.
 */
public record PendingOperation(
        String operation,
        int transition,
        Instant startedAt,
        ProgressionMode mode,
        int seconds,
        int reads,
        int readCount,
        Instant readyAt,
        boolean failing) {

    static PendingOperation start(String operation, int transition, Instant at, ProgressionSetting setting,
                                  int defaultSeconds, boolean failing) {
        return new PendingOperation(operation, transition, at, setting.mode(), setting.secondsOr(defaultSeconds),
                setting.readsOr(1), 0, null, failing);
    }

    /** When it settles; null while it waits for reads or a release. */
    Instant dueAt() {
        return switch (mode) {
            case IMMEDIATE -> startedAt;
            case TIME -> startedAt.plusSeconds(seconds);
            case READS, HELD -> readyAt;
        };
    }

    /** How far along it is at {@code at}, from 0 to 1. */
    double fraction(Instant at) {
        return switch (mode) {
            case IMMEDIATE -> 1;
            case TIME -> seconds == 0 ? 1 : Math.min(1, Duration.between(startedAt, at).toNanos() / (seconds * 1e9));
            case READS -> Math.min(1, (double) readCount / reads);
            case HELD -> readyAt == null ? 0 : 1;
        };
    }

    PendingOperation read(Instant at) {
        int count = readCount + 1;
        return new PendingOperation(operation, transition, startedAt, mode, seconds, reads, count,
                count >= reads ? at : null, failing);
    }

    PendingOperation release(Instant at) {
        return new PendingOperation(operation, transition, startedAt, mode, seconds, reads, readCount, at, failing);
    }

    boolean waitsForRead() {
        return mode == ProgressionMode.READS && readyAt == null;
    }

    boolean waitsForRelease() {
        return mode == ProgressionMode.HELD && readyAt == null;
    }
}
