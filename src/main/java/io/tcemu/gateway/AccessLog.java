package io.tcemu.gateway;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * The one line per call ({@code dts.StartSyncJob OK 2ms <RequestId>}), written by a daemon thread
 * so that formatting and flushing never hold up an answer. When the writer falls more than a queue
 * behind, lines are dropped and the next line written says how many.
 */
final class AccessLog {
    private static final System.Logger LOG = System.getLogger("tcemu");
    private static final int QUEUE = 8192;

    private final BlockingQueue<String> lines = new ArrayBlockingQueue<>(QUEUE);
    private volatile long dropped;

    AccessLog() {
        Thread writer = new Thread(this::write, "tcemu-access-log");
        writer.setDaemon(true);
        writer.start();
    }

    void record(String line) {
        if (!lines.offer(line)) {
            dropped++;
        }
    }

    private void write() {
        while (true) {
            try {
                String line = lines.take();
                long lost = dropped;
                if (lost > 0) {
                    dropped = 0;
                    line = line + " (" + lost + " earlier lines dropped: the log could not keep up)";
                }
                LOG.log(System.Logger.Level.INFO, line);
            } catch (InterruptedException e) {
                return;
            }
        }
    }
}
