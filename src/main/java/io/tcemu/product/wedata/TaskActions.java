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
import io.tcemu.product.Paging;
import io.tcemu.product.ResourceViews;
import io.tcemu.product.WireTime;
import io.tcemu.store.ResourceKey;
import io.tcemu.store.Scope;
import java.util.List;
import java.util.UUID;

/** Creating, reading, submitting and deleting real-time integration tasks. */
final class TaskActions {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final int MAX_PAGE_SIZE = 100;

    private final LifecycleEngine engine;
    private final TaskOperations operations;
    private final WedataSettings settings;
    private final ResourceViews views = new ResourceViews(TaskInfoView::of, TaskRun::counting);

    TaskActions(LifecycleEngine engine, TaskOperations operations, WedataSettings settings) {
        this.engine = engine;
        this.operations = operations;
        this.settings = settings;
    }

    void register(ProductActions actions) {
        actions.on("CreateIntegrationTask", this::create)
                .on("DescribeIntegrationTask", this::describe)
                .on("DescribeIntegrationTasks", this::describeList)
                .on("CommitIntegrationTask", this::commit)
                .on("DeleteIntegrationTask", this::delete);
    }

    /** A new task, in development (Status 0) until it is committed. */
    private ObjectNode create(ApiRequest request) {
        Scope scope = WedataParams.scope(request);
        JsonNode given = request.params().path("TaskInfo");
        if (given.path("TaskName").asText("").isBlank()) {
            throw ApiError.of(CommonErrors.MISSING_PARAMETER, "TaskInfo.TaskName is required: name the task.",
                    "缺少参数 TaskInfo.TaskName：请为任务命名。");
        }
        WedataParams.requireRealTime(given, "TaskType");
        WriteMode writeMode = WriteMode.of(given);
        ObjectNode taskInfo = (ObjectNode) given.deepCopy();
        taskInfo.remove(TaskInfoView.OWNED);
        if (taskInfo.path("ExecutorId").asText("").isBlank() && !settings.resourceGroups().isEmpty()) {
            taskInfo.put("ExecutorId", settings.resourceGroups().get(0));
        }
        String account = request.account().id();
        for (String uin : List.of("CreatorUin", "OwnerUin", "OperatorUin")) {
            if (taskInfo.path(uin).asText("").isBlank()) {
                taskInfo.put(uin, account);
            }
        }
        String now = WireTime.format(engine.clock().now());
        ObjectNode attributes = JSON.objectNode();
        attributes.set("TaskInfo", taskInfo);
        attributes.put(WriteMode.ATTRIBUTE, writeMode.wire()).put("CreateTime", now).put("UpdateTime", now);
        String id = "r" + UUID.randomUUID();
        engine.create(WedataParams.task(scope, id), attributes);
        return JSON.objectNode().put("TaskId", id);
    }

    private ObjectNode describe(ApiRequest request) {
        WedataParams.requireRealTime(request.params(), "TaskType");
        Resource task = engine.get(WedataParams.task(request));
        ObjectNode out = JSON.objectNode();
        out.set("TaskInfo", TaskInfoView.of(task));
        JsonNode version = task.attributes().path("TaskVersion");
        if (version.isObject()) {
            out.set("TaskVersion", version);
        }
        out.putArray("TaskVersionList");
        return out;
    }

    private ObjectNode describeList(ApiRequest request) {
        WedataParams.requireRealTime(request.params(), "TaskType");
        Scope scope = WedataParams.scope(request);
        Paging paging = Paging.ofPages(request.params(), MAX_PAGE_SIZE);
        LifecycleEngine.Page tasks = engine.query(TaskQuery.of(request.params(), scope, engine.catalog(), paging));
        ObjectNode out = JSON.objectNode().put("TotalCount", tasks.total());
        ArrayNode page = out.putArray("TaskInfoSet");
        tasks.items().forEach(task -> page.add(views.of(task)));
        return out;
    }

    /**
     * CommitType 0 submits a version; 1 submits and then starts as StartIntegrationTask does (if the
     * start is refused, the version stays submitted). 2 to 4 act on a running job and are not emulated.
     */
    private ObjectNode commit(ApiRequest request) {
        ObjectNode params = request.params();
        WedataParams.requireRealTime(params, "TaskType");
        long commitType = params.path("CommitType").asLong(0);
        if (commitType > 1) {
            throw ApiError.of(CommonErrors.UNSUPPORTED_OPERATION, "CommitType " + commitType + " (restarting or continuing an online"
                            + " job with the new version) is not emulated; commit with 0 or 1, or stop, commit and start.",
                    "CommitType " + commitType + "（以新版本重启或继续线上作业）未被模拟；请使用 0 或 1。");
        }
        ResourceKey key = WedataParams.task(request);
        operations.commit(key, request.account().id(), params.path("VersionDesc").asText(""));
        if (commitType == 1) {
            operations.start(key);
        }
        return JSON.objectNode().put("Data", true);
    }

    /** A running or suspended task is not deleted: Data false, DeleteFlag 100, as the API documents. */
    private ObjectNode delete(ApiRequest request) {
        try {
            operations.delete(WedataParams.task(request));
            return JSON.objectNode().put("Data", true).put("DeleteFlag", 0);
        } catch (ApiError refused) {
            if (!refused.code().equals(WedataErrors.OPERATION_DENIED)) {
                throw refused;
            }
            return JSON.objectNode().put("Data", false).put("DeleteFlag", 100)
                    .put("DeleteErrInfo", refused.message(request.language()));
        }
    }
}
