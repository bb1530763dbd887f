package io.tcemu.lifecycle;

import java.time.Duration;
import java.time.Instant;

/**
 * An operation in flight on one dimension: which transition it takes, when it began, how it
 * progresses, and the injected fault (null if none) that makes it end in its failure or error state.
 * {@code readyAt} is when a {@code reads} operation got its last read or a {@code held} one was released.
 * An operation that awaits another resource is {@code held} until that resource ends.
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
        Fault fault) {

    static PendingOperation start(String operation, int transition, Instant at, ProgressionSetting setting,
                                  int defaultSeconds, Fault fault) {
        return new PendingOperation(operation, transition, at, setting.mode(), setting.secondsOr(defaultSeconds),
                setting.readsOr(1), 0, null, fault);
    }

    static PendingOperation awaiting(String operation, int transition, Instant at) {
        return new PendingOperation(operation, transition, at, ProgressionMode.HELD, 0, 1, 0, null, null);
    }

    /** Whether an injected fault makes it end in its failure or error state. */
    public boolean failing() {
        return fault != null;
    }

    /** When it settles; null while it waits for reads, a release or another resource. */
    public Instant dueAt() {
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
                count >= reads ? at : null, fault);
    }

    PendingOperation release(Instant at) {
        return new PendingOperation(operation, transition, startedAt, mode, seconds, reads, readCount, at, fault);
    }

    boolean waitsForRead() {
        return mode == ProgressionMode.READS && readyAt == null;
    }

    boolean waitsForRelease() {
        return mode == ProgressionMode.HELD && readyAt == null;
    }
}
