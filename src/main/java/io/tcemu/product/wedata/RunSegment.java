package io.tcemu.product.wedata;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * One stretch of running: from {@code start} to {@code end} the task read on from offset
 * {@code from} at the documented pace, and its first {@code replay} records were ones it had
 * delivered before (a forced pause lost them from its snapshot).
 */
record RunSegment(Instant start, Instant end, long from, long replay) {

    /** To the millisecond, as stored: an open stretch counts what it will count once stored. */
    RunSegment {
        start = start.truncatedTo(ChronoUnit.MILLIS);
        end = end.truncatedTo(ChronoUnit.MILLIS);
    }

    static RunSegment of(JsonNode stored) {
        return new RunSegment(Instant.ofEpochMilli(stored.path("Start").asLong()), Instant.ofEpochMilli(stored.path("End").asLong()),
                stored.path("From").asLong(), stored.path("Replay").asLong());
    }

    ObjectNode toJson() {
        return JsonNodeFactory.instance.objectNode().put("Start", start.toEpochMilli()).put("End", end.toEpochMilli())
                .put("From", from).put("Replay", replay);
    }

    long read(Window window) {
        return Pace.records(window.overlap(start, end));
    }

    long replayed(Window window) {
        Instant replayEnd = start.plus(Pace.duration(replay));
        return Pace.records(window.overlap(start, replayEnd.isBefore(end) ? replayEnd : end));
    }

    Duration running(Window window) {
        return window.overlap(start, end);
    }

    /** The offset it reached. */
    long reached() {
        return from + read(Window.ALL);
    }

    /** The offset of its last periodic checkpoint; it started at a checkpoint (or the beginning) itself. */
    long lastCheckpoint() {
        return from + Pace.checkpointed(Duration.between(start, end));
    }
}
