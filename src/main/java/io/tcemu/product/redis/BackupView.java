package io.tcemu.product.redis;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tcemu.lifecycle.OperationRun;
import io.tcemu.lifecycle.Resource;
import io.tcemu.product.WireTime;

/** A backup as DescribeInstanceBackups (RedisBackupSet) and DescribeBackupDetail show it. */
final class BackupView {
    private static final long MB = 1024 * 1024;

    private BackupView() {
    }

    static int status(Resource backup) {
        return RedisStates.BACKUP_STATUS.of(backup).asInt();
    }

    /** RedisBackupSet. Its BackupType is documented as 0 for a manual backup (DescribeBackupDetail's says 1). */
    static ObjectNode set(Resource backup) {
        ObjectNode a = backup.attributes();
        InstanceType type = InstanceType.of(a.path("Type").asLong()).orElseThrow();
        return common(backup).put("BackupType", "0")
                .put("FullBackup", 0)
                .put("InstanceId", a.path("InstanceId").asText())
                .put("InstanceName", a.path("InstanceName").asText())
                .put("Region", backup.key().scope().region())
                .put("FileType", "RDB-" + type.engine() + " " + type.version())
                .put("ExpireTime", a.path("ExpireTime").asText());
    }

    /** DescribeBackupDetail. Its BackupType is documented as 1 for a manual backup (RedisBackupSet's says 0). */
    static ObjectNode detail(Resource backup) {
        ObjectNode a = backup.attributes();
        return common(backup).put("BackupType", "1")
                .put("MemSize", a.path("RedisShardSize").asLong())
                .put("ShardNum", a.path("RedisShardNum").asLong())
                .put("ReplicasNum", a.path("RedisReplicasNum").asLong());
    }

    /** The backup's data in bytes: the instance's SizeUsed when it was made. */
    static long size(Resource backup) {
        return Math.round(backup.attributes().path("SizeUsed").asDouble() * MB);
    }

    private static ObjectNode common(Resource backup) {
        ObjectNode a = backup.attributes();
        String ended = backup.lastRun("BackUp").map(OperationRun::endedAt).map(WireTime::format).orElse(WireTime.ZERO);
        return JsonNodeFactory.instance.objectNode()
                .put("BackupId", backup.id())
                .put("StartTime", WireTime.format(backup.createdAt()))
                .put("EndTime", ended)
                .put("Status", status(backup))
                .put("Remark", a.path("Remark").asText())
                .put("Locked", RedisStates.BACKUP_LOCKED.of(backup).asInt())
                .put("BackupSize", size(backup))
                .put("InstanceType", a.path("Type").asLong())
                .put("Encrypted", false);
    }
}
