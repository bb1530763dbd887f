package io.tcemu.product.dts;

import com.tencentcloudapi.common.Credential;
import com.tencentcloudapi.dts.v20211206.DtsClient;
import com.tencentcloudapi.dts.v20211206.models.CreateSyncJobRequest;
import com.tencentcloudapi.dts.v20211206.models.DescribeCheckSyncJobResultRequest;
import com.tencentcloudapi.dts.v20211206.models.DescribeSyncJobsRequest;
import com.tencentcloudapi.dts.v20211206.models.DescribeSyncJobsResponse;
import com.tencentcloudapi.dts.v20211206.models.PauseSyncJobRequest;
import com.tencentcloudapi.dts.v20211206.models.SyncJobInfo;
import com.tencentcloudapi.dts.v20211206.models.TagFilter;
import com.tencentcloudapi.dts.v20211206.models.TagItem;
import io.tcemu.EmulatorConfig;
import io.tcemu.ExtraAccounts;
import io.tcemu.SdkClients;
import io.tcemu.junit.TcemuExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.function.Consumer;

import static io.tcemu.product.dts.SyncJobSteps.forJob;
import static io.tcemu.product.dts.SyncJobSteps.refused;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * DescribeSyncJobs over six jobs bought at three instants: paging, the documented filters and
 * CreateTime ordering; and the walls between accounts and regions.
 */
class SyncJobQueryContractTest {
    @RegisterExtension
    static final TcemuExtension tc = TcemuExtension.newInstance().config(SyncJobQueryContractTest::withAnotherAccount)
            .frozenClock(true).resetEachTest(false).build();
    static final SyncJobSteps bed = new SyncJobSteps(tc);
    private static List<String> orders;
    private static List<String> billing;
    private static String stream;

    private static EmulatorConfig withAnotherAccount() {
        return ExtraAccounts.ephemeralWith("AKIDother", "othersecret", "200000000002");
    }

    @BeforeAll
    static void sixJobs() throws Exception {
        orders = buy(3, "PostPay", "orders", "data", "mysql");
        bed.advance(1);
        billing = buy(2, "PrePay", "billing", "finance", "mysql");
        bed.advance(1);
        stream = buy(1, "PostPay", "stream", null, "kafka").get(0);
        bed.configure(orders.get(0));
    }

    @Test
    void newestFirstByDefaultOldestFirstOnAsk() throws Exception {
        List<String> newestFirst = ids(query(q -> { }));
        assertEquals(stream, newestFirst.get(0));
        assertEquals(6, newestFirst.size());
        List<String> oldestFirst = ids(query(q -> q.setOrderSeq("ASC")));
        assertEquals(orders, oldestFirst.subList(0, 3));
        assertEquals(stream, oldestFirst.get(5));
        assertEquals(ids(query(q -> q.setOrderSeq("DESC"))), newestFirst);
    }

    @Test
    void pagesCoverEveryJobOnceAndCountThemAll() throws Exception {
        List<String> seen = new ArrayList<>();
        for (long offset = 0; offset < 6; offset += 4) {
            long from = offset;
            DescribeSyncJobsResponse page = query(q -> {
                q.setOffset(from);
                q.setLimit(4L);
            });
            assertEquals(6L, page.getTotalCount());
            seen.addAll(ids(page));
        }
        assertEquals(6, new HashSet<>(seen).size());
        assertEquals(ids(query(q -> { })), seen);
        DescribeSyncJobsResponse beyond = query(q -> q.setOffset(6L));
        assertEquals(6L, beyond.getTotalCount());
        assertEquals(0, beyond.getJobList().length);
    }

    @Test
    void everyDocumentedFilterNarrowsTheList() throws Exception {
        assertEquals(billing.size(), query(q -> q.setJobName("bill")).getTotalCount());
        assertEquals(2L, query(q -> q.setPayMode("PrePay")).getTotalCount());
        assertEquals(List.of(stream), ids(query(q -> q.setJobType("mysql2kafka"))));
        assertEquals(List.of(orders.get(0)), ids(query(q -> q.setStatus(new String[]{"Initialized"}))));
        assertEquals(5L, query(q -> q.setStatus(new String[]{"UnInitialized", "Running"})).getTotalCount());
        assertEquals(2L, query(q -> q.setJobIds(new String[]{orders.get(1), stream, "sync-nothere0"})).getTotalCount());
        assertEquals(List.of(orders.get(0)), ids(query(q -> q.setSrcInfoPattern("src000"))));
        assertEquals(List.of(orders.get(0)), ids(query(q -> q.setDstInfoPattern("10.0.0.2"))));
        assertEquals(3L, query(q -> q.setTagFilters(tag("team", "data"))).getTotalCount());
        assertEquals(5L, query(q -> q.setTagFilters(tag("team"))).getTotalCount());
        assertEquals(0L, query(q -> {
            q.setTagFilters(tag("team", "data"));
            q.setPayMode("PrePay");
        }).getTotalCount());
        assertEquals(6L, query(q -> q.setRunMode("Immediate")).getTotalCount(), "Immediate is the default RunMode");
        assertEquals(0L, query(q -> q.setRunMode("Timed")).getTotalCount());
    }

    @Test
    void anotherRegionOrAccountSeesNoneOfTheseJobs() throws Exception {
        DtsClient shanghai = new DtsClient(SdkClients.devCredential(), "ap-shanghai", SdkClients.http(bed.emulator()));
        DtsClient other = new DtsClient(new Credential("AKIDother", "othersecret"), SdkClients.REGION, SdkClients.http(bed.emulator()));
        for (DtsClient stranger : List.of(shanghai, other)) {
            assertEquals(0L, stranger.DescribeSyncJobs(new DescribeSyncJobsRequest()).getTotalCount());
            refused("ResourceNotFound.ResourceNotFoundError",
                    () -> stranger.PauseSyncJob(forJob(new PauseSyncJobRequest(), orders.get(0))));
            refused("ResourceNotFound.ResourceNotFoundError",
                    () -> stranger.DescribeCheckSyncJobResult(forJob(new DescribeCheckSyncJobResultRequest(), orders.get(0))));
        }
        String theirs = other.CreateSyncJob(purchase(1, "PostPay", "theirs", null, "mysql")).getJobIds()[0];
        assertEquals(List.of(theirs), ids(other.DescribeSyncJobs(new DescribeSyncJobsRequest())));
        assertEquals(6L, query(q -> { }).getTotalCount());
    }

    private static List<String> buy(long count, String payMode, String name, String team, String target) throws Exception {
        return List.of(bed.dts().CreateSyncJob(purchase(count, payMode, name, team, target)).getJobIds());
    }

    private static CreateSyncJobRequest purchase(long count, String payMode, String name, String team, String target) {
        CreateSyncJobRequest request = new CreateSyncJobRequest();
        request.setCount(count);
        request.setPayMode(payMode);
        request.setJobName(name);
        request.setSrcDatabaseType("mysql");
        request.setSrcRegion(SdkClients.REGION);
        request.setDstDatabaseType(target);
        request.setDstRegion(SdkClients.REGION);
        if (team != null) {
            TagItem tag = new TagItem();
            tag.setTagKey("team");
            tag.setTagValue(team);
            request.setTags(new TagItem[]{tag});
        }
        return request;
    }

    private static TagFilter[] tag(String key, String... values) {
        TagFilter filter = new TagFilter();
        filter.setTagKey(key);
        if (values.length > 0) {
            filter.setTagValue(values);
        }
        return new TagFilter[]{filter};
    }

    private static DescribeSyncJobsResponse query(Consumer<DescribeSyncJobsRequest> filters) throws Exception {
        DescribeSyncJobsRequest request = new DescribeSyncJobsRequest();
        filters.accept(request);
        return bed.dts().DescribeSyncJobs(request);
    }

    private static List<String> ids(DescribeSyncJobsResponse response) {
        return Arrays.stream(response.getJobList()).map(SyncJobInfo::getJobId).toList();
    }
}
