package io.tcemu.gateway;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

/**
 * The one line per call ({@code dts.StartSyncJob OK 2ms <RequestId>}), written by a daemon thread
 * so that formatting and flushing never hold up an answer. The thread gathers the lines of a few
 * milliseconds and logs them as one record of several lines: one line per record cost a write and a
 * thread wake-up per call, a sixth of a point read's CPU. When the writer falls more than a queue
 * behind, lines are dropped and the next record says how many.
 */
final class AccessLog implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger("tcemu");
    private static final int QUEUE = 8192;
    /** How long the writer waits after a line for more to join it: a log line appears at most this late. */
    private static final long GATHER_MILLIS = 20;

    private final BlockingQueue<String> lines = new ArrayBlockingQueue<>(QUEUE);
    private final LongAdder dropped = new LongAdder();
    private final Thread writer = new Thread(this::write, "tcemu-access-log");

    AccessLog() {
        writer.setDaemon(true);
        writer.start();
    }

    void record(String line) {
        if (!lines.offer(line)) {
            dropped.increment();
        }
    }

    /** Writes what is still queued, then stops the writer. */
    @Override
    public void close() {
        writer.interrupt();
        try {
            writer.join(TimeUnit.SECONDS.toMillis(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void write() {
        List<String> batch = new ArrayList<>();
        try {
            while (true) {
                batch.add(lines.take());
                Thread.sleep(GATHER_MILLIS);
                lines.drainTo(batch);
                log(batch);
            }
        } catch (InterruptedException closing) {
            lines.drainTo(batch);
            log(batch);
        }
    }

    private void log(List<String> batch) {
        if (batch.isEmpty()) {
            return;
        }
        StringBuilder text = new StringBuilder(batch.size() * 64);
        for (String line : batch) {
            if (!text.isEmpty()) {
                text.append(System.lineSeparator());
            }
            text.append(line);
        }
        long lost = dropped.sumThenReset();
        if (lost > 0) {
            text.append(" (").append(lost).append(" earlier lines dropped: the log could not keep up)");
        }
        LOG.log(System.Logger.Level.INFO, text.toString());
        batch.clear();
    }
}
