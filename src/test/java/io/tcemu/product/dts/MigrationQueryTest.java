package io.tcemu.product.dts;

import static io.tcemu.product.dts.MigrationSteps.forJob;
import static io.tcemu.product.dts.MigrationSteps.refused;
import static io.tcemu.product.dts.MigrationSteps.tag;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tencentcloudapi.dts.v20211206.DtsClient;
import com.tencentcloudapi.dts.v20211206.models.CreateMigrationServiceRequest;
import com.tencentcloudapi.dts.v20211206.models.DescribeMigrationDetailRequest;
import com.tencentcloudapi.dts.v20211206.models.DescribeMigrationJobsRequest;
import com.tencentcloudapi.dts.v20211206.models.DescribeMigrationJobsResponse;
import com.tencentcloudapi.dts.v20211206.models.IsolateMigrateJobRequest;
import com.tencentcloudapi.dts.v20211206.models.JobItem;
import com.tencentcloudapi.dts.v20211206.models.ModifyMigrateNameRequest;
import com.tencentcloudapi.dts.v20211206.models.TagFilter;
import io.tcemu.SdkClients;
import io.tcemu.auth.Accounts;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * DescribeMigrationJobs over five jobs bought a minute apart: paging, filters and order; and what
 * another account, or this account in another region, sees of them.
 */
class MigrationQueryTest extends MigrationContractTest {
    /** Oldest first. */
    private static final List<String> ids = new ArrayList<>();

    @BeforeAll
    static void buyFive() throws Exception {
        for (int i = 0; i < 5; i++) {
            ids.add(f.buy(1, "small", tag("team", i % 2 == 0 ? "even" : "odd")).get(0));
            f.advance(60);
        }
        f.configure(ids.get(1), "full");
        ModifyMigrateNameRequest rename = forJob(ModifyMigrateNameRequest.class, ids.get(2));
        rename.setJobName("orders");
        f.dts().ModifyMigrateName(rename);
        f.dts().IsolateMigrateJob(forJob(IsolateMigrateJobRequest.class, ids.get(3)));
    }

    private static List<String> jobIds(DescribeMigrationJobsResponse response) {
        return Arrays.stream(response.getJobList()).map(JobItem::getJobId).toList();
    }

    private static List<String> newestFirst(int... indexes) {
        List<String> newest = new ArrayList<>(Arrays.stream(indexes).mapToObj(ids::get).toList());
        Collections.reverse(newest);
        return newest;
    }

    @Test
    void newestFirstByDefaultPagedByOffsetAndLimit() throws Exception {
        DescribeMigrationJobsResponse all = f.dts().DescribeMigrationJobs(new DescribeMigrationJobsRequest());
        assertEquals(5L, all.getTotalCount());
        assertEquals(newestFirst(0, 1, 2, 3, 4), jobIds(all));

        DescribeMigrationJobsRequest page = new DescribeMigrationJobsRequest();
        page.setOffset(1L);
        page.setLimit(2L);
        DescribeMigrationJobsResponse second = f.dts().DescribeMigrationJobs(page);
        assertEquals(5L, second.getTotalCount());
        assertEquals(List.of(ids.get(3), ids.get(2)), jobIds(second));

        page.setOrderSeq("asc");
        assertEquals(List.of(ids.get(1), ids.get(2)), jobIds(f.dts().DescribeMigrationJobs(page)));
        page.setOffset(5L);
        assertEquals(List.of(), jobIds(f.dts().DescribeMigrationJobs(page)));
        page.setLimit(101L);
        refused("InvalidParameterValue.InvalidParameterValueError", () -> f.dts().DescribeMigrationJobs(page));
        page.setLimit(10L);
        page.setOrderSeq("newest");
        refused("InvalidParameterValue.InvalidParameterValueError", () -> f.dts().DescribeMigrationJobs(page));
    }

    @Test
    void filtersNarrowTheListAndTheTotal() throws Exception {
        DescribeMigrationJobsRequest byStatus = new DescribeMigrationJobsRequest();
        byStatus.setStatus(new String[]{"created"});
        assertEquals(5L, f.dts().DescribeMigrationJobs(byStatus).getTotalCount());

        DescribeMigrationJobsRequest byName = new DescribeMigrationJobsRequest();
        byName.setJobName("orders");
        assertEquals(List.of(ids.get(2)), jobIds(f.dts().DescribeMigrationJobs(byName)));

        DescribeMigrationJobsRequest byTag = new DescribeMigrationJobsRequest();
        TagFilter odd = new TagFilter();
        odd.setTagKey("team");
        odd.setTagValue(new String[]{"odd"});
        byTag.setTagFilters(new TagFilter[]{odd});
        DescribeMigrationJobsResponse tagged = f.dts().DescribeMigrationJobs(byTag);
        assertEquals(2L, tagged.getTotalCount());
        assertEquals(newestFirst(1, 3), jobIds(tagged));

        DescribeMigrationJobsRequest byEndpoint = new DescribeMigrationJobsRequest();
        byEndpoint.setSrcInstanceId("cdb-src00001");
        byEndpoint.setDstAccessType(new String[]{"cdb", "cvm"});
        byEndpoint.setSrcDatabaseType(new String[]{"mysql"});
        assertEquals(List.of(ids.get(1)), jobIds(f.dts().DescribeMigrationJobs(byEndpoint)));

        DescribeMigrationJobsRequest byId = new DescribeMigrationJobsRequest();
        byId.setJobId(ids.get(4));
        byId.setSrcRegion("ap-shanghai");
        byId.setRunMode("immediate");
        assertEquals(List.of(ids.get(4)), jobIds(f.dts().DescribeMigrationJobs(byId)));
        byId.setStatus(new String[]{"running", "checkPass"});
        assertEquals(0L, f.dts().DescribeMigrationJobs(byId).getTotalCount());
    }

    @Test
    void anotherAccountOrRegionSeesNoneOfThem() throws Exception {
        DtsClient other = f.client(MigrationSteps.OTHER_SECRET_ID, MigrationSteps.OTHER_SECRET_KEY, SdkClients.REGION);
        DtsClient shanghai = f.client(Accounts.DEV.secretId(), Accounts.DEV.secretKey(), "ap-shanghai");
        DescribeMigrationDetailRequest detail = forJob(DescribeMigrationDetailRequest.class, ids.get(0));
        for (DtsClient client : List.of(other, shanghai)) {
            assertEquals(0L, client.DescribeMigrationJobs(new DescribeMigrationJobsRequest()).getTotalCount());
            refused("ResourceNotFound.ResourceNotFoundError", () -> client.DescribeMigrationDetail(detail));
        }
        CreateMigrationServiceRequest elsewhere = new CreateMigrationServiceRequest();
        elsewhere.setSrcDatabaseType("mysql");
        elsewhere.setDstDatabaseType("mysql");
        elsewhere.setSrcRegion("ap-guangzhou");
        elsewhere.setDstRegion("ap-guangzhou");
        elsewhere.setInstanceClass("small");
        refused("InvalidParameterValue.InvalidParameterValueError", () -> shanghai.CreateMigrationService(elsewhere));
        String theirs = other.CreateMigrationService(elsewhere).getJobIds()[0];
        assertEquals(1L, other.DescribeMigrationJobs(new DescribeMigrationJobsRequest()).getTotalCount());
        assertEquals(5L, f.dts().DescribeMigrationJobs(new DescribeMigrationJobsRequest()).getTotalCount());
        refused("ResourceNotFound.ResourceNotFoundError", () -> f.detail(theirs));
    }
}
