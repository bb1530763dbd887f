package io.tcemu.product.dts;

import io.tcemu.product.ProductActions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tcemu.api.ApiError;
import io.tcemu.api.ApiRequest;
import io.tcemu.lifecycle.LifecycleEngine;
import io.tcemu.lifecycle.Resource;
import io.tcemu.product.ResourceViews;
import io.tcemu.product.Scopes;
import io.tcemu.product.WireTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The 20 migration job actions of DTS 2021-12-06, and DescribeMigrateDBInstances. Each maps to an
 * operation of the lifecycle file lifecycle-migrate-job.json (which decides where it is allowed and
 * what follows) or to a read, and shapes the response with the spec's output members.
 */
final class MigrationActions {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final MigrationJobs jobs;
    private final MigrationJobView view;
    private final ResourceViews items;

    MigrationActions(LifecycleEngine engine) {
        this.jobs = new MigrationJobs(engine);
        this.view = new MigrationJobView(jobs);
        this.items = new ResourceViews(view::item);
    }

    void register(ProductActions actions) {
        actions.on("CreateMigrationService", new MigrationPurchase(jobs)::handle);
        actions.on("DescribeMigrationJobs", this::describeJobs);
        actions.on("DescribeMigrateDBInstances", new MigrationInstances(jobs)::handle);
        actions.on("DescribeMigrationDetail", request -> view.detail(jobs.get(request)));
        actions.on("DescribeMigrationCheckJob", request -> CheckReport.of(jobs.get(request), jobs).describe());
        actions.on("ModifyMigrationJob", this::configure);
        actions.on("CreateMigrateCheckJob", this::check);
        actions.on("SkipCheckItem", this::skipCheckItems);
        actions.on("ModifyMigrateName", this::rename);
        actions.on("ModifyMigrateRateLimit", this::limitRate);
        actions.on("ModifyMigrateRuntimeAttribute", this::setRuntimeAttributes);
        actions.on("ModifyMigrateJobSpec", this::resize);
        actions.on("ResumeMigrateJob", this::resume);
        actions.on("CompleteMigrateJob", this::complete);
        actions.on("IsolateMigrateJob", this::isolate);
        actions.on("RecoverMigrateJob", this::recover);
        actions.on("DestroyMigrateJob", this::destroy);
        for (String action : List.of("StartMigrateJob", "StopMigrateJob", "PauseMigrateJob", "ContinueMigrateJob")) {
            actions.on(action, request -> done(jobs.apply(request, action)));
        }
    }

    /** The actions that answer nothing but their RequestId. */
    private static ObjectNode done(Resource ignored) {
        return NODES.objectNode();
    }

    private ObjectNode describeJobs(ApiRequest request) {
        LifecycleEngine.Page page = jobs.query(MigrationJobQuery.of(request.params(), Scopes.of(request)));
        ObjectNode response = NODES.objectNode().put("TotalCount", page.total());
        ArrayNode list = response.putArray("JobList");
        page.items().forEach(job -> list.add(items.of(job)));
        return response;
    }

    private ObjectNode configure(ApiRequest request) {
        return done(jobs.apply(request, "ModifyMigrationJob", MigrationConfiguration.of(request.params())));
    }

    /** Each check starts with no item skipped; the lifecycle refuses a job not configured yet. */
    private ObjectNode check(ApiRequest request) {
        return done(jobs.apply(request, MigrationJobs.CHECK, job -> job.remove(CheckReport.SKIPPED_ATTRIBUTE)));
    }

    /** Skips items of a check that did not pass; only items that failed can be skipped. */
    private ObjectNode skipCheckItems(ApiRequest request) {
        List<String> failed = CheckReport.of(jobs.get(request), jobs).failedSteps();
        List<String> stepIds = new ArrayList<>();
        request.params().path("StepIds").forEach(id -> stepIds.add(id.asText()));
        // a check that did not fail has nothing to skip: the lifecycle refuses that with its own code
        if (!failed.isEmpty() && (stepIds.isEmpty() || !failed.containsAll(stepIds))) {
            throw ApiError.of(DtsErrors.INVALID_PARAMETER_VALUE_INVALID_PARAMETER_VALUE_ERROR,
                    "StepIds must name check items that failed: " + failed + ", not " + stepIds + ".",
                    "StepIds 须为失败的校验项：" + failed + "，当前为 " + stepIds + "。");
        }
        jobs.apply(request, "SkipCheckItem", job -> stepIds.forEach(job.putArray(CheckReport.SKIPPED_ATTRIBUTE)::add));
        return NODES.objectNode().put("Message", "skip item successfully");
    }

    private ObjectNode rename(ApiRequest request) {
        String name = MigrationConfiguration.jobName(request.params().path("JobName").asText());
        return done(jobs.apply(request, "ModifyMigrateName", job -> job.put("JobName", name)));
    }

    private ObjectNode limitRate(ApiRequest request) {
        ObjectNode limits = MigrationRateLimit.requested(request.params());
        return done(jobs.apply(request, "ModifyMigrateRateLimit", job -> MigrationRateLimit.apply(job, limits)));
    }

    /** Runtime attributes join MigrateOption.ExtraAttr, replacing a value of the same key. */
    private ObjectNode setRuntimeAttributes(ApiRequest request) {
        Map<String, String> options = new LinkedHashMap<>();
        for (JsonNode option : request.params().path("OtherOptions")) {
            if (option.path("Key").asText("").isEmpty()) {
                throw ApiError.of(DtsErrors.INVALID_PARAMETER_INVALID_PARAMETER_ERROR, "Every OtherOptions entry needs a Key.",
                        "OtherOptions 的每一项都需要 Key。");
            }
            options.put(option.get("Key").asText(), option.path("Value").asText(""));
        }
        return done(jobs.apply(request, "ModifyMigrateRuntimeAttribute", job -> {
            ObjectNode migrateOption = job.has("MigrateOption") ? (ObjectNode) job.get("MigrateOption") : job.putObject("MigrateOption");
            ArrayNode extra = NODES.arrayNode();
            migrateOption.path("ExtraAttr").forEach(kv -> {
                if (!options.containsKey(kv.path("Key").asText())) {
                    extra.add(kv);
                }
            });
            options.forEach((key, value) -> extra.addObject().put("Key", key).put("Value", value));
            migrateOption.set("ExtraAttr", extra);
        }));
    }

    /** The new class shows at once; TradeStatus is resizing until the change takes effect. */
    private ObjectNode resize(ApiRequest request) {
        String instanceClass = request.params().path("NewInstanceClass").asText();
        return done(jobs.apply(request, "ModifyMigrateJobSpec",
                job -> ((ObjectNode) job.get("TradeInfo")).put("InstanceClass", instanceClass)));
    }

    /** ResumeOption: overwrite is for Redis, normal for everything else, clearData for both. */
    private ObjectNode resume(ApiRequest request) {
        String option = request.params().path("ResumeOption").asText("");
        return done(jobs.apply(request, "ResumeMigrateJob", job -> {
            boolean redis = job.path("SrcInfo").path("DatabaseType").asText().equals("redis");
            if (!option.isEmpty() && !option.equals("clearData") && !option.equals(redis ? "overwrite" : "normal")) {
                String allowed = redis ? "clearData or overwrite" : "clearData or normal";
                throw ApiError.of(DtsErrors.INVALID_PARAMETER_VALUE_INVALID_PARAMETER_VALUE,
                        "ResumeOption for this job must be " + allowed + ", not " + option + ".",
                        "此任务的 ResumeOption 取值为 " + allowed + "，当前为 " + option + "。");
            }
        }));
    }

    /** CompleteMode (constraints.json) changes nothing tcemu shows: there is no data to wait for. */
    private ObjectNode complete(ApiRequest request) {
        return done(jobs.apply(request, "CompleteMigrateJob"));
    }

    /** Recorded as a manual isolation, which is what RecoverMigrateJob may undo. */
    private ObjectNode isolate(ApiRequest request) {
        String now = WireTime.format(jobs.now());
        return done(jobs.apply(request, "IsolateMigrateJob",
                job -> ((ObjectNode) job.get("TradeInfo")).put("IsolateReason", "user_isolate").put("IsolateTime", now)));
    }

    private ObjectNode recover(ApiRequest request) {
        return done(jobs.apply(request, "RecoverMigrateJob",
                job -> ((ObjectNode) job.get("TradeInfo")).put("IsolateReason", "").put("IsolateTime", WireTime.ZERO)));
    }

    private ObjectNode destroy(ApiRequest request) {
        String now = WireTime.format(jobs.now());
        return done(jobs.apply(request, "DestroyMigrateJob",
                job -> ((ObjectNode) job.get("TradeInfo")).put("OfflineReason", "user_offline").put("OfflineTime", now)));
    }
}
