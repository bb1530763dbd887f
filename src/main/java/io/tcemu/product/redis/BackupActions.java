package io.tcemu.product.redis;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tcemu.api.ApiError;
import io.tcemu.api.ApiRequest;
import io.tcemu.lifecycle.LifecycleEngine;
import io.tcemu.lifecycle.Resource;
import io.tcemu.product.Paging;
import io.tcemu.product.Params;
import io.tcemu.product.ProductActions;
import io.tcemu.product.Scopes;
import io.tcemu.product.WireTime;
import io.tcemu.store.ResourceKey;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Backups (lifecycle redis.Backup): ManualBackupInstance makes one with its task, holding the
 * instance's data, password and specification as they were; the Describe actions read them and
 * RestoreInstance puts one back through a Restore Backup task.
 */
final class BackupActions {
    private static final String RESTORE = "RestoreInstance";
    /** What a backup keeps of its instance, under the instance's attribute names. */
    private static final List<String> KEPT = List.of("InstanceName", "Type", "RedisShardSize", "RedisShardNum", "RedisReplicasNum",
            "SizeUsed", "Password", "NoAuth");

    private final LifecycleEngine engine;
    private final TaskStarter tasks;

    BackupActions(LifecycleEngine engine, TaskStarter tasks) {
        this.engine = engine;
        this.tasks = tasks;
    }

    void register(ProductActions actions) {
        actions.on("ManualBackupInstance", this::manualBackupInstance);
        actions.on("DescribeInstanceBackups", this::describeInstanceBackups);
        actions.on("DescribeBackupDetail", request -> BackupView.detail(backupOf(request)));
        actions.on("DescribeBackupUrl", this::describeBackupUrl);
        actions.on(RESTORE, this::restoreInstance);
    }

    /** A Back up Instance task and the backup it makes, usable once the task succeeds; StorageDays (default 7) 0 keeps it. */
    private ObjectNode manualBackupInstance(ApiRequest request) {
        long storageDays = Params.number(request.params(), "StorageDays", 7); // [0, 1825] by constraints.json
        TaskStarter.Started started = tasks.start(request, TaskKind.BACK_UP_INSTANCE, a -> { });
        Instant now = engine.clock().now();
        ObjectNode backup = JsonNodeFactory.instance.objectNode()
                .put("InstanceId", started.instance().id())
                .put("Remark", request.params().path("Remark").asText(""))
                .put("ExpireTime", storageDays == 0 ? WireTime.ZERO : WireTime.format(now.plus(Duration.ofDays(storageDays))))
                .put(TaskStarter.FLOW_TASK, String.valueOf(started.taskId()));
        KEPT.forEach(field -> backup.set(field, started.instance().attributes().get(field)));
        String id = engine.nextNumber("redis.BackupId") + "-" + started.taskId() + "-" + now.getEpochSecond();
        engine.create(new ResourceKey(started.instance().key().scope(), RedisResources.BACKUP, id), backup);
        return JsonNodeFactory.instance.objectNode().put("TaskId", started.taskId());
    }

    /**
     * DescribeInstanceBackups: the region's backups, newest first, of InstanceId if given, whose
     * instance name contains InstanceName, with a Status given, started within BeginTime-EndTime.
     */
    private ObjectNode describeInstanceBackups(ApiRequest request) {
        Paging paging = Pages.of(request.params(), 20, 100);
        String instanceId = Params.text(request.params(), "InstanceId");
        if (instanceId != null) {
            engine.get(RedisResources.instance(request, instanceId));
        }
        LifecycleEngine.Page page = engine.query(BackupQuery.of(request.params(), Scopes.of(request), engine.catalog(), paging));
        return Pages.answer(page, "BackupSet", BackupView::set);
    }

    /**
     * DescribeBackupUrl: one file per shard, at addresses under the reserved .invalid domain: tcemu
     * keeps no backup files to download. Only a normal backup has files (BackupStatusInvalid otherwise).
     */
    private ObjectNode describeBackupUrl(ApiRequest request) {
        Resource backup = backupOf(request);
        if (BackupView.status(backup) != 2) {
            throw ApiError.of(RedisErrors.RESOURCE_UNAVAILABLE_BACKUP_STATUS_INVALID, "Backup " + backup.id() + " is "
                    + backup.state("Status") + "; only a finished, unexpired backup can be downloaded.",
                    "备份 " + backup.id() + " 当前不可下载：仅已完成且未过期的备份可下载。");
        }
        long shards = Math.max(1, backup.attributes().path("RedisShardNum").asLong());
        ObjectNode response = JsonNodeFactory.instance.objectNode();
        ArrayNode urls = response.putArray("DownloadUrl");
        ArrayNode innerUrls = response.putArray("InnerDownloadUrl");
        ArrayNode names = response.putArray("Filenames");
        ArrayNode infos = response.putArray("BackupInfos");
        for (long shard = 1; shard <= shards; shard++) {
            String file = backup.id() + "-" + shard + ".rdb";
            String path = "/" + backup.attributes().path("InstanceId").asText() + "/" + file;
            String url = "https://redis-backup.tcemu.invalid" + path;
            String inner = "https://redis-backup-internal.tcemu.invalid" + path;
            urls.add(url);
            innerUrls.add(inner);
            names.add(file);
            infos.addObject().put("FileName", file).put("FileSize", BackupView.size(backup) / shards)
                    .put("DownloadUrl", url).put("InnerDownloadUrl", inner);
        }
        return response;
    }

    /**
     * RestoreInstance: a Restore Backup task that puts back the backup's data and password (the
     * instance's current password is needed unless it is password-free), locking the backup while
     * it runs. A backup of another instance does not exist for this one.
     */
    private ObjectNode restoreInstance(ApiRequest request) {
        Resource backup = backupOf(request);
        if (!backup.allowedOperations().contains(RESTORE)) {
            engine.apply(backup.key(), RESTORE); // refused with the backup lifecycle's code for its state
        }
        String password = Params.text(request.params(), "Password");
        ObjectNode kept = backup.attributes();
        TaskStarter.Started started = tasks.start(request, TaskKind.RESTORE_BACKUP, a -> {
            InstanceActions.checkPassword(a, password, RedisErrors.INVALID_PARAMETER_VALUE_PASSWORD_ERROR);
            checkFits(kept, a);
            a.put("SizeUsed", kept.path("SizeUsed").asDouble()).put("NoAuth", kept.path("NoAuth").asBoolean())
                    .set("Password", kept.get("Password"));
        });
        engine.apply(backup.key(), RESTORE, b -> b.put(TaskStarter.FLOW_TASK, String.valueOf(started.taskId())));
        return JsonNodeFactory.instance.objectNode().put("TaskId", started.taskId());
    }

    /** A backup restores onto an instance of the same architecture that can hold its data (BackupSpecError). */
    private static void checkFits(ObjectNode backup, ObjectNode instance) {
        InstanceType from = InstanceType.of(backup.path("Type").asLong()).orElseThrow();
        InstanceType to = InstanceType.of(instance.path("Type").asLong()).orElseThrow();
        double capacity = (double) instance.path("RedisShardSize").asLong() * instance.path("RedisShardNum").asLong();
        if (from.cluster() != to.cluster() || backup.path("SizeUsed").asDouble() > capacity) {
            throw ApiError.of(RedisErrors.RESOURCE_UNAVAILABLE_BACKUP_SPEC_ERROR, "The backup (" + from.productType() + ", "
                            + backup.path("SizeUsed").asDouble() + " MB of data) does not fit the instance (" + to.productType() + ", "
                            + capacity + " MB).", "备份的架构或数据量与实例当前规格不符，无法恢复。");
        }
    }

    /** The backup BackupId names, of the instance InstanceId names (which must exist): BackupNotExists otherwise. */
    private Resource backupOf(ApiRequest request) {
        String instanceId = request.params().path("InstanceId").asText();
        engine.get(RedisResources.instance(request, instanceId));
        String backupId = request.params().path("BackupId").asText();
        Resource backup = engine.get(new ResourceKey(Scopes.of(request), RedisResources.BACKUP, backupId));
        if (!backup.attributes().path("InstanceId").asText().equals(instanceId)) {
            throw ApiError.of(RedisErrors.INVALID_PARAMETER_VALUE_BACKUP_NOT_EXISTS, "Instance " + instanceId + " has no backup "
                    + backupId + "; DescribeInstanceBackups lists its backups.",
                    "实例 " + instanceId + " 没有备份 " + backupId + "；可通过 DescribeInstanceBackups 查询其备份。");
        }
        return backup;
    }
}
