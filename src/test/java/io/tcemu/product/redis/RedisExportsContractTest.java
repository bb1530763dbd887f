package io.tcemu.product.redis;

import com.tencentcloudapi.common.exception.TencentCloudSDKException;
import com.tencentcloudapi.redis.v20180412.models.CreateExportTaskRequest;
import com.tencentcloudapi.redis.v20180412.models.DeleteExportTaskRequest;
import com.tencentcloudapi.redis.v20180412.models.DeleteExportTaskResponse;
import com.tencentcloudapi.redis.v20180412.models.DescribeExportTasksRequest;
import com.tencentcloudapi.redis.v20180412.models.DescribeExportTasksResponse;
import com.tencentcloudapi.redis.v20180412.models.ExportFile;
import com.tencentcloudapi.redis.v20180412.models.LogFilter;
import io.tcemu.product.WireTime;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import static io.tcemu.SdkClients.refused;
import static io.tcemu.product.redis.RedisSteps.PASSWORD;
import static io.tcemu.product.redis.RedisSteps.order;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Audit log downloads through the official SDK: written in a few seconds, listed, deleted. */
class RedisExportsContractTest extends RedisSdkTest {
    private static final String START = "2026-03-06 00:00:00";
    private static final String END = "2026-03-06 23:59:59";

    @Test
    void anExportIsWrittenInAFewSecondsShowingItsProgressAndIsListedNewestFirst() throws Exception {
        String id = f.runningInstance("audited");
        String created = f.now();
        String name = fileOf(export(id));
        assertTrue(name.matches(id + "_20260306-000000_to_20260306-235959_\\d{13}\\.tar\\.gz"), name);

        ExportFile creating = only(f.checked("DescribeExportTasks", list(id, 20, 0), DescribeExportTasksResponse.class));
        assertEquals(List.of(name, "creating", 0L, created, "", WireTime.ZERO, ""), List.of(creating.getFileName(),
                creating.getStatus(), creating.getProgress(), creating.getCreateTime(), creating.getDownloadUrl(),
                creating.getFinishTime(), creating.getErrMsg()));
        f.advance(2);
        long progress = only(describe(id)).getProgress();
        assertTrue(progress > 0 && progress < 100, "under way: " + progress);

        f.advance(60);
        ExportFile written = only(describe(id));
        assertEquals(List.of("success", 100L, 0L), List.of(written.getStatus(), written.getProgress(), written.getFileSize()));
        assertTrue(written.getDownloadUrl().endsWith("/" + id + "/" + name), written.getDownloadUrl());
        assertNotEquals(WireTime.ZERO, written.getFinishTime());
        assertEquals(2L, f.instance(id).getStatus(), "an export is no flow of the instance");
        assertEquals(1L, f.tasksOf(id).getTotalCount(), "nor a task: only the Create task is listed");

        String second = fileOf(export(id));
        assertNotEquals(name, second, "two exports of one range in one millisecond are two files");
        DescribeExportTasksResponse page = f.redis().DescribeExportTasks(list(id, 1, 1));
        assertEquals(2L, page.getTotalCount());
        assertEquals(name, page.getItems()[0].getFileName(), "newest first: the first file is on the second page");
        refused("InvalidParameterValue", () -> f.redis().DescribeExportTasks(list(id, 2, 1)));
    }

    @Test
    void anExportNeedsAnInstanceThatRunsOrIsInAFlowAndParametersAsDocumented() throws Exception {
        String id = f.redis().CreateInstances(order("young")).getInstanceIds()[0];
        refused("ResourceUnavailable.InstanceStatusError", () -> f.redis().CreateExportTask(export(id)));
        f.advance(60);
        f.clear(id, PASSWORD);
        assertTrue(fileOf(export(id)).startsWith(id), "a flow does not stop an export");

        refused("ResourceNotFound.InstanceNotExists", () -> f.redis().CreateExportTask(export("crs-nothere1")));
        refused("ResourceNotFound.InstanceNotFound", () -> f.redis().DescribeExportTasks(list("crs-nothere1", 20, 0)));
        refused("InvalidParameterValue", () -> f.redis().CreateExportTask(edited(id, r -> r.setLogType("slowLog"))));
        refused("InvalidParameterValue", () -> f.redis().CreateExportTask(edited(id, r -> r.setEndTime("2026-03-05 00:00:00"))));
        refused("InvalidParameterValue", () -> f.redis().CreateExportTask(edited(id, r -> r.setStartTime("yesterday"))));
        TencentCloudSDKException filter = refused("InvalidParameterValue", () -> f.redis().CreateExportTask(edited(id,
                r -> r.setLogFilter(new LogFilter[]{filter("UserName", "EQS"), filter("Colour", "EQS")}))));
        assertTrue(filter.getMessage().contains("LogFilter.1.Type"), filter.getMessage());
        f.redis().CreateExportTask(edited(id, r -> r.setLogFilter(new LogFilter[]{filter("CommandLatency", "RA")})));
        assertEquals(2L, describe(id).getTotalCount(), "refused calls export nothing");
    }

    @Test
    void aDeletedFileIsListedAsDeletedAndOnlyItsInstancesFileCanBeDeletedOnce() throws Exception {
        String id = f.runningInstance("tidy");
        String other = f.runningInstance("other");
        String written = fileOf(export(id));
        f.advance(60);
        String unfinished = fileOf(export(id));

        refused("ResourceNotFound", () -> f.redis().DeleteExportTask(delete(other, written)));
        refused("ResourceNotFound.InstanceNotExists", () -> f.redis().DeleteExportTask(delete("crs-nothere1", written)));
        f.checked("DeleteExportTask", delete(id, written), DeleteExportTaskResponse.class);
        f.redis().DeleteExportTask(delete(id, unfinished));
        refused("ResourceUnavailable", () -> f.redis().DeleteExportTask(delete(id, written)));
        refused("ResourceNotFound", () -> f.redis().DeleteExportTask(delete(id, id + "_never.tar.gz")));

        f.advance(60);
        ExportFile[] files = describe(id).getItems();
        assertEquals(List.of(unfinished + " deleted  " + WireTime.ZERO, written + " deleted  " + files[1].getFinishTime()),
                Arrays.stream(files).map(x -> x.getFileName() + " " + x.getStatus() + " " + x.getDownloadUrl() + " "
                        + x.getFinishTime()).toList(), "deleted while being written, it never finished");
        assertNotEquals(WireTime.ZERO, files[1].getFinishTime());
    }

    @Test
    void aFaultFailsTheNextExportWithItsMessage() throws Exception {
        String id = f.runningInstance("faulty");
        f.fault("{\"product\":\"redis\",\"action\":\"CreateExportTask\",\"message\":\"audit log store unreachable\"}");
        f.redis().CreateExportTask(export(id));
        f.advance(60);

        ExportFile failed = only(describe(id));
        assertEquals(List.of("failed", "audit log store unreachable", ""), List.of(failed.getStatus(), failed.getErrMsg(),
                failed.getDownloadUrl()));
        assertNotEquals(WireTime.ZERO, failed.getFinishTime());
    }

    /** The FileName CreateExportTask answers, read as it came: this SDK's CreateExportTaskResponse predates it. */
    private static String fileOf(CreateExportTaskRequest request) throws Exception {
        return f.checked("CreateExportTask", request).path("FileName").asText();
    }

    private static CreateExportTaskRequest export(String id) {
        return edited(id, r -> { });
    }

    private static CreateExportTaskRequest edited(String id, Consumer<CreateExportTaskRequest> edit) {
        CreateExportTaskRequest request = new CreateExportTaskRequest();
        request.setInstanceId(id);
        request.setLogType("auditLog");
        request.setStartTime(START);
        request.setEndTime(END);
        edit.accept(request);
        return request;
    }

    private static LogFilter filter(String type, String compare) {
        LogFilter filter = new LogFilter();
        filter.setType(type);
        filter.setCompare(compare);
        filter.setValue(new String[]{"1-100"});
        return filter;
    }

    private static DescribeExportTasksRequest list(String id, long limit, long offset) {
        DescribeExportTasksRequest request = new DescribeExportTasksRequest();
        request.setInstanceId(id);
        request.setLogType("auditLog");
        request.setLimit(limit);
        request.setOffset(offset);
        return request;
    }

    private static DescribeExportTasksResponse describe(String id) throws TencentCloudSDKException {
        return f.redis().DescribeExportTasks(list(id, 20, 0));
    }

    private static ExportFile only(DescribeExportTasksResponse response) {
        assertEquals(1L, response.getTotalCount());
        return response.getItems()[0];
    }

    private static DeleteExportTaskRequest delete(String id, String fileName) {
        DeleteExportTaskRequest request = new DeleteExportTaskRequest();
        request.setInstanceId(id);
        request.setLogType("auditLog");
        request.setFileName(fileName);
        return request;
    }
}
