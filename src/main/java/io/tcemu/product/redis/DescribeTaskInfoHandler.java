package io.tcemu.product.redis;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tcemu.api.ActionHandler;
import io.tcemu.api.ApiError;
import io.tcemu.api.ApiRequest;
import io.tcemu.lifecycle.LifecycleEngine;
import io.tcemu.lifecycle.Resource;
import java.util.List;

/**
 * DescribeTaskInfo: one task by its TaskId, in any region of the caller's account (the action
 * takes no region). Unknown: InvalidParameter.InvalidParameter; another account's:
 * InvalidParameter.PermissionDenied, as documented.
 */
record DescribeTaskInfoHandler(LifecycleEngine engine) implements ActionHandler {

    @Override
    public ObjectNode handle(ApiRequest request) {
        String taskId = request.params().path("TaskId").asText();
        List<Resource> found = engine.findAll(RedisResources.TASK, taskId);
        if (found.isEmpty()) {
            throw ApiError.of("InvalidParameter.InvalidParameter", "No task has TaskId " + taskId
                            + "; use a TaskId an action returned, or find one with DescribeTaskList.",
                    "不存在 TaskId 为 " + taskId + " 的任务；请使用接口返回的 TaskId，或通过 DescribeTaskList 查询。");
        }
        Resource task = found.stream().filter(t -> t.key().scope().account().equals(request.account().id()))
                .findFirst()
                .orElseThrow(() -> ApiError.of("InvalidParameter.PermissionDenied",
                        "Task " + taskId + " belongs to another account; this account may not read it.",
                        "任务 " + taskId + " 属于其他账号，当前账号无权查询。"));
        return TaskView.info(task, request.language());
    }
}
