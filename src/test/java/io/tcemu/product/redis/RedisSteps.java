package io.tcemu.product.redis;

import io.tcemu.auth.Accounts;
import java.io.IOException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.tencentcloudapi.common.AbstractModel;
import com.tencentcloudapi.common.CommonClient;
import com.tencentcloudapi.common.Credential;
import com.tencentcloudapi.common.exception.TencentCloudSDKException;
import com.tencentcloudapi.redis.v20180412.RedisClient;
import com.tencentcloudapi.redis.v20180412.models.ClearInstanceRequest;
import com.tencentcloudapi.redis.v20180412.models.CreateInstancesRequest;
import com.tencentcloudapi.redis.v20180412.models.DescribeInstancesRequest;
import com.tencentcloudapi.redis.v20180412.models.DescribeTaskInfoRequest;
import com.tencentcloudapi.redis.v20180412.models.DescribeTaskInfoResponse;
import com.tencentcloudapi.redis.v20180412.models.DescribeTaskListRequest;
import com.tencentcloudapi.redis.v20180412.models.DescribeTaskListResponse;
import com.tencentcloudapi.redis.v20180412.models.InstanceSet;
import com.tencentcloudapi.redis.v20180412.models.ModifyInstanceAvailabilityZonesRequest;
import com.tencentcloudapi.redis.v20180412.models.RedisNodeInfo;
import com.tencentcloudapi.redis.v20180412.models.TaskInfoDetail;
import io.restassured.http.ContentType;
import io.tcemu.Emulator;
import io.tcemu.EmulatorConfig;
import io.tcemu.ExtraAccounts;
import io.tcemu.api.Language;
import io.tcemu.RawCalls;
import io.tcemu.SdkClients;
import io.tcemu.junit.Tcemu;
import io.tcemu.product.WireTime;
import io.tcemu.spec.ApiSpecs;
import io.tcemu.spec.OutputModel;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * The moves a Redis test makes against the emulator a {@link Tcemu} handle runs, with official
 * RedisClients for the dev account and a second one ({@link #withAnotherAccount}): create a
 * running instance, advance the frozen clock, read tasks.
 */
public final class RedisSteps {
    static final String PASSWORD = "Redis@2024pass";
    static final String OTHER_ACCOUNT = "200000000002";
    private static final ApiSpecs SPECS = ApiSpecs.load();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String OTHER_SECRET_ID = "AKIDsecondaccount00000000000000000000";
    private static final String OTHER_SECRET_KEY = "secondaccountkey0000000000000000";

    private final Tcemu tc;

    RedisSteps(Tcemu tc) {
        this.tc = tc;
    }

    /** An emulator configuration with the second account. */
    static EmulatorConfig withAnotherAccount() {
        // messages in English, which the tests assert (the emulator's default is Chinese, as the real API's)
        return ExtraAccounts.ephemeralWith(OTHER_SECRET_ID, OTHER_SECRET_KEY, OTHER_ACCOUNT).language(Language.EN_US);
    }

    Emulator emulator() {
        return tc.emulator();
    }

    RawCalls raw() {
        return new RawCalls(tc.emulator());
    }

    /** The dev account's client. */
    RedisClient redis() {
        // through SdkClients, whose recorder checks every answer against the models (fidelity.WireRecorder)
        return SdkClients.redis(SdkClients.devCredential(), SdkClients.http(tc.emulator()));
    }

    /** The second account's client. */
    RedisClient other() {
        return SdkClients.redis(new Credential(OTHER_SECRET_ID, OTHER_SECRET_KEY), SdkClients.http(tc.emulator()));
    }

    void advance(long seconds) {
        emulator().engine().clock().advance(Duration.ofSeconds(seconds));
    }

    String now() {
        return WireTime.format(emulator().engine().clock().now());
    }

    /** Injects a fault the way a test harness over HTTP does. */
    void fault(String json) {
        raw().plain().contentType(ContentType.JSON).body(json).post("/_tcemu/faults").then().statusCode(200);
    }

    public static CreateInstancesRequest order(String name) {
        CreateInstancesRequest order = new CreateInstancesRequest();
        order.setTypeId(15L);
        order.setMemSize(4096L);
        order.setGoodsNum(1L);
        order.setPeriod(1L);
        order.setBillingMode(0L);
        order.setZoneId(100003L);
        order.setPassword(PASSWORD);
        order.setInstanceName(name);
        order.setVpcId("vpc-mjwornzj");
        order.setSubnetId("subnet-1ed4w7to");
        return order;
    }

    /** Creates an instance and lets its Create task run to the end. */
    String runningInstance(String name) throws TencentCloudSDKException {
        return runningInstance(redis(), order(name));
    }

    String runningInstance(RedisClient client, CreateInstancesRequest order) throws TencentCloudSDKException {
        String id = client.CreateInstances(order).getInstanceIds()[0];
        advance(60);
        assertEquals(2L, instance(client, id).getStatus(), "running once its Create task succeeded");
        return id;
    }

    InstanceSet instance(String id) throws TencentCloudSDKException {
        return instance(redis(), id);
    }

    static InstanceSet instance(RedisClient client, String id) throws TencentCloudSDKException {
        DescribeInstancesRequest request = new DescribeInstancesRequest();
        request.setInstanceId(id);
        InstanceSet[] found = client.DescribeInstances(request).getInstanceSet();
        assertEquals(1, found.length, "one instance " + id);
        return found[0];
    }

    DescribeTaskInfoResponse taskInfo(long taskId) throws TencentCloudSDKException {
        DescribeTaskInfoRequest request = new DescribeTaskInfoRequest();
        request.setTaskId(taskId);
        return redis().DescribeTaskInfo(request);
    }

    DescribeTaskListResponse tasksOf(String instanceId) throws TencentCloudSDKException {
        DescribeTaskListRequest request = new DescribeTaskListRequest();
        request.setInstanceId(instanceId);
        return redis().DescribeTaskList(request);
    }

    long clear(String instanceId, String password) throws TencentCloudSDKException {
        ClearInstanceRequest clear = new ClearInstanceRequest();
        clear.setInstanceId(instanceId);
        clear.setPassword(password);
        return redis().ClearInstance(clear).getTaskId();
    }

    /**
     * Calls the action with the SDK request's members through CommonClient, asserts that the answer
     * carries every member its output model requires and nothing the model lacks, and returns it as
     * the SDK's response type.
     */
    <T extends AbstractModel> T checked(String action, AbstractModel request, Class<T> type) throws Exception {
        return AbstractModel.fromJsonString(checked(action, request).toString(), type);
    }

    /** As above, the answer as it came: for members this SDK's response type lacks (CreateExportTask's FileName). */
    JsonNode checked(String action, AbstractModel request) throws Exception {
        CommonClient common = new CommonClient("redis", "2018-04-12", SdkClients.devCredential(), SdkClients.REGION,
                SdkClients.http(emulator()));
        JsonNode response = JSON.readTree(common.call(action, AbstractModel.toJsonString(request))).get("Response");
        ObjectNode members = response.deepCopy();
        members.remove("RequestId");
        OutputModel model = OutputModel.of(SPECS.action("redis", "2018-04-12", action).orElseThrow());
        assertEquals(members, model.complete(members.deepCopy(), 1), action + " answers every member its model requires");
        return response;
    }

    /** Follows a task to succeed, the instance running again afterwards. */
    void followsToSucceed(long taskId, String instanceId, String type, String code, long inFlow) throws Exception {
        followsToSucceed(taskId, instanceId, type, code, inFlow, 2L);
    }

    /** Follows a task through preparing, running and succeed, in both task APIs, and the instance's flow with it. */
    void followsToSucceed(long taskId, String instanceId, String type, String code, long inFlow, long after)
            throws Exception {
        String started = now();
        DescribeTaskInfoResponse info = taskInfo(taskId);
        assertEquals(List.of("preparing", started, type, instanceId, ""),
                List.of(info.getStatus(), info.getStartTime(), info.getTaskType(), info.getInstanceId(), info.getTaskMessage()));
        TaskInfoDetail detail = task(tasksOf(instanceId), taskId);
        assertEquals(List.of(code, 0L, 0f, WireTime.ZERO, started),
                List.of(detail.getTaskType(), detail.getResult(), detail.getProgress(), detail.getEndTime(), detail.getStartTime()));
        assertEquals(inFlow, instance(instanceId).getStatus(), "the instance while its task runs");

        advance(1);
        assertEquals("running", taskInfo(taskId).getStatus());
        assertEquals(1L, task(tasksOf(instanceId), taskId).getResult());
        assertEquals(inFlow, instance(instanceId).getStatus());

        advance(60);
        info = taskInfo(taskId);
        assertEquals(List.of("succeed", started, ""), List.of(info.getStatus(), info.getStartTime(), info.getTaskMessage()));
        detail = task(tasksOf(instanceId), taskId);
        assertEquals(List.of(2L, 1f), List.of(detail.getResult(), detail.getProgress()));
        assertNotEquals(WireTime.ZERO, detail.getEndTime());
        assertEquals(after, instance(instanceId).getStatus(), "the instance once its task succeeded");
    }

    /** ModifyInstanceAvailabilityZones, switching now: the TaskId of its Migrate to New AZ task. */
    long migrate(String instanceId, RedisNodeInfo... nodes) throws TencentCloudSDKException {
        ModifyInstanceAvailabilityZonesRequest request = new ModifyInstanceAvailabilityZonesRequest();
        request.setInstanceId(instanceId);
        request.setSwitchOption(2L);
        request.setNodeSet(nodes);
        return redis().ModifyInstanceAvailabilityZones(request).getTaskId();
    }

    /** A node of a multi-AZ instance (NodeType 0 master, 1 replica) in a zone. */
    static RedisNodeInfo node(long type, long zone) {
        RedisNodeInfo node = new RedisNodeInfo();
        node.setNodeType(type);
        node.setZoneId(zone);
        return node;
    }

    TaskInfoDetail only(DescribeTaskListResponse list) {
        assertEquals(1, list.getTasks().length, "one task");
        return list.getTasks()[0];
    }

    TaskInfoDetail task(DescribeTaskListResponse list, long taskId) {
        return Arrays.stream(list.getTasks()).filter(t -> t.getTaskId() == taskId).findFirst().orElseThrow();
    }

    List<Long> taskIds(DescribeTaskListResponse list) {
        return Arrays.stream(list.getTasks()).map(TaskInfoDetail::getTaskId).toList();
    }

}
