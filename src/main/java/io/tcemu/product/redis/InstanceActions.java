package io.tcemu.product.redis;

import io.tcemu.product.Params;
import io.tcemu.api.CommonErrors;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tcemu.api.ActionHandler;
import io.tcemu.api.ApiError;
import io.tcemu.api.ApiRequest;
import io.tcemu.product.ProductActions;
import io.tcemu.lifecycle.LifecycleEngine;
import io.tcemu.product.Paging;
import io.tcemu.product.ResourceIds;
import io.tcemu.product.Scopes;
import java.time.Instant;
import java.util.regex.Pattern;

/**
 * The instance actions: each starts a task of lifecycle redis.Task on an instance of
 * redis.Instance (or, for CreateInstances, creates the instance with its Create task), and
 * DescribeInstances reads them.
 */
final class InstanceActions {
    private static final int MAX_LENGTH = 32;
    private static final Pattern REPLICATION_GROUP_ID = Pattern.compile("crs-rpl-[a-z0-9]{8}");

    private final LifecycleEngine engine;
    private final TaskStarter tasks;
    private final Deals deals;

    InstanceActions(LifecycleEngine engine, TaskStarter tasks, Deals deals) {
        this.engine = engine;
        this.tasks = tasks;
        this.deals = deals;
    }

    void register(ProductActions actions) {
        actions.on("CreateInstances", this::createInstances);
        actions.on("DescribeInstances", this::describeInstances);
        actions.on("ClearInstance", this::clearInstance);
        actions.on("ResetPassword", this::resetPassword);
        actions.on("UpgradeInstanceVersion", this::upgradeInstanceVersion);
        actions.on("ModifyInstanceAvailabilityZones", this::modifyInstanceAvailabilityZones);
        actions.on("DestroyPostpaidInstance", startsTask(TaskKind.DISABLE_INSTANCE));
        actions.on("StartupInstance", startsTask(TaskKind.ENABLE_INSTANCE));
        actions.on("CleanUpInstance", startsTask(TaskKind.DELETE_INSTANCE));
        actions.on("ChangeReplicaToMaster", startsTask(TaskKind.PROMOTE_TO_MASTER));
        actions.on("ChangeInstanceRole", this::changeInstanceRole);
    }

    /**
     * CreateInstances: GoodsNum instances in Status 0, each with its Create task, to be running when
     * the task succeeds; answers the order (DealId, deprecated but still sent, and DealName) and the ids.
     */
    private ObjectNode createInstances(ApiRequest request) {
        InstanceOrder order = InstanceOrder.from(request.params());
        if (Params.flag(request.params(), "DryRun")) {
            throw ApiError.of(CommonErrors.DRY_RUN_OPERATION, "The request is valid; DryRun is set, so no instance was created.",
                    "请求校验通过；已设置 DryRun，未创建实例。");
        }
        ObjectNode response = deals.next(JsonNodeFactory.instance.objectNode());
        ArrayNode ids = response.putArray("InstanceIds");
        Instant now = engine.clock().now();
        for (int i = 0; i < order.goodsNum(); i++) {
            String id = ResourceIds.next("crs-", 8);
            long taskId = tasks.nextTaskId();
            tasks.createWithTask(request, RedisResources.instance(request, id), order.attributes(id, Vips.next(engine), now),
                    taskId);
            ids.add(id);
        }
        return response;
    }

    /** DescribeInstances: the caller's instances in the region, filtered, ordered (newest first by default) and paged. */
    private ObjectNode describeInstances(ApiRequest request) {
        Paging paging = Pages.of(request.params(), 20, 1000);
        LifecycleEngine.Page page = engine.query(InstanceQuery.of(request.params(), Scopes.of(request), engine.catalog(), paging));
        return Pages.answer(page, "InstanceSet", instance -> InstanceView.of(instance, request.language()));
    }

    /** ClearInstance: a Clear Instance task, given the instance's password unless it is password-free; it empties the data. */
    private ObjectNode clearInstance(ApiRequest request) {
        String password = Params.text(request.params(), "Password");
        TaskStarter.Started started = tasks.start(request, TaskKind.CLEAR_INSTANCE, a -> {
            checkPassword(a, password, RedisErrors.INVALID_PARAMETER_VALUE_PASSWORD_EMPTY);
            a.put("SizeUsed", 0.0);
        });
        return JsonNodeFactory.instance.objectNode().put("TaskId", started.taskId());
    }

    /**
     * The instance's password, unless it is password-free, as ClearInstance and RestoreInstance need
     * it: {@code missingCode} (each action documents its own) when absent, PasswordError when wrong.
     */
    static void checkPassword(ObjectNode a, String password, String missingCode) {
        if (a.path("NoAuth").asBoolean()) {
            return;
        }
        if (password == null) {
            throw ApiError.of(missingCode, "This action needs the instance's password; send Password.",
                    "该操作需要实例的访问密码，请填写 Password。");
        }
        if (!password.equals(a.path("Password").asText())) {
            throw ApiError.of(RedisErrors.INVALID_PARAMETER_VALUE_PASSWORD_ERROR, "The password is not this instance's password.",
                    "密码与实例访问密码不一致。");
        }
    }

    /**
     * ResetPassword: a Reset Password task that sets a new password (8-32 characters, as the action
     * documents) or, with NoAuth, makes a VPC instance password-free (task code 035).
     */
    private ObjectNode resetPassword(ApiRequest request) {
        boolean noAuth = Params.flag(request.params(), "NoAuth");
        String password = Params.text(request.params(), "Password");
        String code = noAuth ? TaskKind.PASSWORD_FREE_CODE : TaskKind.RESET_PASSWORD.code;
        TaskStarter.Started started = tasks.start(request, TaskKind.RESET_PASSWORD, code, a -> {
            if (noAuth) {
                Network.checkPasswordFree(a.path("UniqVpcId").asText());
                a.put("NoAuth", true).putNull("Password");
            } else {
                boolean ckv = InstanceType.of(a.path("Type").asLong()).map(InstanceType::ckv).orElse(false);
                Passwords.checkRule(password, ckv, MAX_LENGTH);
                a.put("NoAuth", false).put("Password", password);
            }
        });
        return JsonNodeFactory.instance.objectNode().put("TaskId", started.taskId());
    }

    /**
     * UpgradeInstanceVersion: an Upgrade Version task to TargetInstanceType. Like the real action it
     * answers an order (DealId, DealName), not a TaskId: find the task with DescribeTaskList
     * (TaskTypes ["043"]).
     */
    private ObjectNode upgradeInstanceVersion(ApiRequest request) {
        String targetText = request.params().path("TargetInstanceType").asText();
        InstanceType target = parse(targetText);
        tasks.start(request, TaskKind.UPGRADE_VERSION, a -> {
            InstanceType current = InstanceType.of(a.path("Type").asLong()).orElseThrow();
            if (!current.canUpgradeTo(target)) {
                throw ApiError.of(RedisErrors.INVALID_PARAMETER_VALUE_UN_SUPPORTED_TYPE, "TypeId " + current.id() + " (" + current.engine() + " "
                                + current.version() + ", " + current.productType() + ") cannot become " + target.id() + " (" + target.engine() + " "
                                + target.version() + ", " + target.productType() + "): only a higher version of the same engine, or standard"
                                + " to cluster architecture of the same version, and never from Redis 2.8 or CKV.",
                        "实例类型 " + current.id() + " 不能升级为 " + target.id() + "：仅支持同引擎升级到更高版本，或同版本由标准架构升级为集群架构。");
            }
            a.put("Type", target.id());
            // a kernel version UpgradeSmallVersion set belongs to the old engine version
            a.remove("CurrentRedisVersion");
        });
        return deals.next(JsonNodeFactory.instance.objectNode());
    }

    /** ModifyInstanceAvailabilityZones: a Migrate to New AZ task; the master node's zone becomes the instance's ZoneId. */
    private ObjectNode modifyInstanceAvailabilityZones(ApiRequest request) {
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
            throw ApiError.of(RedisErrors.INVALID_PARAMETER_VALUE_CHECK_NOT_PASS,
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

    /**
     * ChangeInstanceRole: a Change Instance Role task making the instance writable (rw) or read-only
     * (r) in its global replication group. tcemu keeps no replication groups, so it checks GroupId's
     * form only, and no answer shows the role.
     */
    private ObjectNode changeInstanceRole(ApiRequest request) {
        String groupId = request.params().path("GroupId").asText();
        if (!REPLICATION_GROUP_ID.matcher(groupId).matches()) {
            throw ApiError.of(RedisErrors.INVALID_PARAMETER_VALUE_REPLICATION_GROUP_NOT_EXISTS, "GroupId must name a replication group,"
                            + " crs-rpl- and 8 lowercase letters or digits, not `" + groupId + "`.",
                    "GroupId 须为复制组 ID（crs-rpl- 加 8 位小写字母或数字），当前为 `" + groupId + "`。");
        }
        return startsTask(TaskKind.CHANGE_INSTANCE_ROLE).handle(request);
    }

    private static InstanceType parse(String text) {
        try {
            return InstanceType.of(Long.parseLong(text)).orElseThrow(NumberFormatException::new);
        } catch (NumberFormatException e) {
            throw ApiError.of(RedisErrors.INVALID_PARAMETER_VALUE_INVALID_INSTANCE_TYPE_ID, "TargetInstanceType must be a TypeId, one of "
                    + InstanceType.known() + ", not " + text + ".", "TargetInstanceType 须为 " + InstanceType.known() + " 之一。");
        }
    }

    /** An action whose only effect is its task: answers the TaskId. */
    private ActionHandler startsTask(TaskKind kind) {
        return request -> JsonNodeFactory.instance.objectNode()
                .put("TaskId", tasks.start(request, kind, attributes -> { }).taskId());
    }
}
