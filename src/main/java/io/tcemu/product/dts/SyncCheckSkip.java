package io.tcemu.product.dts;

import io.tcemu.api.ApiError;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tcemu.api.ApiRequest;

import java.util.Set;

/**
 * SkipSyncCheckItem: after a check did not pass, the failed item is skipped: the job stays
 * CheckNotPass, and the next check shows the item skipped and does not fail at it.
 */
final class SyncCheckSkip {
    private final SyncJobs jobs;

    SyncCheckSkip(SyncJobs jobs) {
        this.jobs = jobs;
    }

    ObjectNode handle(ApiRequest request) {
        JsonNode stepIds = request.params().path("StepIds");
        if (stepIds.isEmpty()) {
            throw ApiError.of(DtsErrors.INVALID_PARAMETER_VALUE_INVALID_PARAMETER_VALUE_ERROR, "StepIds must name at least one failed check step (StepInfos[].StepId of DescribeCheckSyncJobResult).",
                    "StepIds 须至少包含一个未通过的校验步骤（DescribeCheckSyncJobResult 返回的 StepInfos[].StepId）。");
        }
        String failing = SyncCheck.JOB.failingStep(jobs.get(request));
        jobs.apply(request, job -> {
            Set<String> skipped = SyncCheck.JOB.skipped(job);
            for (JsonNode id : stepIds) {
                if (!id.asText().equals(failing) || skipped.contains(failing)) {
                    throw ApiError.of(DtsErrors.INVALID_PARAMETER_VALUE_INVALID_PARAMETER_VALUE_ERROR, "Step " + id.asText() + " did not fail in the last check of job "
                                    + jobs.id(request) + "; only its failed step can be skipped: "
                                    + (failing == null || skipped.contains(failing) ? "none" : failing) + ".",
                            "步骤 " + id.asText() + " 在任务最近一次校验中未失败，只能跳过失败的步骤："
                                    + (failing == null || skipped.contains(failing) ? "无" : failing) + "。");
                }
            }
            job.withObjectProperty(SyncCheck.JOB.attribute()).withArrayProperty("SkippedSteps").add(failing);
        });
        return JsonNodeFactory.instance.objectNode();
    }
}
