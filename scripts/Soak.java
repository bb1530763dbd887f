import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The load of scripts/soak, run with `java scripts/Soak.java PORT PID MINUTES`: after 10 s of
 * warm-up, measures the peak rate of a read (DescribeSyncJobs) for 10 s, then for MINUTES sends that read at 80 % of the peak
 * plus a CreateSyncJob a second, and every 30 s prints errors, the server's RSS and the p99 latency.
 * Exits 1 if any request failed or the RSS grew by more than 10 % from the first to the last report.
 */
public class Soak {
    private static final int CLIENTS = 16;
    private static final String READ = "{\"Limit\":20}";
    private static final String WRITE = "{\"PayMode\":\"PostPay\",\"SrcDatabaseType\":\"mysql\",\"SrcRegion\":\"ap-guangzhou\","
            + "\"DstDatabaseType\":\"mysql\",\"DstRegion\":\"ap-guangzhou\"}";

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final String endpoint;
    private final AtomicLong errors = new AtomicLong();
    private final List<Long> latencies = Collections.synchronizedList(new ArrayList<>());

    Soak(int port) {
        this.endpoint = "http://127.0.0.1:" + port + "/";
    }

    public static void main(String[] args) throws Exception {
        Soak soak = new Soak(Integer.parseInt(args[0]));
        long pid = Long.parseLong(args[1]);
        double minutes = Double.parseDouble(args[2]);
        for (int i = 0; i < 20; i++) {
            soak.call("CreateSyncJob", WRITE);
        }
        soak.run(Duration.ofSeconds(10), 0); // warm-up: the JIT compiles the hot paths first
        double peak = soak.run(Duration.ofSeconds(10), 0) / 10.0;
        soak.latencies.clear();
        double target = peak * 0.8;
        System.out.printf("peak %.0f requests/s with %d clients; soaking %.1f min at %.0f requests/s plus 1 write/s%n",
                peak, CLIENTS, minutes, target);
        long firstRss = -1;
        long lastRss = -1;
        long end = System.nanoTime() + (long) (minutes * 60e9);
        Thread writer = new Thread(() -> {
            while (System.nanoTime() < end) {
                soak.call("CreateSyncJob", WRITE);
                sleep(1000);
            }
        });
        writer.start();
        int report = 0;
        while (System.nanoTime() < end) {
            Duration slice = Duration.ofNanos(Math.min(Duration.ofSeconds(30).toNanos(), end - System.nanoTime()));
            long sent = soak.run(slice, target);
            long rss = rssKb(pid);
            firstRss = firstRss < 0 ? rss : firstRss;
            lastRss = rss;
            System.out.printf("%4ds  sent %6d  errors %d  rss %6d MB  p99 %5.1f ms%n", (++report) * 30, sent,
                    soak.errors.get(), rss / 1024, soak.p99Millis());
            soak.latencies.clear();
        }
        writer.join();
        double growth = 100.0 * (lastRss - firstRss) / firstRss;
        System.out.printf("errors %d, rss %d -> %d MB (%+.1f %%)%n", soak.errors.get(), firstRss / 1024, lastRss / 1024, growth);
        System.exit(soak.errors.get() == 0 && growth <= 10 ? 0 : 1);
    }

    /** Sends reads from CLIENTS threads for the duration, paced to {@code perSecond} (0: as fast as possible). */
    long run(Duration duration, double perSecond) throws InterruptedException {
        AtomicLong sent = new AtomicLong();
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        for (int c = 0; c < CLIENTS; c++) {
            pool.submit(() -> {
                while (System.nanoTime() < end) {
                    long n = sent.getAndIncrement();
                    if (perSecond > 0) {
                        long due = start + (long) (n * 1e9 / perSecond);
                        long wait = due - System.nanoTime();
                        if (wait > 0) {
                            sleep(wait / 1_000_000);
                        }
                    }
                    call("DescribeSyncJobs", READ);
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(duration.toSeconds() + 60, java.util.concurrent.TimeUnit.SECONDS);
        return sent.get();
    }

    void call(String action, String body) {
        long started = System.nanoTime();
        try {
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(endpoint))
                    .header("Content-Type", "application/json").header("X-TC-Action", action)
                    .header("X-TC-Version", "2021-12-06").header("X-TC-Region", "ap-guangzhou")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200 || answer.body().contains("\"Error\"")) {
                errors.incrementAndGet();
            }
        } catch (Exception e) {
            errors.incrementAndGet();
        }
        latencies.add(System.nanoTime() - started);
    }

    double p99Millis() {
        List<Long> sorted;
        synchronized (latencies) {
            sorted = new ArrayList<>(latencies);
        }
        if (sorted.isEmpty()) {
            return 0;
        }
        Collections.sort(sorted);
        return sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(sorted.size() * 0.99) - 1)) / 1e6;
    }

    static long rssKb(long pid) throws Exception {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", ""));
            }
        }
        throw new IllegalStateException("no VmRSS for process " + pid);
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
