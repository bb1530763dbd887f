package io.tcemu.product.redis;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tcemu.api.ActionHandler;
import io.tcemu.api.ApiError;
import io.tcemu.api.ApiRequest;

/** ModifyInstanceAvailabilityZones: a Migrate to New AZ task; the master node's zone becomes the instance's ZoneId. */
record ModifyInstanceAvailabilityZonesHandler(TaskStarter tasks) implements ActionHandler {

    @Override
    public ObjectNode handle(ApiRequest request) {
        long switchOption = Params.number(request.params(), "SwitchOption", 0);
        if (switchOption != 1 && switchOption != 2) {
            throw ApiError.of("InvalidParameter.InvalidParameter", "SwitchOption must be 1 (maintenance window) or 2 (now), not " + switchOption + ".",
                    "SwitchOption 须为 1（维护时间窗切换）或 2（立即切换）。");
        }
        JsonNode nodes = request.params().path("NodeSet");
        JsonNode master = null;
        int masters = 0;
        for (JsonNode node : nodes) {
            if (node.path("NodeType").asLong() == 0) {
                master = node;
                masters++;
            }
        }
        if (masters != 1 || master.path("ZoneId").asLong() == 0) {
            throw ApiError.of("InvalidParameterValue.CheckNotPass",
                    "NodeSet must hold exactly one master node (NodeType 0) with its ZoneId, and the replicas (NodeType 1).",
                    "NodeSet 须包含且仅包含一个带 ZoneId 的主节点（NodeType 0），以及副本节点（NodeType 1）。");
        }
        long zoneId = master.path("ZoneId").asLong();
        TaskStarter.Started started = tasks.start(request, TaskKind.MIGRATE_TO_NEW_AZ, a -> {
            a.put("ZoneId", zoneId);
            a.set("NodeSet", nodes.deepCopy());
        });
        return JsonNodeFactory.instance.objectNode().put("TaskId", started.taskId());
    }
}
