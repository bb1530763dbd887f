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
 * cost a few per cent of a point read's CPU.
 */
final class LogLineFormatter extends Formatter {
    private final ZoneId zone = ZoneId.systemDefault();

    @Override
    public String format(LogRecord record) {
        LocalTime time = LocalTime.ofInstant(record.getInstant(), zone);
        StringBuilder line = new StringBuilder(96);
        twoDigits(line, time.getHour()).append(':');
        twoDigits(line, time.getMinute()).append(':');
        twoDigits(line, time.getSecond()).append(' ')
                .append(record.getLevel().getLocalizedName()).append(' ')
                .append(formatMessage(record));
        if (record.getThrown() != null) {
            StringWriter trace = new StringWriter();
            record.getThrown().printStackTrace(new PrintWriter(trace));
            line.append(System.lineSeparator()).append(trace);
        } else {
            line.append(System.lineSeparator());
        }
        return line.toString();
    }

    private static StringBuilder twoDigits(StringBuilder line, int value) {
        return line.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
    }
}
