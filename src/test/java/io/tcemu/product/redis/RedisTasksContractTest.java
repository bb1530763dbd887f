package io.tcemu.product.redis;

import com.tencentcloudapi.common.exception.TencentCloudSDKException;
import com.tencentcloudapi.redis.v20180412.models.ChangeReplicaToMasterRequest;
import com.tencentcloudapi.redis.v20180412.models.CreateInstancesResponse;
import com.tencentcloudapi.redis.v20180412.models.DescribeInstancesRequest;
import com.tencentcloudapi.redis.v20180412.models.DescribeTaskInfoRequest;
import com.tencentcloudapi.redis.v20180412.models.DescribeTaskInfoResponse;
import com.tencentcloudapi.redis.v20180412.models.DescribeTaskListRequest;
import com.tencentcloudapi.redis.v20180412.models.DescribeTaskListResponse;
import com.tencentcloudapi.redis.v20180412.models.DestroyPostpaidInstanceRequest;
import com.tencentcloudapi.redis.v20180412.models.InstanceParam;
import com.tencentcloudapi.redis.v20180412.models.ManualBackupInstanceRequest;
import com.tencentcloudapi.redis.v20180412.models.ModifyInstanceParamsRequest;
import com.tencentcloudapi.redis.v20180412.models.ModifyInstanceParamsResponse;
import com.tencentcloudapi.redis.v20180412.models.ModifyNetworkConfigRequest;
import com.tencentcloudapi.redis.v20180412.models.ModifyNetworkConfigResponse;
import com.tencentcloudapi.redis.v20180412.models.ResetPasswordRequest;
import com.tencentcloudapi.redis.v20180412.models.TaskInfoDetail;
import com.tencentcloudapi.redis.v20180412.models.UpgradeInstanceVersionRequest;
import com.tencentcloudapi.redis.v20180412.models.UpgradeInstanceVersionResponse;
import io.tcemu.product.WireTime;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import static io.tcemu.product.redis.RedisSteps.PASSWORD;
import static io.tcemu.product.redis.RedisSteps.node;
import static io.tcemu.product.redis.RedisSteps.order;
import static io.tcemu.SdkClients.refused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Redis tasks through the official SDK: started by instance operations, followed with DescribeTaskInfo and DescribeTaskList. */
class RedisTasksContractTest extends RedisSdkTest {

    @Test
    void anInstanceIsCreatedClearedBackedUpAndGetsANewPasswordEachTaskFollowedToSucceed() throws Exception {
        CreateInstancesResponse created = f.redis().CreateInstances(order("orders-cache"));
        assertTrue(created.getDealName().matches("\\d{23}"), created.getDealName());
        assertEquals(created.getDealName(), created.getDealId(), "the deprecated DealId is still sent");
        String id = created.getInstanceIds()[0];
        assertTrue(id.matches("crs-[a-z0-9]{8}"), id);
        long createTask = f.only(f.tasksOf(id)).getTaskId();
        f.followsToSucceed(createTask, id, "Create", "001", 0L);

        long clearTask = f.clear(id, PASSWORD);
        f.followsToSucceed(clearTask, id, "Clear Instance", "004", 1L);

        ManualBackupInstanceRequest backup = new ManualBackupInstanceRequest();
        backup.setInstanceId(id);
        backup.setRemark("before the migration");
        long backupTask = f.redis().ManualBackupInstance(backup).getTaskId();
        f.followsToSucceed(backupTask, id, "Back up Instance", "012", 1L);

        long resetTask = resetPassword(id, "NewPass#2025");
        f.followsToSucceed(resetTask, id, "Reset Password", "007", 1L);

        refused("InvalidParameterValue.PasswordError", () -> f.clear(id, PASSWORD));
        DescribeTaskListResponse all = f.tasksOf(id);
        assertEquals(4L, all.getTotalCount());
        assertEquals(List.of(resetTask, backupTask, clearTask, createTask), f.taskIds(all), "newest first");
        assertTrue(Arrays.stream(all.getTasks()).allMatch(t -> t.getResult() == 2L && t.getProgress() == 1f));
        assertEquals("preparing", f.taskInfo(f.clear(id, "NewPass#2025")).getStatus(), "the new password clears it");
    }

    @Test
    void aFaultFailsTheNextClearTaskWithItsMessageAndTheInstanceRunsOn() throws Exception {
        String id = f.runningInstance("faulty");
        f.fault("{\"product\":\"redis\",\"action\":\"ClearInstance\",\"outcome\":\"fail\",\"message\":\"FLUSHALL timed out\"}");

        long task = f.clear(id, PASSWORD);
        assertEquals("preparing", f.taskInfo(task).getStatus());
        f.advance(1);
        assertEquals("running", f.taskInfo(task).getStatus());
        assertEquals("", f.taskInfo(task).getTaskMessage(), "no message while running");
        f.advance(60);

        DescribeTaskInfoResponse failed = f.taskInfo(task);
        assertEquals("failed", failed.getStatus());
        assertEquals("FLUSHALL timed out", failed.getTaskMessage());
        TaskInfoDetail detail = f.task(f.tasksOf(id), task);
        assertEquals(4L, detail.getResult());
        assertNotEquals(WireTime.ZERO, detail.getEndTime());
        assertEquals(2L, f.instance(id).getStatus(), "a failed flow leaves the instance running");

        long next = f.clear(id, PASSWORD);
        f.advance(60);
        assertEquals("succeed", f.taskInfo(next).getStatus(), "the fault was used up");
    }

    @Test
    void anErrorFaultEndsTheTaskInError() throws Exception {
        String id = f.runningInstance("erring");
        f.fault("{\"product\":\"redis\",\"action\":\"ManualBackupInstance\",\"outcome\":\"error\"}");
        ManualBackupInstanceRequest backup = new ManualBackupInstanceRequest();
        backup.setInstanceId(id);
        long task = f.redis().ManualBackupInstance(backup).getTaskId();
        f.advance(60);

        DescribeTaskInfoResponse errored = f.taskInfo(task);
        assertEquals("error", errored.getStatus());
        assertEquals("ManualBackupInstance failed: a fault injected through /_tcemu/faults.", errored.getTaskMessage());
        assertEquals(4L, f.task(f.tasksOf(id), task).getResult());
    }

    @Test
    void aFailedCreateTaskDeliversNoInstance() throws Exception {
        f.fault("{\"product\":\"redis\",\"action\":\"CreateInstances\"}");
        String id = f.redis().CreateInstances(order("never")).getInstanceIds()[0];
        long task = f.only(f.tasksOf(id)).getTaskId();
        f.advance(10);

        assertEquals("failed", f.taskInfo(task).getStatus());
        assertEquals(-3L, f.instance(id).getStatus(), "pending deletion");
        f.advance(60);
        assertEquals(0L, f.redis().DescribeInstances(new DescribeInstancesRequest())
                .getTotalCount());
        assertEquals("failed", f.taskInfo(task).getStatus(), "the task outlives the instance");
    }

    @Test
    void unknownTaskIdsAndAnotherAccountsTasksAreRefusedWithTheDocumentedCodes() throws Exception {
        TencentCloudSDKException unknown = refused("InvalidParameter.InvalidParameter", () -> f.taskInfo(987654321L));
        assertTrue(unknown.getMessage().contains("987654321"), unknown.getMessage());

        String theirs = f.runningInstance(f.other(), order("theirs"));
        DescribeTaskListRequest theirList = new DescribeTaskListRequest();
        theirList.setInstanceId(theirs);
        long theirTask = f.other().DescribeTaskList(theirList).getTasks()[0].getTaskId();

        refused("InvalidParameter.PermissionDenied", () -> f.taskInfo(theirTask));
        assertEquals(0L, f.tasksOf(theirs).getTotalCount(), "not in this account's list");
        DescribeTaskInfoRequest mine = new DescribeTaskInfoRequest();
        mine.setTaskId(theirTask);
        assertEquals("succeed", f.other().DescribeTaskInfo(mine).getStatus());
    }

    @Test
    void describeTaskInfoAllowsTwentyCallsASecondPerAccountAndTheNextSecondWorksAgain() throws Exception {
        String id = f.redis().CreateInstances(order("busy")).getInstanceIds()[0];
        long task = f.only(f.tasksOf(id)).getTaskId();
        for (int i = 0; i < 20; i++) {
            assertEquals("preparing", f.taskInfo(task).getStatus());
        }

        TencentCloudSDKException limited = refused("RequestLimitExceeded", () -> f.taskInfo(task));
        assertTrue(limited.getMessage().contains("20 requests per 1 s"), limited.getMessage());
        refused("InvalidParameter.PermissionDenied", () -> {
            DescribeTaskInfoRequest request = new DescribeTaskInfoRequest();
            request.setTaskId(task);
            f.other().DescribeTaskInfo(request);
        });

        f.advance(1);
        assertEquals("running", f.taskInfo(task).getStatus());
    }

    @Test
    void everyTaskTypeOfTheSeedHasItsAction() throws Exception {
        String id = f.runningInstance("all-types");

        ModifyInstanceParamsRequest params = new ModifyInstanceParamsRequest();
        params.setInstanceId(id);
        InstanceParam timeout = new InstanceParam();
        timeout.setKey("timeout");
        timeout.setValue("120");
        params.setInstanceParams(new InstanceParam[]{timeout});
        ModifyInstanceParamsResponse configured = f.redis().ModifyInstanceParams(params);
        assertTrue(configured.getChanged());
        f.followsToSucceed(configured.getTaskId(), id, "Configure", "034", 1L);

        UpgradeInstanceVersionRequest upgrade = new UpgradeInstanceVersionRequest();
        upgrade.setInstanceId(id);
        upgrade.setTargetInstanceType("16");
        upgrade.setSwitchOption(2L);
        UpgradeInstanceVersionResponse deal = f.redis().UpgradeInstanceVersion(upgrade);
        assertTrue(deal.getDealName().matches("\\d{23}"), "an order, not a TaskId");
        DescribeTaskListRequest upgrades = new DescribeTaskListRequest();
        upgrades.setTaskTypes(new String[]{"043"});
        f.followsToSucceed(f.only(f.redis().DescribeTaskList(upgrades)).getTaskId(), id, "Upgrade Version", "043", 1L);
        assertEquals(16L, f.instance(id).getType());
        assertEquals("cluster", f.instance(id).getProductType());

        ModifyNetworkConfigRequest network = new ModifyNetworkConfigRequest();
        network.setInstanceId(id);
        network.setOperation("changeVPort");
        network.setVPort(6380L);
        ModifyNetworkConfigResponse moved = f.redis().ModifyNetworkConfig(network);
        assertTrue(moved.getStatus());
        assertEquals(f.instance(id).getWanIp(), moved.getVip());
        assertEquals("vpc-mjwornzj", moved.getVpcId());
        f.followsToSucceed(moved.getTaskId(), id, "Modify Network", "031", 1L);
        assertEquals(6380L, f.instance(id).getPort());

        f.followsToSucceed(f.migrate(id, node(0L, 100004L), node(1L, 100006L)), id, "Migrate to New AZ", "066", 1L);
        assertEquals(100004L, f.instance(id).getZoneId());

        ChangeReplicaToMasterRequest promote = new ChangeReplicaToMasterRequest();
        promote.setInstanceId(id);
        f.followsToSucceed(f.redis().ChangeReplicaToMaster(promote).getTaskId(), id, "Promote to Master", "049", 1L);

        DestroyPostpaidInstanceRequest destroy = new DestroyPostpaidInstanceRequest();
        destroy.setInstanceId(id);
        long disable = f.redis().DestroyPostpaidInstance(destroy).getTaskId();
        f.followsToSucceed(disable, id, "Disable Instance", "003", 1L, -2L);
    }

    @Test
    void describeTaskListFiltersByEveryDocumentedFieldAndPagesByWholePages() throws Exception {
        String alpha = f.runningInstance("alpha");
        f.advance(3600);
        String hourLater = f.now();
        String beta = f.runningInstance("beta");
        long clearAlpha = f.clear(alpha, PASSWORD);
        long clearBeta = f.clear(beta, PASSWORD);
        f.fault("{\"product\":\"redis\",\"action\":\"ClearInstance\",\"resourceId\":\"" + clearBeta + "\"}");
        f.advance(60);

        assertEquals(List.of(clearBeta, clearAlpha), f.taskIds(list(r -> r.setTaskTypes(new String[]{"004"}))));
        assertEquals(List.of(clearBeta), f.taskIds(list(r -> r.setResult(new Long[]{4L}))));
        assertEquals(List.of(clearBeta), f.taskIds(list(r -> r.setTaskStatus(new Long[]{4L}))));
        assertEquals(2L, list(r -> r.setInstanceName("beta")).getTotalCount());
        assertEquals(3L, list(r -> r.setBeginTime(hourLater)).getTotalCount(), "the create task of alpha started before");
        assertEquals(1L, list(r -> r.setEndTime(hourLater)).getTotalCount());
        assertEquals(4L, list(r -> r.setOperateUin(new String[]{"100000000001"})).getTotalCount());
        assertEquals(4L, list(r -> r.setOperatorUin(new Long[]{100000000001L})).getTotalCount());
        assertEquals(0L, list(r -> r.setOperateUin(new String[]{"999"})).getTotalCount());
        assertEquals(4L, list(r -> r.setProjectIds(new Long[]{0L})).getTotalCount());
        assertEquals(0L, list(r -> r.setProjectIds(new Long[]{5L})).getTotalCount());

        DescribeTaskListResponse second = list(r -> { r.setLimit(2L); r.setOffset(2L); });
        assertEquals(4L, second.getTotalCount());
        assertEquals(2, second.getTasks().length);
        refused("InvalidParameterValue", () -> list(r -> { r.setLimit(2L); r.setOffset(1L); }));
        refused("InvalidParameterValue", () -> list(r -> r.setLimit(101L)));
        refused("InvalidParameterValue", () -> list(r -> r.setBeginTime("yesterday")));

        f.advance(31L * 24 * 3600);
        assertEquals(0L, list(r -> { }).getTotalCount(), "only the last 30 days");
        assertEquals("succeed", f.taskInfo(clearAlpha).getStatus());
    }

    private static DescribeTaskListResponse list(Consumer<DescribeTaskListRequest> edit) throws TencentCloudSDKException {
        DescribeTaskListRequest request = new DescribeTaskListRequest();
        edit.accept(request);
        return f.redis().DescribeTaskList(request);
    }

    private static long resetPassword(String id, String password) throws TencentCloudSDKException {
        ResetPasswordRequest reset = new ResetPasswordRequest();
        reset.setInstanceId(id);
        reset.setPassword(password);
        return f.redis().ResetPassword(reset).getTaskId();
    }
}
