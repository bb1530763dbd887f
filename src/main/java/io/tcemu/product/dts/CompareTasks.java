package io.tcemu.product.dts;

import io.tcemu.api.ApiError;
import io.tcemu.api.ApiRequest;
import io.tcemu.lifecycle.LifecycleEngine;
import io.tcemu.lifecycle.Resource;
import io.tcemu.product.Resources;

import io.tcemu.store.ResourceQuery;

import java.util.Set;

/**
 * The caller's consistency checks of one kind of job: migration jobs' (dts.CompareTask, actions
 * such as StartCompare) or sync jobs' (dts.SyncCompareTask, StartSyncCompare). A check belongs to
 * the job that created it (attribute JobId); a request naming it under another job does not find it.
 */
final class CompareTasks extends Resources {
    /** The operation that runs a check, whose steps are its progress. */
    final String start;
    /** The action that reports a check as a comparison of GTID sets. */
    final String gtidReport;
    private final String infix;

    private CompareTasks(LifecycleEngine engine, String lifecycle, String infix, String gtidReport) {
        super(engine, lifecycle, new IdParameter("CompareTaskId", DtsErrors.MISSING_PARAMETER_MISSING_PARAMETER_ERROR,
                "CompareTaskId is required: the id CreateCompareTask answered, e.g. dts-8yv4w2i1-cmp-37skmii9.",
                "缺少参数 CompareTaskId：创建一致性校验任务时返回的 id，如 dts-8yv4w2i1-cmp-37skmii9。"));
        this.infix = infix;
        this.start = action("Start%sCompare");
        this.gtidReport = gtidReport;
    }

    static CompareTasks ofMigrations(LifecycleEngine engine) {
        return new CompareTasks(engine, "dts.CompareTask", "", "DescribeMigrateGtidCompareReport");
    }

    static CompareTasks ofSyncJobs(LifecycleEngine engine) {
        return new CompareTasks(engine, "dts.SyncCompareTask", "Sync", "DescribeSyncGtidCompareReport");
    }

    /** This family's name of an action, from a pattern such as {@code Start%sCompare}. */
    String action(String pattern) {
        return pattern.formatted(infix);
    }

    /** The check the request names, which must belong to the job it names. */
    Resource of(ApiRequest request, String jobId) {
        Resource task = get(request);
        if (!task.attributes().path("JobId").asText().equals(jobId)) {
            throw ApiError.of(definition().notFoundError(),
                    "Job " + jobId + " has no consistency check " + task.id() + ".",
                    "任务 " + jobId + " 下没有一致性校验任务 " + task.id() + "。");
        }
        return task;
    }

    /** The job's checks, oldest first, as a query to narrow. */
    ResourceQuery ofJob(ApiRequest request, String jobId) {
        return all(request).withValues("/JobId", Set.of(jobId));
    }
}
