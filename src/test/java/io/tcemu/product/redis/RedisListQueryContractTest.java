package io.tcemu.product.redis;

import com.tencentcloudapi.redis.v20180412.models.CreateInstancesRequest;
import com.tencentcloudapi.redis.v20180412.models.DescribeInstanceBackupsRequest;
import com.tencentcloudapi.redis.v20180412.models.DescribeInstanceBackupsResponse;
import com.tencentcloudapi.redis.v20180412.models.DescribeInstancesRequest;
import com.tencentcloudapi.redis.v20180412.models.DescribeInstancesResponse;
import com.tencentcloudapi.redis.v20180412.models.DescribeTaskListRequest;
import com.tencentcloudapi.redis.v20180412.models.DescribeTaskListResponse;
import com.tencentcloudapi.redis.v20180412.models.InstanceSet;
import com.tencentcloudapi.redis.v20180412.models.ManualBackupInstanceRequest;
import com.tencentcloudapi.redis.v20180412.models.RedisBackupSet;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import static io.tcemu.product.redis.RedisSteps.PASSWORD;
import static io.tcemu.product.redis.RedisSteps.order;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The Redis lists as a client pages them: filters, then the order asked for, then the page; TotalCount before paging. */
class RedisListQueryContractTest extends RedisSdkTest {

    @Test
    void aStatusFilterSeesInstancesWhoseCreateTaskEndedWhileNobodyLooked() throws Exception {
        String first = created("first", 3L);
        String second = created("second", 7L);
        String third = created("third", 3L);
        assertEquals(0L, instances(r -> r.setStatus(new Long[]{2L})).getTotalCount());

        f.advance(60);
        DescribeInstancesResponse page = instances(r -> { r.setStatus(new Long[]{2L}); r.setLimit(2L); r.setOffset(2L); });
        assertEquals(3L, page.getTotalCount(), "counted before paging");
        assertEquals(List.of(first), ids(page), "newest first, so the second page holds the oldest");
        assertEquals(0L, instances(r -> r.setStatus(new Long[]{0L})).getTotalCount());
        assertEquals(List.of(first, third, second), ids(instances(r -> { r.setOrderBy("projectId"); r.setOrderType(0L); })),
                "ascending project, equal projects oldest first");
        assertEquals(List.of(second, third, first), ids(instances(r -> r.setOrderBy("projectId"))),
                "descending project, equal projects newest first");
        DescribeInstancesResponse named = instances(r -> {
            r.setProjectIds(new Long[]{3L});
            r.setOrderBy("instancename");
            r.setOrderType(0L);
            r.setLimit(1L);
            r.setOffset(1L);
        });
        assertEquals(2L, named.getTotalCount());
        assertEquals(List.of(third), ids(named));
    }

    @Test
    void taskListFiltersByResultOnTasksThatEndedUnreadAndPagesHighestTaskIdFirst() throws Exception {
        String first = created("first", 0L);
        String second = created("second", 0L);
        f.advance(60);
        long clear = f.clear(first, PASSWORD);
        assertEquals(List.of(clear), taskIds(tasks(r -> r.setResult(new Long[]{0L}))), "only the clear is initialising");

        DescribeTaskListResponse done = tasks(r -> { r.setResult(new Long[]{2L}); r.setLimit(1L); r.setOffset(1L); });
        assertEquals(2L, done.getTotalCount());
        assertEquals(1, done.getTasks().length);
        long createFirst = done.getTasks()[0].getTaskId();
        assertEquals(first, done.getTasks()[0].getInstanceId(), "the second page holds the older Create task");

        f.advance(60);
        DescribeTaskListResponse all = tasks(r -> r.setResult(new Long[]{2L}));
        assertEquals(3L, all.getTotalCount(), "the clear ended without a read and now succeeded");
        assertEquals(clear, taskIds(all).get(0));
        assertEquals(createFirst, taskIds(all).get(2));
        assertEquals(List.of(clear, createFirst), taskIds(tasks(r -> r.setInstanceId(first))));
        assertEquals(1L, tasks(r -> { r.setInstanceId(second); r.setResult(new Long[]{2L}); }).getTotalCount());
    }

    @Test
    void backupsFilterByStatusNewestFirstAndPage() throws Exception {
        String id = created("backed-up", 0L);
        f.advance(60);
        long older = backUp(id);
        f.advance(60);
        long newer = backUp(id);
        assertEquals(1L, backups(r -> r.setStatus(new Long[]{2L})).getTotalCount(), "the newer is still backing up");

        f.advance(60);
        DescribeInstanceBackupsResponse second = backups(r -> { r.setStatus(new Long[]{2L}); r.setLimit(1L); r.setOffset(1L); });
        assertEquals(2L, second.getTotalCount());
        assertEquals(List.of(older), backupTasks(second));
        assertEquals(List.of(newer, older), backupTasks(backups(r -> r.setInstanceId(id))));
    }

    private static String created(String name, long projectId) throws Exception {
        CreateInstancesRequest request = order(name);
        request.setProjectId(projectId);
        return f.redis().CreateInstances(request).getInstanceIds()[0];
    }

    private static long backUp(String id) throws Exception {
        ManualBackupInstanceRequest request = new ManualBackupInstanceRequest();
        request.setInstanceId(id);
        return f.redis().ManualBackupInstance(request).getTaskId();
    }

    private static DescribeInstancesResponse instances(Consumer<DescribeInstancesRequest> edit) throws Exception {
        DescribeInstancesRequest request = new DescribeInstancesRequest();
        edit.accept(request);
        return f.redis().DescribeInstances(request);
    }

    private static DescribeTaskListResponse tasks(Consumer<DescribeTaskListRequest> edit) throws Exception {
        DescribeTaskListRequest request = new DescribeTaskListRequest();
        edit.accept(request);
        return f.redis().DescribeTaskList(request);
    }

    private static DescribeInstanceBackupsResponse backups(Consumer<DescribeInstanceBackupsRequest> edit) throws Exception {
        DescribeInstanceBackupsRequest request = new DescribeInstanceBackupsRequest();
        edit.accept(request);
        return f.redis().DescribeInstanceBackups(request);
    }

    private static List<String> ids(DescribeInstancesResponse response) {
        return Arrays.stream(response.getInstanceSet()).map(InstanceSet::getInstanceId).toList();
    }

    private static List<Long> taskIds(DescribeTaskListResponse response) {
        return f.taskIds(response);
    }

    /** A backup's id carries the task that made it: {number}-{TaskId}-{second}. */
    private static List<Long> backupTasks(DescribeInstanceBackupsResponse response) {
        return Arrays.stream(response.getBackupSet()).map(RedisBackupSet::getBackupId).map(b -> Long.parseLong(b.split("-")[1])).toList();
    }
}
