package io.tcemu.product.redis;

import com.tencentcloudapi.redis.v20180412.models.DescribeAutoBackupConfigRequest;
import com.tencentcloudapi.redis.v20180412.models.DescribeAutoBackupConfigResponse;
import com.tencentcloudapi.redis.v20180412.models.DescribeBackupDetailRequest;
import com.tencentcloudapi.redis.v20180412.models.DescribeBackupDetailResponse;
import com.tencentcloudapi.redis.v20180412.models.DescribeBackupUrlRequest;
import com.tencentcloudapi.redis.v20180412.models.DescribeBackupUrlResponse;
import com.tencentcloudapi.redis.v20180412.models.DescribeInstanceBackupsRequest;
import com.tencentcloudapi.redis.v20180412.models.DescribeInstanceBackupsResponse;
import com.tencentcloudapi.redis.v20180412.models.ManualBackupInstanceRequest;
import com.tencentcloudapi.redis.v20180412.models.ModifyAutoBackupConfigRequest;
import com.tencentcloudapi.redis.v20180412.models.ModifyAutoBackupConfigResponse;
import com.tencentcloudapi.redis.v20180412.models.RedisBackupSet;
import com.tencentcloudapi.redis.v20180412.models.ResetPasswordRequest;
import com.tencentcloudapi.redis.v20180412.models.RestoreInstanceRequest;
import com.tencentcloudapi.redis.v20180412.models.RestoreInstanceResponse;
import com.tencentcloudapi.redis.v20180412.models.UpgradeInstanceVersionRequest;
import io.tcemu.product.WireTime;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.function.Consumer;

import static io.tcemu.SdkClients.refused;
import static io.tcemu.product.redis.RedisSteps.PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Backups through the official SDK: made by ManualBackupInstance, listed, downloaded, restored. */
class RedisBackupsContractTest extends RedisSdkTest {
    private static final String NEW_PASSWORD = "NewPass#2025";
    private static final double SAMPLE_MB = 16.0;

    @Test
    void aBackupIsMadeByItsTaskAndRestoresTheDataAndThePasswordItHeld() throws Exception {
        String id = f.runningInstance("precious");
        assertEquals(SAMPLE_MB, f.instance(id).getSizeUsed().doubleValue(), "a new instance holds tcemu's sample data");
        String started = f.now();
        long backupTask = backUp(id, r -> { r.setRemark("before the clear"); r.setStorageDays(3L); });

        RedisBackupSet inProgress = only(backups(r -> r.setInstanceId(id)));
        assertEquals(List.of(1L, 0L, WireTime.ZERO, started, "before the clear"), List.of(inProgress.getStatus(),
                inProgress.getLocked(), inProgress.getEndTime(), inProgress.getStartTime(), inProgress.getRemark()));
        f.followsToSucceed(backupTask, id, "Back up Instance", "012", 1L);
        String backupId = inProgress.getBackupId();
        RedisBackupSet done = only(backups(r -> r.setInstanceId(id)));
        assertEquals(List.of(2L, "precious", "ap-guangzhou", "RDB-Redis 6.2", 15L, (long) (SAMPLE_MB * 1024 * 1024)),
                List.of(done.getStatus(), done.getInstanceName(), done.getRegion(), done.getFileType(), done.getInstanceType(),
                        done.getBackupSize()));
        assertEquals(WireTime.format(WireTime.parse(started).plusSeconds(3 * 24 * 3600)), done.getExpireTime());
        assertTrue(done.getEndTime().compareTo(started) > 0, done.getEndTime());

        DescribeBackupDetailResponse detail = detail(id, backupId);
        assertEquals(List.of(2L, 0L, 4096L, 1L, 1L, "before the clear"), List.of(detail.getStatus(), detail.getLocked(),
                detail.getMemSize(), detail.getShardNum(), detail.getReplicasNum(), detail.getRemark()));

        f.clear(id, PASSWORD);
        f.advance(60);
        assertEquals(0.0, f.instance(id).getSizeUsed().doubleValue(), "cleared");
        resetPassword(id, NEW_PASSWORD);
        f.advance(60);

        refused("InvalidParameterValue.PasswordError", () -> restore(id, backupId, PASSWORD));
        refused("InvalidParameterValue.PasswordError", () -> restore(id, backupId, null));
        long restoreTask = restore(id, backupId, NEW_PASSWORD);
        assertEquals(List.of(1L, 1L), List.of(detail(id, backupId).getStatus(), detail(id, backupId).getLocked()), "locked while restoring");
        refused("ResourceUnavailable.BackupLockedError", () -> restore(id, backupId, PASSWORD));
        f.followsToSucceed(restoreTask, id, "Restore Backup", "010", 1L);

        assertEquals(SAMPLE_MB, f.instance(id).getSizeUsed().doubleValue(), "the backup's data is back");
        assertEquals(List.of(2L, 0L), List.of(detail(id, backupId).getStatus(), detail(id, backupId).getLocked()));
        refused("InvalidParameterValue.PasswordError", () -> f.clear(id, NEW_PASSWORD));
        assertEquals("preparing", f.taskInfo(f.clear(id, PASSWORD)).getStatus(), "the backup's password is back");
    }

    @Test
    void aBackupExpiresAfterItsStorageDaysAndCanNoLongerBeRestoredOrDownloaded() throws Exception {
        String id = f.runningInstance("short-lived");
        backUp(id, r -> r.setStorageDays(1L));
        f.advance(60);
        String backupId = only(backups(r -> r.setInstanceId(id))).getBackupId();

        DescribeBackupUrlResponse url = url(id, backupId);
        assertEquals(List.of(backupId + "-1.rdb"), List.of(url.getFilenames()));
        assertEquals(url.getDownloadUrl()[0], url.getBackupInfos()[0].getDownloadUrl());
        assertTrue(url.getDownloadUrl()[0].startsWith("https://redis-backup.tcemu.invalid/" + id + "/"), url.getDownloadUrl()[0]);
        assertEquals((long) (SAMPLE_MB * 1024 * 1024), url.getBackupInfos()[0].getFileSize());

        f.advance(24 * 3600);
        assertEquals(-1L, only(backups(r -> r.setStatus(new Long[]{-1L}))).getStatus());
        assertEquals(0L, backups(r -> r.setStatus(new Long[]{2L})).getTotalCount());
        refused("ResourceUnavailable.BackupStatusAbnormal", () -> restore(id, backupId, PASSWORD));
        refused("ResourceUnavailable.BackupStatusInvalid", () -> url(id, backupId));
        assertEquals(2L, f.instance(id).getStatus(), "the refused restore left the instance alone");
    }

    @Test
    void aBackupWhoseTaskFailsIsDeletedAndOneInProgressCannotBeRestored() throws Exception {
        String id = f.runningInstance("unlucky");
        f.fault("{\"product\":\"redis\",\"action\":\"ManualBackupInstance\"}");
        backUp(id, r -> { });
        String backupId = only(backups(r -> { })).getBackupId();
        f.advance(60);
        assertEquals(-2L, only(backups(r -> { })).getStatus());

        backUp(id, r -> { });
        String inProgress = backups(r -> r.setStatus(new Long[]{1L})).getBackupSet()[0].getBackupId();
        f.advance(60);
        refused("ResourceUnavailable.BackupStatusAbnormal", () -> restore(id, backupId, PASSWORD));
        assertEquals(2L, detail(id, inProgress).getStatus());
    }

    @Test
    void restoreIsRefusedDuringAFlowForABackupOfAnotherInstanceAndWhenTheBackupNoLongerFits() throws Exception {
        String id = f.runningInstance("source");
        String other = f.runningInstance("other");
        backUp(id, r -> { });
        f.advance(60);
        String backupId = only(backups(r -> r.setInstanceId(id))).getBackupId();

        refused("InvalidParameterValue.BackupNotExists", () -> restore(other, backupId, PASSWORD));
        refused("InvalidParameterValue.BackupNotExists", () -> detail(id, "1-2-3"));
        refused("ResourceNotFound.InstanceNotExists", () -> detail("crs-nothere1", backupId));
        f.clear(id, PASSWORD);
        refused("ResourceUnavailable.InstanceLockedError", () -> restore(id, backupId, PASSWORD));
        f.advance(60);

        UpgradeInstanceVersionRequest toCluster = new UpgradeInstanceVersionRequest();
        toCluster.setInstanceId(id);
        toCluster.setTargetInstanceType("16");
        toCluster.setSwitchOption(2L);
        f.redis().UpgradeInstanceVersion(toCluster);
        f.advance(60);
        String message = refused("ResourceUnavailable.BackupSpecError", () -> restore(id, backupId, PASSWORD)).getMessage();
        assertTrue(message.contains("standalone") && message.contains("cluster"), message);
        assertEquals(2L, detail(id, backupId).getStatus(), "the refused restore did not lock the backup");
    }

    @Test
    void describeInstanceBackupsFiltersByNameAndTimeAndPagesNewestFirst() throws Exception {
        String alpha = f.runningInstance("alpha");
        String beta = f.runningInstance("beta");
        backUp(alpha, r -> { });
        f.advance(3600);
        String later = f.now();
        backUp(beta, r -> { });
        f.advance(60);

        assertEquals(List.of(beta, alpha), List.of(backups(r -> { }).getBackupSet()[0].getInstanceId(),
                backups(r -> { }).getBackupSet()[1].getInstanceId()), "newest first");
        assertEquals(alpha, only(backups(r -> r.setInstanceName("lph"))).getInstanceId());
        assertEquals(beta, only(backups(r -> r.setBeginTime(later))).getInstanceId());
        assertEquals(alpha, only(backups(r -> r.setEndTime(later))).getInstanceId());
        DescribeInstanceBackupsResponse second = backups(r -> { r.setLimit(1L); r.setOffset(1L); });
        assertEquals(List.of(2L, alpha), List.of(second.getTotalCount(), second.getBackupSet()[0].getInstanceId()));
        refused("InvalidParameter.InvalidParameter", () -> backups(r -> { r.setBeginTime("2020-01-01 00:00:00");
            r.setEndTime("2020-03-01 00:00:00"); }));
        refused("ResourceNotFound.InstanceNotExists", () -> backups(r -> r.setInstanceId("crs-nothere1")));
    }

    @Test
    void theAutomaticBackupSettingsAreKeptAndCheckedAsDocumented() throws Exception {
        String id = f.runningInstance("scheduled");
        DescribeAutoBackupConfigResponse defaults = autoBackup(id);
        assertEquals(List.of(7, "00:00-01:00", 7L, 1L), List.of(defaults.getWeekDays().length, defaults.getTimePeriod(),
                defaults.getBackupStorageDays(), defaults.getAutoBackupType()));

        ModifyAutoBackupConfigRequest modify = autoBackupChange(id, r -> { r.setWeekDays(new String[]{"Wednesday"});
            r.setTimePeriod("23:00-00:00"); });
        ModifyAutoBackupConfigResponse modified = f.checked("ModifyAutoBackupConfig", modify, ModifyAutoBackupConfigResponse.class);
        assertEquals(List.of(List.of("Wednesday"), "23:00-00:00", 7L), List.of(List.of(modified.getWeekDays()),
                modified.getTimePeriod(), modified.getBackupStorageDays()));
        assertEquals(List.of("Wednesday"), List.of(autoBackup(id).getWeekDays()));

        refused("InvalidParameterValue.WeekDaysIsInvalid", () -> f.redis().ModifyAutoBackupConfig(
                autoBackupChange(id, r -> r.setWeekDays(new String[]{"Funday"}))));
        refused("InvalidParameter.Period", () -> f.redis().ModifyAutoBackupConfig(autoBackupChange(id, r -> r.setTimePeriod("03:00-05:00"))));
        refused("InvalidParameter.NotSupported", () -> f.redis().ModifyAutoBackupConfig(autoBackupChange(id, r -> r.setBackupStorageDays(30L))));
        assertEquals("23:00-00:00", autoBackup(id).getTimePeriod(), "a refused change changes nothing");
    }

    private static long backUp(String id, Consumer<ManualBackupInstanceRequest> edit) throws Exception {
        ManualBackupInstanceRequest request = new ManualBackupInstanceRequest();
        request.setInstanceId(id);
        edit.accept(request);
        return f.redis().ManualBackupInstance(request).getTaskId();
    }

    private static DescribeInstanceBackupsResponse backups(Consumer<DescribeInstanceBackupsRequest> edit) throws Exception {
        DescribeInstanceBackupsRequest request = new DescribeInstanceBackupsRequest();
        edit.accept(request);
        return f.checked("DescribeInstanceBackups", request, DescribeInstanceBackupsResponse.class);
    }

    private static RedisBackupSet only(DescribeInstanceBackupsResponse list) {
        assertEquals(1, list.getBackupSet().length, "one backup");
        return list.getBackupSet()[0];
    }

    private static DescribeBackupDetailResponse detail(String id, String backupId) throws Exception {
        DescribeBackupDetailRequest request = new DescribeBackupDetailRequest();
        request.setInstanceId(id);
        request.setBackupId(backupId);
        return f.checked("DescribeBackupDetail", request, DescribeBackupDetailResponse.class);
    }

    private static DescribeBackupUrlResponse url(String id, String backupId) throws Exception {
        DescribeBackupUrlRequest request = new DescribeBackupUrlRequest();
        request.setInstanceId(id);
        request.setBackupId(backupId);
        return f.checked("DescribeBackupUrl", request, DescribeBackupUrlResponse.class);
    }

    private static long restore(String id, String backupId, String password) throws Exception {
        RestoreInstanceRequest request = new RestoreInstanceRequest();
        request.setInstanceId(id);
        request.setBackupId(backupId);
        request.setPassword(password);
        return f.checked("RestoreInstance", request, RestoreInstanceResponse.class).getTaskId();
    }

    private static void resetPassword(String id, String password) throws Exception {
        ResetPasswordRequest request = new ResetPasswordRequest();
        request.setInstanceId(id);
        request.setPassword(password);
        f.redis().ResetPassword(request);
    }

    private static DescribeAutoBackupConfigResponse autoBackup(String id) throws Exception {
        DescribeAutoBackupConfigRequest request = new DescribeAutoBackupConfigRequest();
        request.setInstanceId(id);
        return f.checked("DescribeAutoBackupConfig", request, DescribeAutoBackupConfigResponse.class);
    }

    private static ModifyAutoBackupConfigRequest autoBackupChange(String id, Consumer<ModifyAutoBackupConfigRequest> edit) {
        ModifyAutoBackupConfigRequest request = new ModifyAutoBackupConfigRequest();
        request.setInstanceId(id);
        edit.accept(request);
        return request;
    }
}
