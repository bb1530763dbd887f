package io.tcemu.product.wedata;

import io.tcemu.SdkClients;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tencentcloudapi.common.exception.TencentCloudSDKException;
import com.tencentcloudapi.wedata.v20210820.WedataClient;
import com.tencentcloudapi.wedata.v20210820.models.CommitIntegrationTaskRequest;
import com.tencentcloudapi.wedata.v20210820.models.CreateIntegrationTaskRequest;
import com.tencentcloudapi.wedata.v20210820.models.DescribeIntegrationTaskRequest;
import com.tencentcloudapi.wedata.v20210820.models.DescribeRealTimeTaskMetricOverviewRequest;
import com.tencentcloudapi.wedata.v20210820.models.DescribeRealTimeTaskMetricOverviewResponse;
import com.tencentcloudapi.wedata.v20210820.models.IntegrationNodeInfo;
import com.tencentcloudapi.wedata.v20210820.models.IntegrationTaskInfo;
import com.tencentcloudapi.wedata.v20210820.models.RecordField;
import com.tencentcloudapi.wedata.v20210820.models.ResumeIntegrationTaskRequest;
import com.tencentcloudapi.wedata.v20210820.models.StartIntegrationTaskRequest;
import com.tencentcloudapi.wedata.v20210820.models.StopIntegrationTaskRequest;
import com.tencentcloudapi.wedata.v20210820.models.SuspendIntegrationTaskRequest;
import io.tcemu.Emulator;
import io.tcemu.junit.Tcemu;
import java.time.Duration;
import org.junit.jupiter.api.function.Executable;

/**
 * The calls a real-time task test makes with the official WeData client, against the emulator a
 * {@link Tcemu} handle runs, in one project unless told otherwise.
 */
final class WedataTasks {
    static final String PROJECT = "1486446569620893696";

    private final Tcemu tc;

    WedataTasks(Tcemu tc) {
        this.tc = tc;
    }

    Emulator emulator() {
        return tc.emulator();
    }

    WedataClient client() {
        // through SdkClients, whose recorder checks every answer against the models (fidelity.WireRecorder)
        return SdkClients.wedata(SdkClients.devCredential(), SdkClients.http(tc.emulator()));
    }

    void advanceSeconds(long seconds) {
        emulator().engine().clock().advance(Duration.ofSeconds(seconds));
    }

    /** A task reading MySQL into a target written as {@code writeMode} (append or upsert), on {@code executorId}. */
    String create(String project, String name, String writeMode, String executorId) throws TencentCloudSDKException {
        IntegrationTaskInfo info = new IntegrationTaskInfo();
        info.setTaskName(name);
        info.setTaskType(201L);
        info.setSyncType(2L);
        info.setExecutorId(executorId);
        info.setNodes(new IntegrationNodeInfo[]{node("INPUT", "orders_binlog", null), node("OUTPUT", "orders_dlc", writeMode)});
        CreateIntegrationTaskRequest request = new CreateIntegrationTaskRequest();
        request.setProjectId(project);
        request.setTaskInfo(info);
        return client().CreateIntegrationTask(request).getTaskId();
    }

    /** A task committed to OPS (Initialize) on the default resource group. */
    String submitted(String writeMode) throws TencentCloudSDKException {
        String id = create(PROJECT, "orders-" + writeMode, writeMode, null);
        commit(id);
        return id;
    }

    void commit(String id) throws TencentCloudSDKException {
        CommitIntegrationTaskRequest request = new CommitIntegrationTaskRequest();
        request.setProjectId(PROJECT);
        request.setTaskId(id);
        request.setCommitType(0L);
        client().CommitIntegrationTask(request);
    }

    void start(String id) throws TencentCloudSDKException {
        StartIntegrationTaskRequest request = new StartIntegrationTaskRequest();
        request.setProjectId(PROJECT);
        request.setTaskId(id);
        request.setEvent("START");
        assertTrue(client().StartIntegrationTask(request).getData());
    }

    void suspend(String id, String event) throws TencentCloudSDKException {
        SuspendIntegrationTaskRequest request = new SuspendIntegrationTaskRequest();
        request.setProjectId(PROJECT);
        request.setTaskId(id);
        request.setEvent(event);
        assertTrue(client().SuspendIntegrationTask(request).getData());
    }

    void resume(String id) throws TencentCloudSDKException {
        ResumeIntegrationTaskRequest request = new ResumeIntegrationTaskRequest();
        request.setProjectId(PROJECT);
        request.setTaskId(id);
        assertTrue(client().ResumeIntegrationTask(request).getData());
    }

    void stop(String id) throws TencentCloudSDKException {
        StopIntegrationTaskRequest request = new StopIntegrationTaskRequest();
        request.setProjectId(PROJECT);
        request.setTaskId(id);
        assertTrue(client().StopIntegrationTask(request).getData());
    }

    IntegrationTaskInfo describe(String project, String id) throws TencentCloudSDKException {
        DescribeIntegrationTaskRequest request = new DescribeIntegrationTaskRequest();
        request.setProjectId(project);
        request.setTaskId(id);
        return client().DescribeIntegrationTask(request).getTaskInfo();
    }

    IntegrationTaskInfo describe(String id) throws TencentCloudSDKException {
        return describe(PROJECT, id);
    }

    long status(String id) throws TencentCloudSDKException {
        return describe(id).getStatus();
    }

    DescribeRealTimeTaskMetricOverviewResponse metrics(String id) throws TencentCloudSDKException {
        DescribeRealTimeTaskMetricOverviewRequest request = new DescribeRealTimeTaskMetricOverviewRequest();
        request.setProjectId(PROJECT);
        request.setTaskId(id);
        return client().DescribeRealTimeTaskMetricOverview(request);
    }

    /** The call fails with {@code code}; returns the SDK's exception for its message. */
    static TencentCloudSDKException refused(String code, Executable call) {
        TencentCloudSDKException e = assertThrows(TencentCloudSDKException.class, call);
        assertEquals(code, e.getErrorCode(), e.getMessage());
        return e;
    }

    private static IntegrationNodeInfo node(String type, String name, String writeMode) {
        IntegrationNodeInfo node = new IntegrationNodeInfo();
        node.setNodeType(type);
        node.setName(name);
        node.setDataSourceType(type.equals("INPUT") ? "MYSQL" : "DLC");
        if (writeMode != null) {
            RecordField mode = new RecordField();
            mode.setName("WriteMode");
            mode.setValue(writeMode);
            node.setConfig(new RecordField[]{mode});
        }
        return node;
    }

}
