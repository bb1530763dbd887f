package io.tcemu.store;

import java.time.Instant;

/**
 * One transition of a stored resource: {@code dimension} went from {@code from} (null when the
 * resource was created) to {@code to} (null when it was deleted) at emulator time {@code at},
 * through {@code operation} (an operation or timed rule of its lifecycle, or an admin call), caused
 * by the API call {@code requestId} (null when no call caused it: an admin call, a timed rule
 * noticed outside a call). {@code settles} is true when the transition ended an operation in flight,
 * whose RequestId is then the call that started it.
 */
public record HistoryEntry(String dimension, String from, String to, String operation, boolean settles, Instant at,
                           String requestId) {
}
