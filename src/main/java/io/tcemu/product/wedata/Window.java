package io.tcemu.product.wedata;

import java.time.Duration;
import java.time.Instant;

/** A span of time metrics are asked for; {@link #ALL} when the caller names none. */
record Window(Instant from, Instant to) {
    static final Window ALL = new Window(Instant.MIN, Instant.MAX);

    /** How much of {@code [start, end)} lies in this window. */
    Duration overlap(Instant start, Instant end) {
        Instant a = start.isAfter(from) ? start : from;
        Instant b = end.isBefore(to) ? end : to;
        return b.isAfter(a) ? Duration.between(a, b) : Duration.ZERO;
    }
}
