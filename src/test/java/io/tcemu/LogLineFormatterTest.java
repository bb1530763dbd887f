package io.tcemu;

import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.logging.Level;
import java.util.logging.LogRecord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The command line's log lines read as they always did: local time, level, message. */
class LogLineFormatterTest {
    private final LogLineFormatter formatter = new LogLineFormatter();

    @Test
    void aLineIsTimeLevelAndMessage() {
        LogRecord record = new LogRecord(Level.INFO, "dts.StartSyncJob OK 2ms {0}");
        record.setParameters(new Object[] {"req-1"});
        record.setInstant(LocalDateTime.of(2026, 12, 1, 9, 5, 7).atZone(ZoneId.systemDefault()).toInstant());
        assertEquals("09:05:07 INFO dts.StartSyncJob OK 2ms req-1" + System.lineSeparator(), formatter.format(record));
    }

    @Test
    void eachLineOfARecordOfSeveralLinesHasTheTimeAndLevel() {
        String separator = System.lineSeparator();
        LogRecord record = new LogRecord(Level.INFO, "dts.StartSyncJob OK 2ms req-1" + separator + "dts.StopSyncJob OK 1ms req-2");
        record.setInstant(LocalDateTime.of(2026, 12, 1, 9, 5, 7).atZone(ZoneId.systemDefault()).toInstant());
        assertEquals("09:05:07 INFO dts.StartSyncJob OK 2ms req-1" + separator
                + "09:05:07 INFO dts.StopSyncJob OK 1ms req-2" + separator, formatter.format(record));
    }

    @Test
    void aFailureCarriesItsStackTrace() {
        LogRecord record = new LogRecord(Level.SEVERE, "store failure");
        record.setThrown(new IllegalStateException("disk gone"));
        String line = formatter.format(record);
        assertTrue(line.contains(" SEVERE store failure" + System.lineSeparator() + "java.lang.IllegalStateException: disk gone"), line);
    }
}
