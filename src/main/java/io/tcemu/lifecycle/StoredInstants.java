package io.tcemu.lifecycle;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Reads the instants a lifecycle document keeps, as {@link Instant#toString()} wrote them
 * ({@code 2026-12-01T18:03:04.123456789Z}). Every read of a resource parses several, and
 * {@link Instant#parse}'s general formatter was a sixth of a list's time; this reads that one
 * shape directly and leaves any other (a year beyond 9999, say) to {@link Instant#parse}.
 */
final class StoredInstants {
    private StoredInstants() {
    }

    static Instant parse(String text) {
        int n = text.length();
        if (n < 20 || n > 30 || text.charAt(4) != '-' || text.charAt(7) != '-' || text.charAt(10) != 'T'
                || text.charAt(13) != ':' || text.charAt(16) != ':' || text.charAt(n - 1) != 'Z') {
            return Instant.parse(text);
        }
        int nanos = 0;
        if (n > 20) {
            if (text.charAt(19) != '.' || n == 21) {
                return Instant.parse(text);
            }
            int digits = n - 21;
            nanos = digits(text, 20, n - 1);
            for (int i = digits; i < 9; i++) {
                nanos *= 10;
            }
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 7);
        int day = digits(text, 8, 10);
        int hour = digits(text, 11, 13);
        int minute = digits(text, 14, 16);
        int second = digits(text, 17, 19);
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 59
                || nanos < 0) {
            return Instant.parse(text);
        }
        long days;
        try {
            days = LocalDate.of(year, month, day).toEpochDay();
        } catch (DateTimeException noSuchDay) {
            return Instant.parse(text); // its own message names what is wrong
        }
        return Instant.ofEpochSecond(days * 86_400 + hour * 3_600L + minute * 60L + second, nanos);
    }

    /** The decimal number in text[from, to), or -1 if any of it is not a digit. */
    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
