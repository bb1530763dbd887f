package io.tcemu.product.dts;

import static io.tcemu.product.dts.SubscribeSteps.on;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tencentcloudapi.dts.v20211206.models.CreateSubscribeRequest;
import com.tencentcloudapi.dts.v20211206.models.DescribeSubscribeJobsRequest;
import com.tencentcloudapi.dts.v20211206.models.DescribeSubscribeJobsResponse;
import com.tencentcloudapi.dts.v20211206.models.IsolateSubscribeRequest;
import com.tencentcloudapi.dts.v20211206.models.SubscribeInfo;
import io.tcemu.junit.TcemuExtension;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** DescribeSubscribeJobs as a client pages it: filters, then the direction asked for, then the page; TotalCount before paging. */
class SubscribeQueryTest {
    @RegisterExtension
    static final TcemuExtension tc = TcemuExtension.newInstance().frozenClock(true).build();
    static final SyncJobSteps bed = new SyncJobSteps(tc);

    @Test
    void aStatusFilterSeesIsolationsThatEndedUnreadAndPagesEitherWay() throws Exception {
        String first = buy("orders-a");
        String second = buy("orders-b");
        String third = buy("billing");
        String fourth = buy("orders-c");
        for (String id : List.of(first, second, fourth)) {
            bed.dts().IsolateSubscribe(on(new IsolateSubscribeRequest(), id));
        }
        assertEquals(0L, jobs(r -> r.setStatus(new String[]{"isolated"})).getTotalCount(), "isolating takes 3 s");

        bed.advance(3);
        DescribeSubscribeJobsResponse page = jobs(r -> { r.setStatus(new String[]{"isolated"}); r.setLimit(2L); r.setOffset(1L); });
        assertEquals(3L, page.getTotalCount(), "isolated though nobody read them, counted before paging");
        assertEquals(List.of(second, first), ids(page), "newest first");
        DescribeSubscribeJobsResponse oldest = jobs(r -> {
            r.setSubscribeName("orders");
            r.setOrderDirection("ASC");
            r.setLimit(2L);
        });
        assertEquals(3L, oldest.getTotalCount());
        assertEquals(List.of(first, second), ids(oldest));
        assertEquals(List.of(third), ids(jobs(r -> r.setStatus(new String[]{"normal"}))));
        assertEquals(List.of(fourth), ids(jobs(r -> { r.setSubscribeIds(new String[]{third, fourth}); r.setSubscribeName("orders"); })));
    }

    private static String buy(String name) throws Exception {
        CreateSubscribeRequest buy = new CreateSubscribeRequest();
        buy.setProduct("mysql");
        buy.setPayType(1L);
        buy.setName(name);
        return bed.dts().CreateSubscribe(buy).getSubscribeIds()[0];
    }

    private static DescribeSubscribeJobsResponse jobs(Consumer<DescribeSubscribeJobsRequest> edit) throws Exception {
        DescribeSubscribeJobsRequest request = new DescribeSubscribeJobsRequest();
        edit.accept(request);
        return bed.dts().DescribeSubscribeJobs(request);
    }

    private static List<String> ids(DescribeSubscribeJobsResponse response) {
        return Arrays.stream(response.getItems()).map(SubscribeInfo::getSubscribeId).toList();
    }
}
