package io.tcemu.product.wedata;

import java.time.Duration;

/**
 * How fast an emulated real-time task reads, how often it checkpoints, and how big its records
 * are: the documented constants every offset and metric is derived from.
 */
final class Pace {
    static final long RECORDS_PER_SECOND = 100;
    static final long CHECKPOINT_INTERVAL_SECONDS = 60;
    static final long BYTES_PER_RECORD = 512;

    private Pace() {
    }

    /** Records read in {@code running} time. */
    static long records(Duration running) {
        return running.toMillis() * RECORDS_PER_SECOND / 1000;
    }

    /** The running time {@code records} take to read. */
    static Duration duration(long records) {
        return Duration.ofMillis(records * 1000 / RECORDS_PER_SECOND);
    }

    /** Records behind the last periodic checkpoint of a stretch that has run {@code running}. */
    static long checkpointed(Duration running) {
        long intervals = running.toSeconds() / CHECKPOINT_INTERVAL_SECONDS;
        return intervals * CHECKPOINT_INTERVAL_SECONDS * RECORDS_PER_SECOND;
    }
}
