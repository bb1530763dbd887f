package io.tcemu.gateway;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The access log as the logger "tcemu" sees it: every call's line, in order, none lost at a stop. */
class AccessLogTest {
    private final List<String> records = new CopyOnWriteArrayList<>();
    private final CountDownLatch writing = new CountDownLatch(1);
    private volatile CountDownLatch release = new CountDownLatch(0);
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            if (!record.getMessage().startsWith("test.")) {
                return; // another emulator's calls
            }
            writing.countDown();
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            records.add(record.getMessage());
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void listen() {
        Logger.getLogger("tcemu").addHandler(capture);
    }

    @AfterEach
    void stopListening() {
        Logger.getLogger("tcemu").removeHandler(capture);
    }

    private List<String> lines() {
        return records.stream().flatMap(record -> Arrays.stream(record.split(System.lineSeparator()))).toList();
    }

    @Test
    void everyLineIsWrittenInOrderAndTheLastOnesWhenItCloses() {
        AccessLog log = new AccessLog();
        for (int i = 1; i <= 3; i++) {
            log.record("test.Call" + i + " OK 1ms req-" + i);
        }
        log.close();
        assertEquals(List.of("test.Call1 OK 1ms req-1", "test.Call2 OK 1ms req-2", "test.Call3 OK 1ms req-3"), lines());
    }

    @Test
    void linesThatFindTheQueueFullAreCountedInTheNextRecord() throws InterruptedException {
        release = new CountDownLatch(1);
        AccessLog log = new AccessLog();
        log.record("test.First OK 1ms req-0");
        assertTrue(writing.await(10, TimeUnit.SECONDS), "the writer never logged the first line");
        int queue = 8192;
        for (int i = 1; i <= queue + 5; i++) {
            log.record("test.Call OK 1ms req-" + i);
        }
        release.countDown();
        log.close();
        List<String> lines = lines();
        assertEquals(1 + queue, lines.size());
        assertEquals("test.Call OK 1ms req-" + queue + " (5 earlier lines dropped: the log could not keep up)",
                lines.get(lines.size() - 1));
    }
}
