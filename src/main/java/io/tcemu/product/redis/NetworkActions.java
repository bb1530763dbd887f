package io.tcemu.product.redis;

import io.tcemu.product.Params;
import io.tcemu.api.CommonErrors;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tcemu.api.ApiError;
import io.tcemu.api.ApiRequest;
import io.tcemu.product.ProductActions;
import io.tcemu.lifecycle.LifecycleEngine;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * ModifyNetworkConfig: a Modify Network task for one Operation (changeVip, changeVpc,
 * changeBaseToVpc, changeVPort); answers the network the instance ends up in and the TaskId.
 */
final class NetworkActions {
    private static final Pattern IPV4 = Pattern.compile("((25[0-5]|2[0-4]\\d|1?\\d?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1?\\d?\\d)");

    private final LifecycleEngine engine;
    private final TaskStarter tasks;

    NetworkActions(LifecycleEngine engine, TaskStarter tasks) {
        this.engine = engine;
        this.tasks = tasks;
    }

    void register(ProductActions actions) {
        actions.on("ModifyNetworkConfig", this::modifyNetworkConfig);
    }

    /**
     * ModifyNetworkConfig: a Modify Network task for one Operation (changeVip, changeVpc,
     * changeBaseToVpc, changeVPort); answers the network the instance ends up in and the TaskId.
     */
    private ObjectNode modifyNetworkConfig(ApiRequest request) {
        ObjectNode p = request.params();
        String operation = p.path("Operation").asText();
        Consumer<ObjectNode> change = switch (operation) {
            case "changeVip" -> changeVip(p);
            case "changeVpc" -> changeVpc(p, true);
            case "changeBaseToVpc" -> changeVpc(p, false);
            case "changeVPort" -> changeVPort(p);
            default -> throw ApiError.of(RedisErrors.INVALID_PARAMETER_NOT_SUPPORTED,
                    "Operation must be changeVip, changeVpc, changeBaseToVpc or changeVPort, not " + operation + ".",
                    "Operation 须为 changeVip、changeVpc、changeBaseToVpc 或 changeVPort。");
        };
        TaskStarter.Started started = tasks.start(request, TaskKind.MODIFY_NETWORK, change);
        ObjectNode network = started.instance().attributes();
        return JsonNodeFactory.instance.objectNode()
                .put("Status", true)
                .put("SubnetId", network.path("UniqSubnetId").asText())
                .put("VpcId", network.path("UniqVpcId").asText())
                .put("Vip", network.path("WanIp").asText())
                .put("TaskId", started.taskId());
    }

    private static Consumer<ObjectNode> changeVip(ObjectNode p) {
        String vip = Params.text(p, "Vip");
        if (vip == null || !IPV4.matcher(vip).matches()) {
            throw missing("changeVip needs Vip, the new private IPv4 address.", "changeVip 需要填写 Vip（新的内网 IPv4 地址）。");
        }
        Long port = port(p);
        return a -> {
            a.put("WanIp", vip);
            if (port != null) {
                a.put("Port", port);
            }
        };
    }

    /** changeVpc moves a VPC instance to another VPC or subnet; changeBaseToVpc moves a basic-network instance into one. */
    private Consumer<ObjectNode> changeVpc(ObjectNode p, boolean fromVpc) {
        String vpcId = Params.text(p, "VpcId");
        String subnetId = Params.text(p, "SubnetId");
        if (vpcId == null || subnetId == null) {
            throw missing("changeVpc and changeBaseToVpc need VpcId and SubnetId.", "changeVpc 和 changeBaseToVpc 需要填写 VpcId 和 SubnetId。");
        }
        Network.check(vpcId, subnetId);
        String vip = Params.text(p, "Vip") != null ? Params.text(p, "Vip") : Vips.next(engine);
        return a -> {
            if (a.path("UniqVpcId").asText().isEmpty() == fromVpc) {
                throw ApiError.of(RedisErrors.INVALID_PARAMETER_VALUE_CHECK_NOT_PASS, fromVpc
                                ? "The instance is in the basic network; use changeBaseToVpc to move it into a VPC."
                                : "The instance is already in VPC " + a.path("UniqVpcId").asText() + "; use changeVpc.",
                        fromVpc ? "实例在基础网络中，请使用 changeBaseToVpc。" : "实例已在私有网络中，请使用 changeVpc。");
            }
            a.put("UniqVpcId", vpcId).put("UniqSubnetId", subnetId).put("WanIp", vip);
        };
    }

    private static Consumer<ObjectNode> changeVPort(ObjectNode p) {
        Long port = port(p);
        if (port == null) {
            throw missing("changeVPort needs VPort, the new port.", "changeVPort 需要填写 VPort（新的端口）。");
        }
        return a -> a.put("Port", port);
    }

    private static Long port(ObjectNode p) {
        return p.has("VPort") ? Params.number(p, "VPort", 0) : null;
    }

    private static ApiError missing(String en, String zh) {
        return ApiError.of(CommonErrors.INVALID_PARAMETER, en, zh);
    }
}
