package io.tcemu.product.redis;

import com.tencentcloudapi.common.exception.TencentCloudSDKException;
import com.tencentcloudapi.common.profile.ClientProfile;
import com.tencentcloudapi.common.profile.Language;
import com.tencentcloudapi.redis.v20180412.RedisClient;
import com.tencentcloudapi.redis.v20180412.models.CreateInstancesRequest;
import com.tencentcloudapi.redis.v20180412.models.DescribeInstancesRequest;
import com.tencentcloudapi.redis.v20180412.models.DescribeInstancesResponse;
import com.tencentcloudapi.redis.v20180412.models.DescribeTaskInfoRequest;
import com.tencentcloudapi.redis.v20180412.models.DestroyPostpaidInstanceRequest;
import com.tencentcloudapi.redis.v20180412.models.InstanceSet;
import com.tencentcloudapi.redis.v20180412.models.ManualBackupInstanceRequest;
import com.tencentcloudapi.redis.v20180412.models.ResetPasswordRequest;
import com.tencentcloudapi.redis.v20180412.models.ResourceTag;
import io.tcemu.SdkClients;
import io.tcemu.auth.Accounts;
import io.tcemu.product.WireTime;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import static io.tcemu.product.redis.RedisSteps.PASSWORD;
import static io.tcemu.product.redis.RedisSteps.order;
import static io.tcemu.SdkClients.refused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Redis instances through the official SDK: creation, the states operations need, isolation and DescribeInstances. */
class RedisInstancesContractTest extends RedisSdkTest {

    @Test
    void aNewInstanceShowsWhatWasOrderedAndRunsOnceCreated() throws Exception {
        String createdAt = f.now();
        String id = f.redis().CreateInstances(order("sessions")).getInstanceIds()[0];

        InstanceSet creating = f.instance(id);
        assertEquals(List.of("sessions", 0L, "To be initialized", SdkClients.REGION, 100003L, 15L, 4096f, 0L, createdAt),
                List.of(creating.getInstanceName(), creating.getStatus(), creating.getInstanceTitle(), creating.getRegion(),
                        creating.getZoneId(), creating.getType(), creating.getSize(), creating.getProjectId(), creating.getCreatetime()));
        assertEquals(List.of("Redis", "standalone", 0L, WireTime.ZERO, 6379L, "vpc-mjwornzj", "subnet-1ed4w7to", 1L, 1L),
                List.of(creating.getEngine(), creating.getProductType(), creating.getBillingMode(), creating.getDeadlineTime(),
                        creating.getPort(), creating.getUniqVpcId(), creating.getUniqSubnetId(), creating.getRedisShardNum(),
                        creating.getRedisReplicasNum()));
        assertTrue(creating.getWanIp().matches("10\\.0\\.\\d+\\.\\d+"), creating.getWanIp());
        // members the model marks always present: an SDK user unboxes and iterates them without a null check
        assertTrue(creating.getVpcId() > 0 && creating.getSubnetId() > 0, creating.getVpcId() + " " + creating.getSubnetId());
        assertEquals(List.of(Long.parseLong(Accounts.DEV.id()), 0L, 10000L, "6.2", 0, 0L, 0L),
                List.of(creating.getAppid(), creating.getPasswordFree(), creating.getClientLimit(),
                        creating.getCurrentRedisVersion(), creating.getTags().length, creating.getReadOnly(), creating.getDiskSize()));
        assertEquals(creating.getVpcId(), f.instance(f.redis().CreateInstances(order("same-vpc")).getInstanceIds()[0]).getVpcId(),
                "one VPC, one number");

        f.advance(60);
        InstanceSet running = f.instance(id);
        assertEquals(List.of(2L, "Running", createdAt), List.of(running.getStatus(), running.getInstanceTitle(), running.getCreatetime()));
    }

    @Test
    void underReadsProgressionPollingDescribeInstancesMovesTheCreateTask() throws Exception {
        f.raw().plain().contentType("application/json").body("{\"mode\": \"reads\", \"reads\": 2}")
                .put("/_tcemu/progression").then().statusCode(200);
        String id = f.redis().CreateInstances(order("polled")).getInstanceIds()[0];

        List<Long> polled = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            polled.add(f.instance(id).getStatus());
        }
        assertEquals(List.of(0L, 0L, 0L, 2L), polled, "two reads to start running, two more to succeed");
    }

    @Test
    void severalInstancesInOneOrderEachHaveTheirCreateTask() throws Exception {
        CreateInstancesRequest order = order("shard");
        order.setGoodsNum(3L);
        order.setTypeId(16L);
        order.setRedisShardNum(5L);
        String[] ids = f.redis().CreateInstances(order).getInstanceIds();

        assertEquals(3, ids.length);
        for (String id : ids) {
            assertEquals("001", f.tasksOf(id).getTasks()[0].getTaskType());
            assertEquals(5 * 4096f, f.instance(id).getSize(), "cluster: MemSize per shard");
        }
    }

    @Test
    void createInstancesChecksItsParametersWithTheDocumentedCodes() throws Exception {
        refused("InvalidParameterValue.InvalidInstanceTypeId", () -> create(o -> o.setTypeId(1L)));
        refused("LimitExceeded.InvalidMemSize", () -> create(o -> o.setMemSize(1000L)));
        refused("LimitExceeded.InvalidParameterGoodsNumNotInRange", () -> create(o -> o.setGoodsNum(0L)));
        refused("LimitExceeded.PeriodLessThanMinLimit", () -> create(o -> o.setPeriod(0L)));
        refused("LimitExceeded.PeriodExceedMaxLimit", () -> create(o -> { o.setBillingMode(1L); o.setPeriod(48L); }));
        refused("InvalidParameterValue.PasswordEmpty", () -> create(o -> o.setPassword(null)));
        refused("InvalidParameterValue.PasswordRuleError", () -> create(o -> o.setPassword("short")));
        refused("InvalidParameterValue.PasswordRuleError", () -> create(o -> o.setPassword("/Redis@2024pass")));
        refused("InvalidParameterValue.PasswordFreeDenied", () -> create(o -> { o.setNoAuth(true); o.setVpcId(null); o.setSubnetId(null); }));
        refused("InvalidParameterValue.InvalidSubnetId", () -> create(o -> o.setSubnetId(null)));
        refused("InvalidParameterValue.SpecNotExist", () -> create(o -> o.setRedisReplicasNum(6L)));
        refused("InvalidParameterValue.SpecNotExist", () -> create(o -> { o.setTypeId(16L); o.setRedisShardNum(4L); }));
        refused("InvalidParameter.EmptyParam", () -> create(o -> o.setZoneId(null)));
        refused("InvalidParameterValue", () -> create(o -> o.setInstanceName("no spaces")));
        refused("DryRunOperation", () -> create(o -> o.setDryRun(true)));
        assertEquals(0L, describe(r -> { }).getTotalCount(), "nothing was created");
    }

    @Test
    void operationsNeedARunningInstanceAndSayWhy() throws Exception {
        String id = f.redis().CreateInstances(order("young")).getInstanceIds()[0];
        TencentCloudSDKException creating = refused("ResourceUnavailable", () -> f.clear(id, PASSWORD));
        assertTrue(creating.getMessage().contains("Status `creating`; ClearInstance is allowed only when Status is `running`"),
                creating.getMessage());
        refused("ResourceUnavailable.InstanceStateError", () -> backup(id));

        f.advance(60);
        f.clear(id, PASSWORD);
        assertEquals(1L, f.instance(id).getStatus());
        refused("ResourceUnavailable.InstanceLockedError", () -> backup(id));
        refused("ResourceUnavailable.InstanceStatusAbnormal", () -> {
            ResetPasswordRequest reset = new ResetPasswordRequest();
            reset.setInstanceId(id);
            reset.setPassword("Another#2025");
            f.redis().ResetPassword(reset);
        });
        refused("ResourceNotFound", () -> f.clear("crs-nothere0", PASSWORD));

        f.advance(60);
        refused("InvalidParameterValue.PasswordEmpty", () -> f.clear(id, null));
        assertEquals(2L, f.instance(id).getStatus(), "a refused call starts no flow");
    }

    @Test
    void aDestroyedPayAsYouGoInstanceIsIsolatedThenGoesOfflineAfterTwoHours() throws Exception {
        String id = f.runningInstance("disposable");
        DestroyPostpaidInstanceRequest destroy = new DestroyPostpaidInstanceRequest();
        destroy.setInstanceId(id);
        Instant destroyed = f.emulator().engine().clock().now();
        long task = f.redis().DestroyPostpaidInstance(destroy).getTaskId();
        assertEquals(1L, f.instance(id).getStatus());
        f.advance(10);

        String closed = WireTime.format(destroyed.plusSeconds(1 + 3));
        InstanceSet isolated = f.instance(id);
        assertEquals(List.of(-2L, closed, WireTime.format(WireTime.parse(closed).plusSeconds(7200))),
                List.of(isolated.getStatus(), isolated.getCloseTime(), isolated.getOfflineTime()),
                "closed when the task ended (1 s preparing, 3 s running), offline two hours later");
        refused("ResourceUnavailable.InstanceStatusError", () -> f.redis().DestroyPostpaidInstance(destroy));
        refused("ResourceUnavailable", () -> f.clear(id, PASSWORD));

        f.advance(7200);
        assertEquals(-3L, f.instance(id).getStatus(), "pending deletion");
        f.advance(60);
        assertEquals(0L, describe(r -> r.setInstanceId(id)).getTotalCount());
        DescribeTaskInfoRequest info = new DescribeTaskInfoRequest();
        info.setTaskId(task);
        assertEquals("Disable Instance", f.redis().DescribeTaskInfo(info).getTaskType());
    }

    @Test
    void aMonthlyInstanceIsNotDestroyedAsPayAsYouGoAndIsIsolatedWhenItExpires() throws Exception {
        CreateInstancesRequest monthly = order("monthly");
        monthly.setBillingMode(1L);
        monthly.setPeriod(1L);
        String id = f.runningInstance(f.redis(), monthly);
        DestroyPostpaidInstanceRequest destroy = new DestroyPostpaidInstanceRequest();
        destroy.setInstanceId(id);
        refused("InvalidParameterValue.UnSupportedType", () -> f.redis().DestroyPostpaidInstance(destroy));

        String deadline = f.instance(id).getDeadlineTime();
        f.advance(32L * 24 * 3600);
        InstanceSet expired = f.instance(id);
        assertEquals(List.of(-2L, deadline, WireTime.format(WireTime.parse(deadline).plusSeconds(7 * 24 * 3600))),
                List.of(expired.getStatus(), expired.getCloseTime(), expired.getOfflineTime()));
    }

    @Test
    void describeInstancesFiltersOrdersAndPages() throws Exception {
        String alpha = f.runningInstance("alpha");
        CreateInstancesRequest tagged = order("beta-cache");
        ResourceTag team = new ResourceTag();
        team.setTagKey("team");
        team.setTagValue("payments");
        tagged.setResourceTags(new ResourceTag[]{team});
        tagged.setProjectId(7L);
        String beta = f.runningInstance(f.redis(), tagged);
        String gamma = f.redis().CreateInstances(order("gamma")).getInstanceIds()[0];

        assertEquals(List.of(gamma, beta, alpha), ids(describe(r -> { })), "newest first by default");
        assertEquals(List.of(alpha, beta, gamma), ids(describe(r -> { r.setOrderBy("instancename"); r.setOrderType(0L); })));
        assertEquals(List.of(gamma), ids(describe(r -> r.setStatus(new Long[]{0L}))));
        assertEquals(List.of(beta), ids(describe(r -> r.setSearchKey("cache"))));
        assertEquals(List.of(beta, alpha), ids(describe(r -> r.setSearchKeys(new String[]{alpha, "beta"}))));
        assertEquals(List.of(beta), ids(describe(r -> r.setProjectIds(new Long[]{7L}))));
        assertEquals(List.of(beta), ids(describe(r -> r.setTagKeys(new String[]{"team"}))));
        assertEquals(List.of(gamma, alpha), ids(describe(r -> r.setInstanceIds(new String[]{alpha, gamma}))));
        assertEquals(3L, describe(r -> r.setBillingMode("postpaid")).getTotalCount());
        assertEquals(0L, describe(r -> r.setBillingMode("prepaid")).getTotalCount());
        assertEquals(3L, describe(r -> r.setEngineName("Redis-6.2")).getTotalCount());

        DescribeInstancesResponse page = describe(r -> { r.setLimit(2L); r.setOffset(2L); });
        assertEquals(3L, page.getTotalCount());
        assertEquals(List.of(alpha), ids(page));
        refused("InvalidParameterValue", () -> describe(r -> { r.setLimit(2L); r.setOffset(3L); }));
        refused("InvalidParameter.InvalidParameter", () -> describe(r -> r.setOrderBy("colour")));
        assertEquals(0L, f.other().DescribeInstances(new DescribeInstancesRequest()).getTotalCount(), "another account sees none");
    }

    @Test
    void aChineseClientReadsChineseTitlesAndTaskTypes() throws Exception {
        ClientProfile profile = SdkClients.http(f.emulator());
        profile.setLanguage(Language.ZH_CN);
        RedisClient chinese = SdkClients.redis(SdkClients.devCredential(), profile);
        String id = f.runningInstance("zh");

        DescribeInstancesRequest request = new DescribeInstancesRequest();
        request.setInstanceId(id);
        assertEquals("运行中", chinese.DescribeInstances(request).getInstanceSet()[0].getInstanceTitle());
        DescribeTaskInfoRequest info = new DescribeTaskInfoRequest();
        info.setTaskId(f.clear(id, PASSWORD));
        assertEquals("清空实例", chinese.DescribeTaskInfo(info).getTaskType());
    }

    private static void create(Consumer<CreateInstancesRequest> edit) throws TencentCloudSDKException {
        CreateInstancesRequest request = order("checked");
        edit.accept(request);
        f.redis().CreateInstances(request);
    }

    private static DescribeInstancesResponse describe(Consumer<DescribeInstancesRequest> edit) throws TencentCloudSDKException {
        DescribeInstancesRequest request = new DescribeInstancesRequest();
        edit.accept(request);
        return f.redis().DescribeInstances(request);
    }

    private static List<String> ids(DescribeInstancesResponse response) {
        return Arrays.stream(response.getInstanceSet()).map(InstanceSet::getInstanceId).toList();
    }

    private static void backup(String id) throws TencentCloudSDKException {
        ManualBackupInstanceRequest backup = new ManualBackupInstanceRequest();
        backup.setInstanceId(id);
        f.redis().ManualBackupInstance(backup);
    }
}
