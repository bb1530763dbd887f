package io.tcemu.product.redis;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tcemu.lifecycle.OperationRun;
import io.tcemu.lifecycle.Resource;
import io.tcemu.product.WireTime;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** A backup as DescribeInstanceBackups (RedisBackupSet) and DescribeBackupDetail show it. */
final class BackupView {
    /** RedisBackupSet.Status: 1 in progress or locked by another flow, 2 normal, -1 expired, -2 deleted. */
    private static final Map<String, Integer> STATUS = Map.of("backing-up", 1, "normal", 2, "locked", 1, "expired", -1, "deleted", -2);
    private static final long MB = 1024 * 1024;

    private BackupView() {
    }

    static int status(Resource backup) {
        return STATUS.get(backup.state("Status"));
    }

    /** The states whose Status is one of {@code codes}: a Status filter as the store runs it. */
    static Set<String> states(Set<Integer> codes) {
        return STATUS.keySet().stream().filter(s -> codes.contains(STATUS.get(s))).collect(Collectors.toSet());
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
                .put("Locked", backup.state("Status").equals("locked") ? 1 : 0)
                .put("BackupSize", size(backup))
                .put("InstanceType", a.path("Type").asLong())
                .put("Encrypted", false);
    }
}
