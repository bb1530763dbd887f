package io.tcemu.product.redis;

import com.tencentcloudapi.common.exception.TencentCloudSDKException;
import com.tencentcloudapi.redis.v20180412.models.ChangeInstanceRoleRequest;
import com.tencentcloudapi.redis.v20180412.models.ChangeInstanceRoleResponse;
import com.tencentcloudapi.redis.v20180412.models.DescribeTaskListRequest;
import com.tencentcloudapi.redis.v20180412.models.InstanceSet;
import com.tencentcloudapi.redis.v20180412.models.UpgradeInstanceVersionRequest;
import com.tencentcloudapi.redis.v20180412.models.UpgradeProxyVersionRequest;
import com.tencentcloudapi.redis.v20180412.models.UpgradeProxyVersionResponse;
import com.tencentcloudapi.redis.v20180412.models.UpgradeSmallVersionRequest;
import com.tencentcloudapi.redis.v20180412.models.UpgradeSmallVersionResponse;
import com.tencentcloudapi.redis.v20180412.models.UpgradeVersionToMultiAvailabilityZonesRequest;
import com.tencentcloudapi.redis.v20180412.models.UpgradeVersionToMultiAvailabilityZonesResponse;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static io.tcemu.SdkClients.refused;
import static io.tcemu.product.redis.RedisSteps.PASSWORD;
import static io.tcemu.product.redis.RedisSteps.node;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The version upgrades (kernel minor version, proxy, multi-AZ) and ChangeInstanceRole through the
 * official SDK, each task followed to its end through DescribeTaskInfo.
 */
class RedisUpgradesContractTest extends RedisSdkTest {

    @Test
    void aMinorVersionUpgradeIsATaskFollowedToItsEndAndTheNewVersionShows() throws Exception {
        String id = f.runningInstance("minor");
        assertEquals("6.2", f.instance(id).getCurrentRedisVersion());

        UpgradeSmallVersionResponse upgraded = f.checked("UpgradeSmallVersion", minor(id, "6.2", "6.2.14"),
                UpgradeSmallVersionResponse.class);
        f.followsToSucceed(upgraded.getFlowId(), id, "Upgrade Minor Version", "060", 1L);
        assertEquals("6.2.14", f.instance(id).getCurrentRedisVersion());

        UpgradeInstanceVersionRequest engine = new UpgradeInstanceVersionRequest();
        engine.setInstanceId(id);
        engine.setTargetInstanceType("17");
        engine.setSwitchOption(2L);
        f.redis().UpgradeInstanceVersion(engine);
        assertEquals("7.0", f.instance(id).getCurrentRedisVersion(), "a new engine version starts its own minor versions");
    }

    @Test
    void aMinorVersionUpgradeNeedsTheRunningVersionALaterOneOfTheSameEngineVersionAndARunningInstance() throws Exception {
        String id = f.runningInstance("minor-strict");
        TencentCloudSDKException stale = refused("UnsupportedOperation.InstanceNotOperation",
                () -> f.redis().UpgradeSmallVersion(minor(id, "6.0", "6.2.14")));
        assertTrue(stale.getMessage().contains("runs Redis 6.2, not 6.0"), stale.getMessage());
        TencentCloudSDKException major = refused("UnsupportedOperation.InstanceNotOperation",
                () -> f.redis().UpgradeSmallVersion(minor(id, "6.2", "7.0.1")));
        assertTrue(major.getMessage().contains("UpgradeInstanceVersion"), major.getMessage());
        refused("UnsupportedOperation.InstanceNotOperation", () -> f.redis().UpgradeSmallVersion(minor(id, "6.2", "6.2.0")));
        refused("UnsupportedOperation.InstanceNotOperation", () -> f.redis().UpgradeSmallVersion(minor(id, "6.2", "latest")));
        refused("InvalidParameterValue", () -> {
            UpgradeSmallVersionRequest later = minor(id, "6.2", "6.2.14");
            later.setInstanceTypeUpgradeNow(2L);
            f.redis().UpgradeSmallVersion(later);
        });
        refused("ResourceNotFound", () -> f.redis().UpgradeSmallVersion(minor("crs-nothere1", "6.2", "6.2.14")));

        f.clear(id, PASSWORD);
        refused("UnsupportedOperation.InstanceNotOperation", () -> f.redis().UpgradeSmallVersion(minor(id, "6.2", "6.2.14")));
        f.advance(60);
        assertEquals(List.of("6.2", 2L), List.of(f.instance(id).getCurrentRedisVersion(), f.instance(id).getStatus()),
                "refused calls change nothing");
        assertEquals(0L, f.redis().DescribeTaskList(types("060")).getTotalCount());
    }

    @Test
    void aProxyUpgradeIsATaskFollowedToItsEndAndRefusesAnEarlierOrMistakenVersion() throws Exception {
        String id = f.runningInstance("proxy");
        assertEquals("5.8.0", f.instance(id).getCurrentProxyVersion());
        refused("InvalidParameterValue.CheckNotPass", () -> f.redis().UpgradeProxyVersion(proxy(id, "4.1.1", "5.9.0")));
        refused("InvalidParameterValue.CheckNotPass", () -> f.redis().UpgradeProxyVersion(proxy(id, "5.8.0", "5.5.0")));

        UpgradeProxyVersionResponse upgraded = f.checked("UpgradeProxyVersion", proxy(id, "5.8.0", "5.9.0"),
                UpgradeProxyVersionResponse.class);
        assertEquals("5.9.0", f.instance(id).getCurrentProxyVersion(), "shows from the call on");
        refused("ResourceUnavailable", () -> f.redis().UpgradeProxyVersion(proxy(id, "5.9.0", "6.0.0")));
        f.followsToSucceed(upgraded.getFlowId(), id, "Upgrade Proxy Version", "061", 1L);
    }

    @Test
    void anInstanceUpgradedToMultipleZonesListsItsNodesWhichCanThenMoveAndNotDuringAFlow() throws Exception {
        String id = f.runningInstance("multi-az");
        assertEquals(0, f.instance(id).getNodeSet().length, "only multi-AZ instances list their nodes");

        UpgradeVersionToMultiAvailabilityZonesRequest upgrade = new UpgradeVersionToMultiAvailabilityZonesRequest();
        upgrade.setInstanceId(id);
        f.clear(id, PASSWORD);
        refused("UnsupportedOperation.InstanceNotOperation", () -> f.redis().UpgradeVersionToMultiAvailabilityZones(upgrade));
        f.advance(60);
        assertEquals(0, f.instance(id).getNodeSet().length, "a refused upgrade changes nothing");

        UpgradeVersionToMultiAvailabilityZonesResponse upgraded = f.checked("UpgradeVersionToMultiAvailabilityZones", upgrade,
                UpgradeVersionToMultiAvailabilityZonesResponse.class);
        f.followsToSucceed(upgraded.getFlowId(), id, "Upgrade to Multi-AZ", "047", 1L);
        InstanceSet multi = f.instance(id);
        assertEquals(List.of("0@100003", "1@100003"), Arrays.stream(multi.getNodeSet())
                .map(n -> n.getNodeType() + "@" + n.getZoneId()).toList(), "the master and its replica, in the instance's zone");
        refused("UnsupportedOperation.InstanceNotOperation", () -> f.redis().UpgradeVersionToMultiAvailabilityZones(upgrade));

        f.followsToSucceed(f.migrate(id, node(0L, 100004L), node(1L, 100003L)), id, "Migrate to New AZ", "066", 1L);
        assertEquals(100004L, f.instance(id).getZoneId());
    }

    @Test
    void aRoleChangeIsATaskFollowedToItsEndAndIsRefusedForABadGroupOrRoleOrDuringAFlow() throws Exception {
        String id = f.runningInstance("replica");
        ChangeInstanceRoleResponse changed = f.checked("ChangeInstanceRole", role(id, "crs-rpl-267khx71", "rw"),
                ChangeInstanceRoleResponse.class);
        refused("ResourceUnavailable.InstanceStatusError", () -> f.redis().ChangeInstanceRole(role(id, "crs-rpl-267khx71", "r")));
        f.followsToSucceed(changed.getTaskId(), id, "Change Instance Role", "057", 1L);

        TencentCloudSDKException group = refused("InvalidParameterValue.ReplicationGroupNotExists",
                () -> f.redis().ChangeInstanceRole(role(id, "group-1", "r")));
        assertTrue(group.getMessage().contains("crs-rpl-"), group.getMessage());
        refused("InvalidParameterValue", () -> f.redis().ChangeInstanceRole(role(id, "crs-rpl-267khx71", "w")));
        refused("ResourceNotFound.InstanceNotExists", () -> f.redis().ChangeInstanceRole(role("crs-nothere1", "crs-rpl-267khx71", "r")));
        assertEquals(1L, f.redis().DescribeTaskList(types("057")).getTotalCount(), "only the accepted call started a task");
    }

    private static UpgradeSmallVersionRequest minor(String id, String current, String target) {
        UpgradeSmallVersionRequest request = new UpgradeSmallVersionRequest();
        request.setInstanceId(id);
        request.setCurrentRedisVersion(current);
        request.setUpgradeRedisVersion(target);
        request.setInstanceTypeUpgradeNow(1L);
        return request;
    }

    private static UpgradeProxyVersionRequest proxy(String id, String current, String target) {
        UpgradeProxyVersionRequest request = new UpgradeProxyVersionRequest();
        request.setInstanceId(id);
        request.setCurrentProxyVersion(current);
        request.setUpgradeProxyVersion(target);
        request.setInstanceTypeUpgradeNow(0L);
        return request;
    }

    private static ChangeInstanceRoleRequest role(String id, String groupId, String role) {
        ChangeInstanceRoleRequest request = new ChangeInstanceRoleRequest();
        request.setInstanceId(id);
        request.setGroupId(groupId);
        request.setInstanceRole(role);
        return request;
    }

    private static DescribeTaskListRequest types(String code) {
        DescribeTaskListRequest request = new DescribeTaskListRequest();
        request.setTaskTypes(new String[]{code});
        return request;
    }
}
