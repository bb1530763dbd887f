package io.tcemu.product.wedata;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tcemu.lifecycle.Resource;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where a task's reading stands at the moment it was observed, derived from what its operations
 * stored (attribute {@value #ATTRIBUTE}) and the clock, so nothing runs in the background. While
 * the task is Running, an open stretch reads on from {@code Offset} since the status became
 * Running; each pause closes it into {@code Segments}. Stop and Start store a fresh run.
 */
final class TaskRun {
    static final String ATTRIBUTE = "Run";

    private final ObjectNode stored;
    private final List<RunSegment> segments;
    private final RunSegment open;
    private final WriteMode writeMode;

    private TaskRun(ObjectNode stored, List<RunSegment> segments, RunSegment open, WriteMode writeMode) {
        this.stored = stored;
        this.segments = segments;
        this.open = open;
        this.writeMode = writeMode;
    }

    static TaskRun of(Resource task) {
        ObjectNode attributes = task.attributes();
        ObjectNode run = attributes.path(ATTRIBUTE) instanceof ObjectNode o ? o : fresh();
        List<RunSegment> segments = new ArrayList<>();
        run.path("Segments").forEach(s -> segments.add(RunSegment.of(s)));
        RunSegment open = null;
        if (counting(task)) {
            long offset = run.path("Offset").asLong();
            open = new RunSegment(task.since().get(TaskStatus.DIMENSION), task.observedAt(), offset,
                    Math.max(0, run.path("HighWater").asLong() - offset));
            segments.add(open);
        }
        return new TaskRun(run, segments, open, WriteMode.stored(attributes));
    }

    /** Whether the task is reading and writing, so that its counts move on as time passes. */
    static boolean counting(Resource task) {
        return TaskStatus.of(task) == TaskStatus.RUNNING;
    }

    /** A run that has read nothing: what Start and Stop store. */
    static ObjectNode fresh() {
        ObjectNode run = JsonNodeFactory.instance.objectNode().put("Offset", 0).put("Checkpoint", 0).put("HighWater", 0);
        run.putArray("Segments");
        return run;
    }

    /** The read offset (CurrentSyncPosition). */
    long position() {
        return open != null ? open.reached() : stored.path("Offset").asLong();
    }

    /** Where the task would go on from after a failure or a forced pause. */
    long checkpoint() {
        return open != null ? open.lastCheckpoint() : stored.path("Checkpoint").asLong();
    }

    /** Whether the last pause took a snapshot; empty unless the task is paused. */
    Optional<Boolean> pausedWithSnapshot() {
        return stored.has("Snapshot") ? Optional.of(stored.get("Snapshot").asBoolean()) : Optional.empty();
    }

    long read(Window window) {
        return segments.stream().mapToLong(s -> s.read(window)).sum();
    }

    /** Records the target took: an append target every record read, an upsert target each record once. */
    long written(Window window) {
        return read(window) - (writeMode == WriteMode.UPSERT ? replayed(window) : 0);
    }

    /** Records the target holds twice. */
    long duplicates(Window window) {
        return writeMode == WriteMode.UPSERT ? 0 : replayed(window);
    }

    Duration running(Window window) {
        return segments.stream().map(s -> s.running(window)).reduce(Duration.ZERO, Duration::plus);
    }

    List<RunSegment> segments() {
        return List.copyOf(segments);
    }

    Optional<Instant> began() {
        return segments.stream().findFirst().map(RunSegment::start);
    }

    Optional<Instant> lastRead() {
        return segments.isEmpty() ? Optional.empty() : Optional.of(segments.get(segments.size() - 1).end());
    }

    /**
     * The run to store when the task pauses now: the open stretch closes; a snapshot keeps the
     * offset reached, without one the task will go on from its last checkpoint.
     */
    ObjectNode paused(boolean snapshot) {
        ObjectNode next = stored.deepCopy();
        if (open == null) {
            return next;
        }
        long reached = open.reached();
        next.withArrayProperty("Segments").add(open.toJson());
        next.put("Offset", reached)
                .put("HighWater", Math.max(reached, stored.path("HighWater").asLong()))
                .put("Checkpoint", snapshot ? reached : open.lastCheckpoint())
                .put("Snapshot", snapshot);
        return next;
    }

    /** The run to store when the task continues: from its snapshot, or from its last checkpoint. */
    ObjectNode resumed() {
        ObjectNode next = stored.deepCopy();
        next.put("Offset", stored.path("Checkpoint").asLong());
        next.remove("Snapshot");
        return next;
    }

    private long replayed(Window window) {
        return segments.stream().mapToLong(s -> s.replayed(window)).sum();
    }
}
