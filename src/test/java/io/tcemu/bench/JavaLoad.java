package io.tcemu.bench;

import org.HdrHistogram.Histogram;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The load generator for machines without wrk: CONNS threads, each sending the same signed call
 * back to back for SECONDS, latencies in an HdrHistogram. Prints the RESULT line wrk's script prints.
 */
final class JavaLoad {
    private JavaLoad() {
    }

    static void run(String host, String service, String version, String action, String body, int seconds, int conns)
            throws InterruptedException {
        SignedCall call = SignedCall.of(host, service, version, action, body);
        Histogram latencies = new Histogram(60_000_000_000L, 3);
        AtomicLong errors = new AtomicLong();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < conns; i++) {
            threads.add(new Thread(() -> {
                Histogram mine = new Histogram(60_000_000_000L, 3);
                while (System.nanoTime() < end) {
                    long start = System.nanoTime();
                    try {
                        BenchTool.send(call);
                        mine.recordValue(System.nanoTime() - start);
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                }
                synchronized (latencies) {
                    latencies.add(mine);
                }
            }));
        }
        threads.forEach(Thread::start);
        for (Thread t : threads) {
            t.join();
        }
        System.out.printf("RESULT rps=%.1f p50=%.3f p99=%.3f errors=%d%n", latencies.getTotalCount() / (double) seconds,
                latencies.getValueAtPercentile(50) / 1e6, latencies.getValueAtPercentile(99) / 1e6, errors.get());
    }
}
