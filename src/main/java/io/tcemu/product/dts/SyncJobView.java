package io.tcemu.product.dts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tcemu.api.Secrets;
import io.tcemu.lifecycle.Resource;
import io.tcemu.lifecycle.StepProgress;
import io.tcemu.product.WireTime;


/** One SyncJobInfo of DescribeSyncJobs, every member present; secrets sent with the endpoints are not shown back. */
final class SyncJobView {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private SyncJobView() {
    }

    static ObjectNode of(Resource job, SyncJobs jobs) {
        ObjectNode a = job.attributes();
        ObjectNode info = NODES.objectNode()
                .put("JobId", job.id())
                .put("JobName", a.path("JobName").asText(""))
                .put("PayMode", a.path("PayMode").asText())
                .put("RunMode", a.path("RunMode").asText("Immediate"))
                .put("ExpectRunTime", a.path("ExpectRunTime").asText(WireTime.ZERO));
        SyncActionWords.ALL.forEach(info.putArray("AllActions")::add);
        SyncActionWords.allowed(job.allowedOperations()).forEach(info.putArray("Actions")::add);
        info.set("Options", options(a));
        info.set("Objects", object(a, "Objects"));
        info.put("Specification", a.path("Specification").asText(""))
                .put("ExpireTime", a.path("ExpireTime").asText(WireTime.ZERO));
        endpoint(info, a, "Src");
        endpoint(info, a, "Dst");
        info.put("CreateTime", WireTime.format(job.createdAt()))
                .put("StartTime", a.path("StartTime").asText(WireTime.ZERO))
                .put("Status", job.state("Status"))
                .put("EndTime", DtsStates.SYNC_ENDED.contains(job) ? WireTime.format(job.since().get("Status")) : WireTime.ZERO);
        info.set("Tags", a.path("Tags").isArray() ? a.get("Tags") : NODES.arrayNode());
        info.set("Detail", SyncRunDetail.of(job, jobs));
        return info.put("TradeStatus", job.state("TradeStatus"))
                .put("InstanceClass", a.path("InstanceClass").asText())
                .put("AutoRenew", a.path("AutoRenew").asLong())
                .put("OfflineTime", WireTime.ZERO)
                .put("OptObjStatus", job.state("OptObjStatus"))
                .put("AutoRetryTimeRangeMinutes", a.path("AutoRetryTimeRangeMinutes").asLong(0))
                .put("DumperResumeCtrl", dumping(job, jobs) ? "no" : "yes");
    }

    /** Region, database type, access type, endpoint(s) and node type of one side. */
    private static void endpoint(ObjectNode info, ObjectNode a, String side) {
        info.put(side + "Region", a.path(side + "Region").asText(""))
                .put(side + "DatabaseType", a.path(side + "DatabaseType").asText(""))
                .put(side + "AccessType", a.path(side + "AccessType").asText(""));
        info.set(side + "Info", Secrets.masked(object(a, side + "Info")));
        info.put(side + "NodeType", a.path(side + "NodeType").asText(""));
        info.set(side + "Infos", Secrets.masked(object(a, side + "Infos")));
    }

    private static ObjectNode options(ObjectNode a) {
        ObjectNode options = object(a, "Options");
        if (!options.path("RateLimitOption").isObject()) {
            options.set("RateLimitOption", SyncRateLimit.defaults());
        }
        return options;
    }

    private static ObjectNode object(JsonNode a, String name) {
        JsonNode value = a.path(name);
        return value.isObject() ? (ObjectNode) value.deepCopy() : NODES.objectNode();
    }

    /** The full export cannot resume where it stopped, so DumperResumeCtrl is no while it runs. */
    private static boolean dumping(Resource job, SyncJobs jobs) {
        return SyncRunDetail.running(job, jobs)
                .map(p -> p.steps().get(p.currentStep() - 1))
                .filter(s -> s.id().equals("dumper") && s.state() == StepProgress.StepState.RUNNING)
                .isPresent();
    }
}
