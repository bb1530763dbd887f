package io.tcemu.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;

/**
 * Writes from many threads made durable together: one writer thread takes whatever is queued, runs
 * each write inside one transaction (each behind a savepoint, so a write that says no is undone
 * alone) and commits once. A file database pays for a commit, not for a write, so N writers waiting
 * at once cost about one commit; each caller returns only when the commit holding its write is done.
 */
final class GroupCommit implements AutoCloseable {
    /** At most this many writes share a commit, so one commit never grows without bound. */
    private static final int MAX_BATCH = 256;

    private record Job(String what, Sql.Work<Boolean> work, CompletableFuture<Boolean> done) {}

    private final DataSource dataSource;
    private final BlockingQueue<Job> queue = new LinkedBlockingQueue<>();
    private final Thread writer;
    private volatile boolean open = true;

    GroupCommit(DataSource dataSource) {
        this.dataSource = dataSource;
        this.writer = new Thread(this::writeWhileOpen, "tcemu-group-commit");
        writer.setDaemon(true);
        writer.start();
    }

    /** Runs {@code work} in the next commit; true once it is committed, false if it said no (and was undone). */
    boolean write(String what, Sql.Work<Boolean> work) {
        if (!open) {
            throw new StoreException("store: cannot " + what + ": the store is closed", null);
        }
        Job job = new Job(what, work, new CompletableFuture<>());
        queue.add(job);
        try {
            return job.done().join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof StoreException s ? s
                    : new StoreException("store: cannot " + what + ": " + e.getCause().getMessage(), e.getCause());
        }
    }

    private void writeWhileOpen() {
        List<Job> batch = new ArrayList<>();
        while (open || !queue.isEmpty()) {
            try {
                Job first = queue.poll(100, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, MAX_BATCH - 1);
                commit(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } finally {
                batch.clear();
            }
        }
    }

    private void commit(List<Job> batch) {
        List<Boolean> results = new ArrayList<>(batch.size());
        try (Connection c = dataSource.getConnection()) {
            Sql.transaction(c, inBatch -> {
                for (Job job : batch) {
                    results.add(runBehindSavepoint(inBatch, job));
                }
                return true;
            });
        } catch (SQLException | RuntimeException e) {
            batch.forEach(job -> job.done().completeExceptionally(
                    new StoreException("store: cannot " + job.what() + ": " + e.getMessage(), e)));
            return;
        }
        for (int i = 0; i < batch.size(); i++) {
            batch.get(i).done().complete(results.get(i)); // a no-op for a job already failed
        }
    }

    /** The job's answer; a job that throws is undone alone and failed with its exception (null), the others still commit. */
    private static Boolean runBehindSavepoint(Connection c, Job job) throws SQLException {
        Savepoint before = c.setSavepoint();
        try {
            boolean kept = job.work().run(c);
            if (!kept) {
                c.rollback(before);
            }
            return kept;
        } catch (SQLException | RuntimeException e) {
            c.rollback(before);
            job.done().completeExceptionally(new StoreException("store: cannot " + job.what() + ": " + e.getMessage(), e));
            return null;
        }
    }

    /** Commits what is queued, then stops the writer. */
    @Override
    public void close() {
        open = false;
        try {
            writer.join(TimeUnit.SECONDS.toMillis(30));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
