package io.tcemu;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Runs several clients at once, released together so that they really race, and waits for them all. */
public final class ConcurrentClients {
    /** One client's work; {@code index} tells the clients apart. */
    public interface Client {
        void run(int index) throws Exception;
    }

    private ConcurrentClients() {
    }

    /** Rethrows the first client's failure, if any, once every client has finished. */
    public static void run(int count, Client client) throws Exception {
        CyclicBarrier together = new CyclicBarrier(count);
        ExecutorService pool = Executors.newFixedThreadPool(count);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < count; c++) {
                int index = c;
                running.add(pool.submit(() -> {
                    together.await();
                    client.run(index);
                    return null;
                }));
            }
            for (Future<?> done : running) {
                done.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
