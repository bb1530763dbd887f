package io.tcemu.product.dts;

import static io.tcemu.product.dts.SubscribeSteps.configuration;
import static io.tcemu.product.dts.SubscribeSteps.on;
import static io.tcemu.product.dts.SyncJobSteps.refused;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tencentcloudapi.dts.v20211206.models.ConfigureSubscribeJobRequest;
import com.tencentcloudapi.dts.v20211206.models.CreateConsumerGroupRequest;
import com.tencentcloudapi.dts.v20211206.models.CreateSubscribeCheckJobRequest;
import com.tencentcloudapi.dts.v20211206.models.CreateSubscribeRequest;
import com.tencentcloudapi.dts.v20211206.models.DeleteConsumerGroupRequest;
import com.tencentcloudapi.dts.v20211206.models.DescribeConsumerGroupsRequest;
import com.tencentcloudapi.dts.v20211206.models.DescribeConsumerGroupsResponse;
import com.tencentcloudapi.dts.v20211206.models.DescribeOffsetByTimeRequest;
import com.tencentcloudapi.dts.v20211206.models.DescribeSubscribeDetailRequest;
import com.tencentcloudapi.dts.v20211206.models.DistributeRule;
import com.tencentcloudapi.dts.v20211206.models.GroupInfo;
import com.tencentcloudapi.dts.v20211206.models.MonitorInfo;
import com.tencentcloudapi.dts.v20211206.models.ModifyConsumerGroupDescriptionRequest;
import com.tencentcloudapi.dts.v20211206.models.ModifyConsumerGroupPasswordRequest;
import com.tencentcloudapi.dts.v20211206.models.OffsetTimeMap;
import com.tencentcloudapi.dts.v20211206.models.ResetConsumerGroupOffsetRequest;
import com.tencentcloudapi.dts.v20211206.models.StartSubscribeRequest;
import com.tencentcloudapi.dts.v20211206.models.SubscribeKafkaConfig;
import io.tcemu.junit.TcemuExtension;
import io.tcemu.product.WireTime;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Consumer groups and offsets of a subscription through the official SDK: refused until the
 * subscription runs, created, its lag growing with the topic's checkpoints, offsets read by time
 * and reset (earliest, latest, a time), renamed in its description, a new password, deleted.
 */
class ConsumerGroupWalkTest {
    @RegisterExtension
    static final TcemuExtension tc = TcemuExtension.newInstance().frozenClock(true).build();
    static final SyncJobSteps bed = new SyncJobSteps(tc);

    @Test
    void aConsumerGroupFromCreationToDeletion() throws Exception {
        String id = configuredSubscription();
        CreateConsumerGroupRequest create = new CreateConsumerGroupRequest();
        create.setSubscribeId(id);
        create.setConsumerGroupName("billing");
        create.setAccountName("reader");
        create.setPassword("s3cret!");
        create.setDescription("billing service");
        refused("OperationDenied.OperationDeniedError", () -> bed.dts().CreateConsumerGroup(create));

        bed.dts().CreateSubscribeCheckJob(on(new CreateSubscribeCheckJobRequest(), id));
        bed.advance(5);
        bed.dts().StartSubscribe(on(new StartSubscribeRequest(), id));
        bed.advance(5);
        Instant started = WireTime.parse(WireTime.format(tc.clock().now().minusSeconds(5)));
        bed.dts().CreateConsumerGroup(create);
        refused("InvalidParameterValue.InvalidParameterValue", () -> bed.dts().CreateConsumerGroup(create));
        create.setConsumerGroupName("-bad-");
        refused("InvalidParameterValue.InvalidParameterValueError", () -> bed.dts().CreateConsumerGroup(create));

        bed.advance(100);
        GroupInfo group = group(id);
        assertEquals(List.of("consumer-grp-" + id + "-billing", "account-" + id + "-reader", "billing service", "Empty", 0L, 105L),
                List.of(group.getConsumerGroupName(), group.getAccount(), group.getDescription(), group.getConsumerGroupState(),
                        group.getConsumerGroupOffset(), group.getConsumerGroupLag()));
        assertEquals(List.of(0L, 1L, 2L, 3L), Arrays.stream(group.getStateOfPartition()).map(MonitorInfo::getPartitionNo).toList());
        assertEquals(List.of(30L, 30L, 30L, 30L), offsetsAt(id, WireTime.format(started.plusSeconds(30))));
        assertEquals(List.of(0L, 0L, 0L, 0L), offsetsAt(id, "2000-01-01 00:00:00"));
        assertEquals(List.of(105L, 105L, 105L, 105L), offsetsAt(id, "2999-01-01 00:00:00"));

        String topic = bed.dts().DescribeSubscribeDetail(on(new DescribeSubscribeDetailRequest(), id)).getTopic();
        ResetConsumerGroupOffsetRequest reset = new ResetConsumerGroupOffsetRequest();
        reset.setSubscribeId(id);
        reset.setTopicName(topic);
        reset.setConsumerGroupName("billing");
        reset.setPartitionNos(new Long[]{0L, 3L});
        reset.setResetMode("latest");
        bed.dts().ResetConsumerGroupOffset(reset);
        assertEquals(List.of(105L, 0L, 0L, 105L), committed(group(id)));
        reset.setConsumerGroupName("consumer-grp-" + id + "-billing");
        reset.setPartitionNos(new Long[]{1L});
        reset.setResetMode("datetime");
        reset.setResetDatetime(WireTime.format(started.plusSeconds(40)));
        bed.dts().ResetConsumerGroupOffset(reset);
        assertEquals(List.of(105L, 40L, 0L, 105L), committed(group(id)), "the full name names the group too");
        assertEquals(0L, group(id).getConsumerGroupLag(), "the last partition's, as documented");
        reset.setPartitionNos(new Long[]{4L});
        refused("InvalidParameterValue.InvalidParameterValueError", () -> bed.dts().ResetConsumerGroupOffset(reset));

        ModifyConsumerGroupDescriptionRequest describe = new ModifyConsumerGroupDescriptionRequest();
        describe.setSubscribeId(id);
        describe.setConsumerGroupName("billing");
        describe.setAccountName("reader");
        describe.setDescription("billing, v2");
        bed.dts().ModifyConsumerGroupDescription(describe);
        assertEquals("billing, v2", group(id).getDescription());
        describe.setAccountName("writer");
        refused("ResourceNotFound.ResourceNotFoundError", () -> bed.dts().ModifyConsumerGroupDescription(describe));
        ModifyConsumerGroupPasswordRequest password = new ModifyConsumerGroupPasswordRequest();
        password.setSubscribeId(id);
        password.setConsumerGroupName("billing");
        password.setAccountName("reader");
        password.setNewPassword("ab");
        refused("InvalidParameterValue.InvalidParameterValueError", () -> bed.dts().ModifyConsumerGroupPassword(password));
        password.setNewPassword("n3w-secret");
        bed.dts().ModifyConsumerGroupPassword(password);

        DeleteConsumerGroupRequest delete = new DeleteConsumerGroupRequest();
        delete.setSubscribeId(id);
        delete.setConsumerGroupName("billing");
        delete.setAccountName("reader");
        bed.dts().DeleteConsumerGroup(delete);
        assertEquals(0L, groups(id).getTotalCount());
        refused("ResourceNotFound.ResourceNotFoundError", () -> bed.dts().DeleteConsumerGroup(delete));
    }

    /** A pay-as-you-go mysql subscription with four partitions, configured but not checked. */
    private static String configuredSubscription() throws Exception {
        CreateSubscribeRequest buy = new CreateSubscribeRequest();
        buy.setProduct("mysql");
        buy.setPayType(1L);
        String id = bed.dts().CreateSubscribe(buy).getSubscribeIds()[0];
        ConfigureSubscribeJobRequest configure = configuration(id, "all");
        SubscribeKafkaConfig kafka = new SubscribeKafkaConfig();
        kafka.setNumberOfPartitions(4L);
        DistributeRule byTable = new DistributeRule();
        byTable.setRuleType("table");
        byTable.setDbPattern(".*");
        byTable.setTablePattern(".*");
        kafka.setDistributeRules(new DistributeRule[]{byTable});
        kafka.setDefaultRuleType("table");
        configure.setKafkaConfig(kafka);
        bed.dts().ConfigureSubscribeJob(configure);
        return id;
    }

    private static DescribeConsumerGroupsResponse groups(String id) throws Exception {
        return bed.dts().DescribeConsumerGroups(on(new DescribeConsumerGroupsRequest(), id));
    }

    private static GroupInfo group(String id) throws Exception {
        DescribeConsumerGroupsResponse groups = groups(id);
        assertEquals(1L, groups.getTotalCount());
        return groups.getItems()[0];
    }

    private static List<Long> committed(GroupInfo group) {
        return Arrays.stream(group.getStateOfPartition()).map(MonitorInfo::getConsumerGroupOffset).toList();
    }

    private static List<Long> offsetsAt(String id, String time) throws Exception {
        DescribeOffsetByTimeRequest request = on(new DescribeOffsetByTimeRequest(), id);
        request.setTime(time);
        return Arrays.stream(bed.dts().DescribeOffsetByTime(request).getItems()).map(OffsetTimeMap::getOffset).toList();
    }
}
