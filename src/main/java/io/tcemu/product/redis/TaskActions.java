package io.tcemu.product.redis;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tcemu.api.ApiError;
import io.tcemu.api.ApiRequest;
import io.tcemu.product.ProductActions;
import io.tcemu.lifecycle.LifecycleEngine;
import io.tcemu.lifecycle.Resource;
import io.tcemu.product.Paging;
import io.tcemu.product.Scopes;
import java.util.List;

/** The task reads: DescribeTaskInfo and DescribeTaskList. */
final class TaskActions {

    private final LifecycleEngine engine;

    TaskActions(LifecycleEngine engine) {
        this.engine = engine;
    }

    void register(ProductActions actions) {
        actions.on("DescribeTaskInfo", this::describeTaskInfo);
        actions.on("DescribeTaskList", this::describeTaskList);
    }

    /**
     * DescribeTaskInfo: one task by its TaskId, in any region of the caller's account (the action
     * takes no region). Unknown: InvalidParameter.InvalidParameter; another account's:
     * InvalidParameter.PermissionDenied, as documented.
     */
    private ObjectNode describeTaskInfo(ApiRequest request) {
        String taskId = request.params().path("TaskId").asText();
        List<Resource> found = engine.findAll(RedisResources.TASK, taskId);
        if (found.isEmpty()) {
            throw ApiError.of(RedisErrors.INVALID_PARAMETER_INVALID_PARAMETER, "No task has TaskId " + taskId
                            + "; use a TaskId an action returned, or find one with DescribeTaskList.",
                    "不存在 TaskId 为 " + taskId + " 的任务；请使用接口返回的 TaskId，或通过 DescribeTaskList 查询。");
        }
        Resource task = found.stream().filter(t -> t.key().scope().account().equals(request.account().id()))
                .findFirst()
                .orElseThrow(() -> ApiError.of(RedisErrors.INVALID_PARAMETER_PERMISSION_DENIED,
                        "Task " + taskId + " belongs to another account; this account may not read it.",
                        "任务 " + taskId + " 属于其他账号，当前账号无权查询。"));
        return TaskView.info(task, request.language());
    }

    /** DescribeTaskList: the tasks of the caller's account and region, newest first, filtered and paged. */
    private ObjectNode describeTaskList(ApiRequest request) {
        Paging paging = Pages.of(request.params(), 20, 100);
        LifecycleEngine.Page page = engine.query(TaskQuery.of(request.params(), Scopes.of(request), engine.clock().now(), engine.catalog(), paging));
        return Pages.answer(page, "Tasks", TaskView::detail);
    }
}
