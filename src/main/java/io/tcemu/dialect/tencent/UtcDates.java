package io.tcemu.dialect.tencent;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Timestamps' UTC dates as yyyy-MM-dd. Every signed call asks, nearly always for the same day, and
 * formatting cost more than the check it serves, so the last day's text is kept.
 */
final class UtcDates {
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);
    private static final long SECONDS_PER_DAY = 86_400;

    /** Immutable, so event-loop threads racing to replace it each read a whole one. */
    private record Day(long epochDay, String text) {
    }

    private volatile Day last = new Day(Long.MIN_VALUE, null);

    String of(long epochSecond) {
        long epochDay = Math.floorDiv(epochSecond, SECONDS_PER_DAY);
        Day day = last;
        if (day.epochDay() != epochDay) {
            day = new Day(epochDay, FORMAT.format(Instant.ofEpochSecond(epochSecond)));
            last = day;
        }
        return day.text();
    }
}
