package io.tcemu;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.logging.Formatter;
import java.util.logging.LogRecord;

/**
 * The command line's log line, {@code 14:03:07 INFO dts.StartSyncJob OK 2ms <RequestId>}, built by
 * hand: the access log writes one per call, and {@code SimpleFormatter}'s {@code String.format}
 * cost a few per cent of a point read's CPU. A record of several lines (the access log gathers a few
 * milliseconds of calls into one) gives each line its time and level, so the output reads the same.
 */
final class LogLineFormatter extends Formatter {
    private final ZoneId zone = ZoneId.systemDefault();

    @Override
    public String format(LogRecord record) {
        LocalTime time = LocalTime.ofInstant(record.getInstant(), zone);
        StringBuilder prefix = new StringBuilder(16);
        twoDigits(prefix, time.getHour()).append(':');
        twoDigits(prefix, time.getMinute()).append(':');
        twoDigits(prefix, time.getSecond()).append(' ').append(record.getLevel().getLocalizedName()).append(' ');
        String message = formatMessage(record);
        String separator = System.lineSeparator();
        StringBuilder lines = new StringBuilder(message.length() + 96);
        int from = 0;
        for (int end; (end = message.indexOf(separator, from)) >= 0; from = end + separator.length()) {
            lines.append(prefix).append(message, from, end).append(separator);
        }
        lines.append(prefix).append(message, from, message.length()).append(separator);
        if (record.getThrown() != null) {
            StringWriter trace = new StringWriter();
            record.getThrown().printStackTrace(new PrintWriter(trace));
            lines.append(trace);
        }
        return lines.toString();
    }

    private static StringBuilder twoDigits(StringBuilder prefix, int value) {
        return prefix.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
    }
}
