package io.tcemu.product.wedata;

import io.tcemu.api.CommonErrors;
import io.tcemu.product.ProductActions;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tcemu.api.ApiError;
import io.tcemu.api.ApiRequest;
import io.tcemu.lifecycle.LifecycleEngine;
import io.tcemu.lifecycle.Resource;
import io.tcemu.product.WireTime;
import java.time.Duration;
import java.time.Instant;
import java.util.function.ToLongFunction;

/**
 * A task's running metrics, derived from its run ({@link TaskRun}) at the documented pace: records
 * and bytes read and written, running time, and speed over time per node. A replay after a forced
 * pause is read again; an append target takes it again, an upsert target does not.
 */
final class MetricActions {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    /** A speed trend longer than this many points is refused: ask for a shorter range or a coarser granularity. */
    private static final long MAX_POINTS = 1440;
    /** A year: one point for any range worth asking for. */
    private static final long MAX_GRANULARITY_MINUTES = 366L * 24 * 60;

    private final LifecycleEngine engine;

    MetricActions(LifecycleEngine engine) {
        this.engine = engine;
    }

    void register(ProductActions actions) {
        actions.on("DescribeRealTimeTaskMetricOverview", this::overview)
                .on("DescribeRealTimeTaskSpeed", this::speed);
    }

    private ObjectNode overview(ApiRequest request) {
        ObjectNode params = request.params();
        Window window = new Window(epochMillis(params, "StartTime", Instant.MIN), epochMillis(params, "EndTime", Instant.MAX));
        checkOrder(window);
        TaskRun run = TaskRun.of(task(request));
        long read = run.read(window);
        long written = run.written(window);
        return JSON.objectNode()
                .put("TotalRecordNumOfRead", read)
                .put("TotalRecordByteNumOfRead", read * Pace.BYTES_PER_RECORD)
                .put("TotalRecordNumOfWrite", written)
                .put("TotalRecordByteNumOfWrite", written * Pace.BYTES_PER_RECORD)
                .put("TotalDirtyRecordNum", 0)
                .put("TotalDirtyRecordByte", 0)
                .put("TotalDuration", run.running(window).toSeconds())
                .put("BeginRunTime", WireTime.format(run.began().orElse(null)))
                .put("EndRunTime", WireTime.format(run.lastRead().orElse(null)));
    }

    /** Records and bytes per second of the INPUT and the OUTPUT node, one point per Granularity minutes. */
    private ObjectNode speed(ApiRequest request) {
        ObjectNode params = request.params();
        Window range = new Window(epochMillis(params, "StartTime", Instant.MIN), epochMillis(params, "EndTime", Instant.MIN));
        checkOrder(range);
        JsonNode given = params.path("Granularity");
        long granularity = given.canConvertToLong() ? given.asLong() : -1;
        if (granularity < 1 || granularity > MAX_GRANULARITY_MINUTES) {
            throw invalid("Granularity is in minutes (1 or 5; at most " + MAX_GRANULARITY_MINUTES + "), not "
                    + given.asText() + ".");
        }
        Duration step = Duration.ofMinutes(granularity);
        if (Duration.between(range.from(), range.to()).dividedBy(step) >= MAX_POINTS) {
            throw invalid("StartTime to EndTime spans more than " + MAX_POINTS + " points of " + granularity
                    + " minutes; ask for a shorter range or a coarser Granularity.");
        }
        Resource task = task(request);
        TaskRun run = TaskRun.of(task);
        JsonNode nodes = task.attributes().path("TaskInfo").path("Nodes");
        ArrayNode records = JSON.arrayNode();
        ArrayNode bytes = JSON.arrayNode();
        for (String type : new String[]{"INPUT", "OUTPUT"}) {
            ToLongFunction<Window> count = type.equals("INPUT") ? run::read : run::written;
            records.add(series(type, nodeName(nodes, type), range, step, count, 1));
            bytes.add(series(type, nodeName(nodes, type), range, step, count, Pace.BYTES_PER_RECORD));
        }
        ObjectNode out = JSON.objectNode();
        out.set("RecordsSpeedList", records);
        out.set("BytesSpeedList", bytes);
        out.set("Data", out.deepCopy());
        return out;
    }

    private static ObjectNode series(String type, String name, Window range, Duration step, ToLongFunction<Window> count,
                                     long unit) {
        ObjectNode series = JSON.objectNode().put("NodeType", type).put("NodeName", name);
        ArrayNode values = series.putArray("Values");
        for (Instant at = range.from(); at.isBefore(range.to()); at = at.plus(step)) {
            Instant end = at.plus(step).isBefore(range.to()) ? at.plus(step) : range.to();
            double seconds = Duration.between(at, end).toMillis() / 1000.0;
            values.addObject().put("Time", at.toEpochMilli())
                    .put("Speed", (float) (count.applyAsLong(new Window(at, end)) * unit / seconds));
        }
        return series;
    }

    private static String nodeName(JsonNode nodes, String type) {
        for (JsonNode node : nodes) {
            if (node.path("NodeType").asText("").equalsIgnoreCase(type) && !node.path("Name").asText("").isBlank()) {
                return node.path("Name").asText();
            }
        }
        return type;
    }

    /** The task; these actions document FailedOperation only, so a missing task is answered with it. */
    private Resource task(ApiRequest request) {
        try {
            return engine.get(WedataParams.task(request));
        } catch (ApiError e) {
            if (e.code().equals(CommonErrors.RESOURCE_NOT_FOUND)) {
                throw e.withCode(CommonErrors.FAILED_OPERATION);
            }
            throw e;
        }
    }

    /** An epoch-millisecond parameter, {@code absent} when not sent (the gateway has checked the required ones). */
    private static Instant epochMillis(JsonNode params, String field, Instant absent) {
        JsonNode value = params.path(field);
        if (value.isMissingNode() || value.isNull()) {
            return absent;
        }
        if (!value.canConvertToLong()) {
            throw invalid(field + " is epoch milliseconds; " + value.asText() + " is out of range.");
        }
        return Instant.ofEpochMilli(value.asLong());
    }

    private static void checkOrder(Window window) {
        if (window.to().isBefore(window.from())) {
            throw invalid("EndTime must not be before StartTime.");
        }
    }

    private static ApiError invalid(String message) {
        return ApiError.of(CommonErrors.INVALID_PARAMETER_VALUE, message);
    }
}
