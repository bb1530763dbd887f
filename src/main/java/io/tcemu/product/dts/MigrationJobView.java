package io.tcemu.product.dts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tcemu.api.Secrets;
import io.tcemu.lifecycle.OperationRun;
import io.tcemu.lifecycle.PendingOperation;
import io.tcemu.lifecycle.Resource;
import io.tcemu.product.WireTime;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Shapes a migration job as the API returns it: a JobItem for DescribeMigrationJobs, the same plus
 * options, check run, errors and rate limits for DescribeMigrationDetail. Times are Beijing
 * wire times; a time that has not happened is 0000-00-00 00:00:00.
 */
final class MigrationJobView {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final MigrationJobs jobs;

    MigrationJobView(MigrationJobs jobs) {
        this.jobs = jobs;
    }

    /** Why a job stopped short, for BriefMsg and ErrorInfo. */
    private record JobError(String code, String message, String solution) {
    }

    /** A JobItem. */
    ObjectNode item(Resource job) {
        return item(job, CheckReport.of(job, jobs));
    }

    /** The DescribeMigrationDetail response: the JobItem fields and the job's options, check run, errors and limits. */
    ObjectNode detail(Resource job) {
        CheckReport check = CheckReport.of(job, jobs);
        ObjectNode detail = item(job, check);
        JsonNode a = job.attributes();
        detail.set("MigrateOption", a.has("MigrateOption") ? a.get("MigrateOption").deepCopy() : unconfiguredOption());
        detail.set("CheckStepInfo", check.checkStepInfo());
        ArrayNode errors = detail.putArray("ErrorInfo");
        error(job).ifPresent(e -> errors.addObject().put("Code", e.code()).put("Solution", e.solution())
                .put("ErrorLog", e.message()).put("HelpDoc", ""));
        detail.set("RateLimitOption", MigrationRateLimit.option(a));
        detail.remove("AutoRetryTimeRangeMinutes");   // a JobItem member the detail does not have
        return detail;
    }

    private ObjectNode item(Resource job, CheckReport check) {
        JsonNode a = job.attributes();
        String status = job.state("Status");
        String brief = DtsStates.MIGRATION_CHECK_NOT_PASSED.contains(job) ? check.briefMessage() : error(job).map(JobError::message).orElse("");
        ObjectNode item = NODES.objectNode()
                .put("JobId", job.id())
                .put("JobName", a.path("JobName").asText(""))
                .put("CreateTime", WireTime.format(job.createdAt()))
                .put("UpdateTime", WireTime.format(updatedAt(job)))
                .put("StartTime", WireTime.format(startedAt(job).orElse(null)))
                .put("EndTime", WireTime.format(DtsStates.MIGRATION_ENDED.contains(job) ? job.since().get("Status") : null))
                .put("BriefMsg", brief)
                .put("Status", status)
                .put("RunMode", a.path("RunMode").asText(""))
                .put("ExpectRunTime", a.path("ExpectRunTime").asText(""));
        item.set("Action", AllowedActions.of(job.allowedOperations()));
        item.set("StepInfo", DtsStates.MIGRATION_CHECK_PHASE.contains(job) ? check.detailInfo() : RunProgress.detailInfo(job, jobs, brief));
        item.set("SrcInfo", Secrets.masked(a.path("SrcInfo")));
        item.set("DstInfo", Secrets.masked(a.path("DstInfo")));
        item.putObject("CompareTask").put("CompareTaskId", "").put("Status", "notexist");
        item.set("TradeInfo", tradeInfo(job));
        item.set("Tags", a.has("Tags") ? a.get("Tags").deepCopy() : NODES.arrayNode());
        item.put("AutoRetryTimeRangeMinutes", a.path("AutoRetryTimeRangeMinutes").asLong(0));
        item.put("DumperResumeCtrl", "yes");
        return item;
    }

    private static ObjectNode unconfiguredOption() {
        ObjectNode option = NODES.objectNode();
        option.putObject("DatabaseTable").put("ObjectMode", "");
        return option.put("MigrateType", "");
    }

    private Optional<JobError> error(Resource job) {
        if (DtsStates.MIGRATION_INTERRUPTED.contains(job)) {
            return Optional.of(new JobError("MigrationInterrupted",
                    "The migration was interrupted by an error.", "Retry the job with ResumeMigrateJob, or stop it with StopMigrateJob."));
        }
        if (DtsStates.MIGRATION_FAILED.contains(job)) {
            return Optional.of(new JobError("MigrationFailed", "The migration failed.",
                    job.allowedOperations().contains("ResumeMigrateJob")
                            ? "Retry the job with ResumeMigrateJob, or isolate it with IsolateMigrateJob."
                            : "Isolate the job with IsolateMigrateJob."));
        }
        if (DtsStates.MIGRATION_STATE_UNKNOWN.contains(job)) {
            return Optional.of(new JobError("MigrationStateUnknown", "The state of the migration is unknown.",
                    "Stop the job with StopMigrateJob."));
        }
        return Optional.empty();
    }

    private ObjectNode tradeInfo(Resource job) {
        ObjectNode trade = job.attributes().path("TradeInfo").deepCopy();
        return trade.put("TradeStatus", job.state("TradeStatus"));
    }

    /** When the job was last started: StartMigrateJob's run, in flight or done. */
    private static Optional<Instant> startedAt(Resource job) {
        Optional<Instant> inFlight = job.pending("Status").filter(p -> p.operation().equals("StartMigrateJob"))
                .map(PendingOperation::startedAt);
        return inFlight.or(() -> job.lastRun("StartMigrateJob").map(OperationRun::startedAt));
    }

    /** The last change: of a state, or of attributes through an action. */
    private static Instant updatedAt(Resource job) {
        Stream<Instant> changes = job.since().values().stream();
        String updated = job.attributes().path("UpdateTime").asText("");
        if (!updated.isEmpty()) {
            changes = Stream.concat(changes, Stream.of(WireTime.parse(updated)));
        }
        return changes.max(Instant::compareTo).orElse(job.createdAt());
    }
}
