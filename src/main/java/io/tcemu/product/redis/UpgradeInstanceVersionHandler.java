package io.tcemu.product.redis;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tcemu.api.ActionHandler;
import io.tcemu.api.ApiError;
import io.tcemu.api.ApiRequest;

/**
 * UpgradeInstanceVersion: an Upgrade Version task to TargetInstanceType. Like the real action it
 * answers an order (DealId, DealName), not a TaskId: find the task with DescribeTaskList
 * (TaskTypes ["043"]).
 */
record UpgradeInstanceVersionHandler(TaskStarter tasks, Deals deals) implements ActionHandler {

    @Override
    public ObjectNode handle(ApiRequest request) {
        String targetText = request.params().path("TargetInstanceType").asText();
        InstanceType target = parse(targetText);
        long switchOption = Params.number(request.params(), "SwitchOption", 0);
        if (switchOption != 1 && switchOption != 2) {
            throw ApiError.of("InvalidParameterValue", "SwitchOption must be 1 (maintenance window) or 2 (now), not " + switchOption + ".",
                    "SwitchOption 须为 1（维护时间窗切换）或 2（立即切换）。");
        }
        tasks.start(request, TaskKind.UPGRADE_VERSION, a -> {
            InstanceType current = InstanceType.of(a.path("Type").asLong()).orElseThrow();
            if (!current.canUpgradeTo(target)) {
                throw ApiError.of("InvalidParameterValue.UnSupportedType", "TypeId " + current.id() + " (" + current.engine() + " "
                                + current.version() + ", " + current.productType() + ") cannot become " + target.id() + " (" + target.engine() + " "
                                + target.version() + ", " + target.productType() + "): only a higher version of the same engine, or standard"
                                + " to cluster architecture of the same version, and never from Redis 2.8 or CKV.",
                        "实例类型 " + current.id() + " 不能升级为 " + target.id() + "：仅支持同引擎升级到更高版本，或同版本由标准架构升级为集群架构。");
            }
            a.put("Type", target.id());
        });
        return deals.next(JsonNodeFactory.instance.objectNode());
    }

    private static InstanceType parse(String text) {
        try {
            return InstanceType.of(Long.parseLong(text)).orElseThrow(NumberFormatException::new);
        } catch (NumberFormatException e) {
            throw ApiError.of("InvalidParameterValue.InvalidInstanceTypeId", "TargetInstanceType must be a TypeId, one of "
                    + InstanceType.known() + ", not " + text + ".", "TargetInstanceType 须为 " + InstanceType.known() + " 之一。");
        }
    }
}
