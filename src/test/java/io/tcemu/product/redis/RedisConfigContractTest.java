package io.tcemu.product.redis;

import com.tencentcloudapi.redis.v20180412.models.CreateInstancesRequest;
import com.tencentcloudapi.redis.v20180412.models.DescribeInstanceParamsRequest;
import com.tencentcloudapi.redis.v20180412.models.DescribeInstanceParamsResponse;
import com.tencentcloudapi.redis.v20180412.models.DescribeTaskListRequest;
import com.tencentcloudapi.redis.v20180412.models.InstanceEnumParam;
import com.tencentcloudapi.redis.v20180412.models.InstanceIntegerParam;
import com.tencentcloudapi.redis.v20180412.models.InstanceParam;
import com.tencentcloudapi.redis.v20180412.models.InstanceSet;
import com.tencentcloudapi.redis.v20180412.models.ModifyInstanceParamsRequest;
import com.tencentcloudapi.redis.v20180412.models.ModifyInstanceRequest;
import com.tencentcloudapi.redis.v20180412.models.ModifyInstanceResponse;
import com.tencentcloudapi.redis.v20180412.models.UpgradeInstanceRequest;
import com.tencentcloudapi.redis.v20180412.models.UpgradeInstanceResponse;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import static io.tcemu.SdkClients.refused;
import static io.tcemu.product.redis.RedisSteps.PASSWORD;
import static io.tcemu.product.redis.RedisSteps.order;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Resize (UpgradeInstance), settings (ModifyInstance) and parameters through the official SDK. */
class RedisConfigContractTest extends RedisSdkTest {

    @Test
    void aResizeIsAConfigureTaskFollowedToItsEndAndTheNewSizeShows() throws Exception {
        String id = f.runningInstance("resized");
        UpgradeInstanceResponse deal = f.checked("UpgradeInstance", resize(id, r -> r.setMemSize(8192L)), UpgradeInstanceResponse.class);
        assertTrue(deal.getDealName().matches("\\d{23}"), "an order, not a TaskId: " + deal.getDealName());

        DescribeTaskListRequest resizes = new DescribeTaskListRequest();
        resizes.setTaskTypes(new String[]{"002"});
        long task = f.only(f.redis().DescribeTaskList(resizes)).getTaskId();
        f.followsToSucceed(task, id, "Configure", "002", 1L);
        InstanceSet resized = f.instance(id);
        assertEquals(List.of(8192L, 1L, 1L, 8192.0), List.of(resized.getRedisShardSize(), resized.getRedisShardNum(),
                resized.getRedisReplicasNum(), resized.getSize().doubleValue()));
    }

    @Test
    void aClusterGrowsByShardsOrReplicasOneChangeAtATime() throws Exception {
        CreateInstancesRequest cluster = order("cluster");
        cluster.setTypeId(16L);
        cluster.setRedisShardNum(3L);
        String id = f.runningInstance(f.redis(), cluster);

        f.redis().UpgradeInstance(resize(id, r -> { r.setMemSize(4096L); r.setRedisShardNum(5L); }));
        assertEquals(5 * 4096.0, f.instance(id).getSize().doubleValue(), "shows from the call on");
        f.advance(60);
        refused("InvalidParameter.InvalidParameter",
                () -> f.redis().UpgradeInstance(resize(id, r -> { r.setMemSize(8192L); r.setRedisReplicasNum(2L); })));
        f.redis().UpgradeInstance(resize(id, r -> { r.setMemSize(4096L); r.setRedisReplicasNum(2L); }));
        f.advance(60);
        InstanceSet grown = f.instance(id);
        assertEquals(List.of(4096L, 5L, 2L, 2L), List.of(grown.getRedisShardSize(), grown.getRedisShardNum(),
                grown.getRedisReplicasNum(), grown.getStatus()));
    }

    @Test
    void aResizeThatAsksNothingOrTooMuchOrComesDuringAFlowIsRefusedAndChangesNothing() throws Exception {
        String id = f.runningInstance("strict");
        refused("InvalidParameter.InvalidParameter", () -> f.redis().UpgradeInstance(resize(id, r -> r.setMemSize(4096L))));
        refused("LimitExceeded.InvalidMemSize", () -> f.redis().UpgradeInstance(resize(id, r -> r.setMemSize(5000L))));
        refused("InvalidParameterValue.SpecNotExist", () -> f.redis().UpgradeInstance(resize(id, r -> { r.setMemSize(4096L);
            r.setRedisShardNum(3L); })));
        refused("InvalidParameter.InvalidParameter", () -> f.redis().UpgradeInstance(resize(id, r -> { r.setMemSize(8192L);
            r.setSwitchOption(3L); })));
        refused("ResourceNotFound.InstanceNotExists", () -> f.redis().UpgradeInstance(resize("crs-nothere1", r -> r.setMemSize(8192L))));

        f.clear(id, PASSWORD);
        refused("ResourceUnavailable.InstanceStatusError", () -> f.redis().UpgradeInstance(resize(id, r -> r.setMemSize(8192L))));
        f.advance(60);
        assertEquals(4096L, f.instance(id).getRedisShardSize(), "nothing changed");
        DescribeTaskListRequest resizes = new DescribeTaskListRequest();
        resizes.setTaskTypes(new String[]{"002"});
        assertEquals(0L, f.redis().DescribeTaskList(resizes).getTotalCount());
    }

    @Test
    void modifyInstanceRenamesMovesAndFlagsSeveralInstancesAtOnce() throws Exception {
        String one = f.runningInstance("one");
        String two = f.runningInstance("two");

        f.checked("ModifyInstance", modify("rename", r -> { r.setInstanceIds(new String[]{one, two});
            r.setInstanceNames(new String[]{"orders", "订单-cache_2"}); }), ModifyInstanceResponse.class);
        f.redis().ModifyInstance(modify("modifyProject", r -> { r.setInstanceIds(new String[]{one, two}); r.setProjectId(1234L); }));
        f.redis().ModifyInstance(modify("modifyAutoRenew", r -> { r.setInstanceIds(new String[]{one}); r.setAutoRenews(new Long[]{1L}); }));
        f.redis().ModifyInstance(modify("modifyDeleteProtectionSwitch", r -> { r.setInstanceIds(new String[]{two});
            r.setDeleteProtectionSwitches(new Long[]{1L}); }));
        f.redis().ModifyInstance(modify("rename", r -> { r.setInstanceId(two); r.setInstanceName("legacy-call"); }));

        InstanceSet first = f.instance(one);
        InstanceSet second = f.instance(two);
        assertEquals(List.of("orders", 1234L, 1L, 2L), List.of(first.getInstanceName(), first.getProjectId(),
                first.getAutoRenewFlag(), first.getStatus()));
        assertEquals(List.of("legacy-call", 1234L, 0L, 1L), List.of(second.getInstanceName(), second.getProjectId(),
                second.getAutoRenewFlag(), second.getDeleteProtectionSwitch()));
    }

    @Test
    void modifyInstanceChecksEveryValueAndEveryInstanceBeforeChangingAny() throws Exception {
        String id = f.runningInstance("kept");
        refused("InvalidParameterValue", () -> f.redis().ModifyInstance(modify("rename", r -> {
            r.setInstanceIds(new String[]{id}); r.setInstanceNames(new String[]{"a", "b"}); })));
        refused("InvalidParameterValue", () -> f.redis().ModifyInstance(modify("rename", r -> {
            r.setInstanceIds(new String[]{id}); r.setInstanceNames(new String[]{"no spaces allowed"}); })));
        refused("InvalidParameterValue", () -> f.redis().ModifyInstance(modify("modifyAutoRenew", r -> {
            r.setInstanceIds(new String[]{id}); r.setAutoRenews(new Long[]{3L}); })));
        refused("InvalidParameterValue", () -> f.redis().ModifyInstance(modify("modifyProject", r -> r.setInstanceIds(new String[]{id}))));
        refused("InvalidParameterValue", () -> f.redis().ModifyInstance(modify("recolour", r -> r.setInstanceIds(new String[]{id}))));
        refused("ResourceNotFound", () -> f.redis().ModifyInstance(modify("rename", r -> {
            r.setInstanceIds(new String[]{id, "crs-nothere1"}); r.setInstanceNames(new String[]{"renamed", "ghost"}); })));

        assertEquals("kept", f.instance(id).getInstanceName());
    }

    @Test
    void parametersSetByModifyInstanceParamsShowInDescribeInstanceParamsChangingUntilTheTaskEnds() throws Exception {
        String id = f.runningInstance("tuned");
        DescribeInstanceParamsResponse defaults = params(id);
        assertEquals(18L, defaults.getTotalCount());
        assertEquals("31536000", integer(defaults, "timeout").getCurrentValue());
        assertEquals("noeviction", choice(defaults, "maxmemory-policy").getCurrentValue());

        ModifyInstanceParamsRequest modify = new ModifyInstanceParamsRequest();
        modify.setInstanceId(id);
        modify.setInstanceParams(new InstanceParam[]{param("timeout", "120"), param("maxmemory-policy", "allkeys-lru")});
        long task = f.redis().ModifyInstanceParams(modify).getTaskId();

        DescribeInstanceParamsResponse changing = params(id);
        assertEquals(List.of("120", 1L, "31536000"), List.of(integer(changing, "timeout").getCurrentValue(),
                integer(changing, "timeout").getStatus(), integer(changing, "timeout").getDefaultValue()));
        assertEquals(List.of("allkeys-lru", 1L), List.of(choice(changing, "maxmemory-policy").getCurrentValue(),
                choice(changing, "maxmemory-policy").getStatus()));
        assertEquals(2L, integer(changing, "hz").getStatus(), "a parameter not being changed");

        f.advance(60);
        assertEquals("succeed", f.taskInfo(task).getStatus());
        DescribeInstanceParamsResponse changed = params(id);
        assertEquals(List.of("120", 2L), List.of(integer(changed, "timeout").getCurrentValue(), integer(changed, "timeout").getStatus()));
        assertEquals("allkeys-lru", choice(changed, "maxmemory-policy").getCurrentValue());
    }

    @Test
    void modifyInstanceParamsRefusesUnknownParametersAndValuesOutOfTheirRangeNamingWhatIsAllowed() throws Exception {
        String id = f.runningInstance("guarded");
        for (InstanceParam bad : List.of(param("no-such-param", "1"), param("timeout", "10"), param("hz", "fast"),
                param("maxmemory-policy", "lru"), param("disable-command-list", "keys,nope"))) {
            ModifyInstanceParamsRequest modify = new ModifyInstanceParamsRequest();
            modify.setInstanceId(id);
            modify.setInstanceParams(new InstanceParam[]{bad});
            String message = refused("InvalidParameter", () -> f.redis().ModifyInstanceParams(modify)).getMessage();
            assertTrue(message.contains(bad.getKey()), message);
        }
        assertTrue(refused("InvalidParameter", () -> {
            ModifyInstanceParamsRequest modify = new ModifyInstanceParamsRequest();
            modify.setInstanceId(id);
            modify.setInstanceParams(new InstanceParam[]{param("timeout", "10")});
            f.redis().ModifyInstanceParams(modify);
        }).getMessage().contains("from 60 to 2147483647"));
        assertEquals("31536000", integer(params(id), "timeout").getCurrentValue(), "nothing changed");
        assertEquals(1L, f.tasksOf(id).getTotalCount(), "no task but the Create task");
    }

    private static UpgradeInstanceRequest resize(String id, Consumer<UpgradeInstanceRequest> edit) {
        UpgradeInstanceRequest request = new UpgradeInstanceRequest();
        request.setInstanceId(id);
        edit.accept(request);
        return request;
    }

    private static ModifyInstanceRequest modify(String operation, Consumer<ModifyInstanceRequest> edit) {
        ModifyInstanceRequest request = new ModifyInstanceRequest();
        request.setOperation(operation);
        edit.accept(request);
        return request;
    }

    private static DescribeInstanceParamsResponse params(String id) throws Exception {
        DescribeInstanceParamsRequest request = new DescribeInstanceParamsRequest();
        request.setInstanceId(id);
        return f.checked("DescribeInstanceParams", request, DescribeInstanceParamsResponse.class);
    }

    private static InstanceIntegerParam integer(DescribeInstanceParamsResponse params, String name) {
        return Arrays.stream(params.getInstanceIntegerParam()).filter(p -> p.getParamName().equals(name)).findFirst().orElseThrow();
    }

    private static InstanceEnumParam choice(DescribeInstanceParamsResponse params, String name) {
        return Arrays.stream(params.getInstanceEnumParam()).filter(p -> p.getParamName().equals(name)).findFirst().orElseThrow();
    }

    private static InstanceParam param(String key, String value) {
        InstanceParam param = new InstanceParam();
        param.setKey(key);
        param.setValue(value);
        return param;
    }
}
