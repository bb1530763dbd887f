package io.tcemu.product.redis;

import io.tcemu.api.Language;

import io.tcemu.lifecycle.LocalizedText;
import java.util.Arrays;

/**
 * The task types of seed 002 (DescribeTaskInfo.TaskType), and a few more named after their codes, each with the action that starts it
 * (the task lifecycle's operation of the same name) and its DescribeTaskList code (task-apis.md B.2).
 */
enum TaskKind {
    CREATE("CreateInstances", "001", new LocalizedText("Create", "新建")),
    CONFIGURE("ModifyInstanceParams", "034", new LocalizedText("Configure", "配置变更")),
    /** A resize is a configuration change too; its code is FLOW_RESIZE. */
    RESIZE("UpgradeInstance", "002", new LocalizedText("Configure", "配置变更")),
    DISABLE_INSTANCE("DestroyPostpaidInstance", "003", new LocalizedText("Disable Instance", "关闭实例")),
    RETURN_INSTANCE("DestroyPrepaidInstance", "003", new LocalizedText("Disable Instance", "关闭实例")),
    /** Not among the seed's types: named after its code, FLOW_STARTUP. */
    ENABLE_INSTANCE("StartupInstance", "005", new LocalizedText("Enable Instance", "启用实例")),
    /** Not among the seed's types: named after its code, FLOW_DELETE. */
    DELETE_INSTANCE("CleanUpInstance", "006", new LocalizedText("Delete Instance", "删除实例")),
    CLEAR_INSTANCE("ClearInstance", "004", new LocalizedText("Clear Instance", "清空实例")),
    RESET_PASSWORD("ResetPassword", "007", new LocalizedText("Reset Password", "重置密码")),
    UPGRADE_VERSION("UpgradeInstanceVersion", "043", new LocalizedText("Upgrade Version", "版本升级")),
    BACK_UP_INSTANCE("ManualBackupInstance", "012", new LocalizedText("Back up Instance", "备份实例")),
    MODIFY_NETWORK("ModifyNetworkConfig", "031", new LocalizedText("Modify Network", "改变网络类型")),
    MIGRATE_TO_NEW_AZ("ModifyInstanceAvailabilityZones", "066", new LocalizedText("Migrate to New AZ", "实例可用区迁移")),
    PROMOTE_TO_MASTER("ChangeReplicaToMaster", "049", new LocalizedText("Promote to Master", "手动提主")),
    /** Not among the seed's types: named after its code, FLOW_RESTOREBACKUP. */
    RESTORE_BACKUP("RestoreInstance", "010", new LocalizedText("Restore Backup", "恢复备份")),
    /** Not among the seed's types: named after its code, FLOW_CODE_CHANGE_INSTANCE_ROLE. */
    CHANGE_INSTANCE_ROLE("ChangeInstanceRole", "057", new LocalizedText("Change Instance Role", "更换实例角色")),
    /** Not among the seed's types: named after its code, FLOW_UPGRADE_SMALL_VERSION. */
    UPGRADE_MINOR_VERSION("UpgradeSmallVersion", "060", new LocalizedText("Upgrade Minor Version", "升级小版本")),
    /** Not among the seed's types: named after its code, FLOW_UPGRADE_PROXY_VERSION. */
    UPGRADE_PROXY_VERSION("UpgradeProxyVersion", "061", new LocalizedText("Upgrade Proxy Version", "升级 Proxy 版本")),
    /** Not among the seed's types: named after its code, FLOW_UPGRADE_SUPPORT_MULTI_AZ. */
    UPGRADE_TO_MULTI_AZ("UpgradeVersionToMultiAvailabilityZones", "047", new LocalizedText("Upgrade to Multi-AZ", "升级多可用区"));

    /** FLOW_MODIFYINSTANCEPASSWORDFREE: ResetPassword switching to password-free. */
    static final String PASSWORD_FREE_CODE = "035";

    final String action;
    final String code;
    private final LocalizedText name;

    TaskKind(String action, String code, LocalizedText name) {
        this.action = action;
        this.code = code;
        this.name = name;
    }

    static TaskKind of(String action) {
        return Arrays.stream(values()).filter(k -> k.action.equals(action)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no Redis task type is started by " + action));
    }

    String name(Language language) {
        return name.in(language);
    }
}
