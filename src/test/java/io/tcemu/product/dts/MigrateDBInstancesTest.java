package io.tcemu.product.dts;

import static io.tcemu.product.dts.MigrationSteps.refused;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tencentcloudapi.dts.v20211206.models.CreateMigrationServiceRequest;
import com.tencentcloudapi.dts.v20211206.models.DBInfo;
import com.tencentcloudapi.dts.v20211206.models.DescribeMigrateDBInstancesRequest;
import com.tencentcloudapi.dts.v20211206.models.DescribeMigrateDBInstancesResponse;
import com.tencentcloudapi.dts.v20211206.models.MigrateDBItem;
import com.tencentcloudapi.dts.v20211206.models.ModifyMigrationJobRequest;
import io.tcemu.SdkClients;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * DescribeMigrateDBInstances through the official SDK: the instances are those the caller's
 * migration jobs name as source or target in the region asked, each once.
 */
class MigrateDBInstancesTest extends MigrationContractTest {

    @Test
    void theInstancesAreThoseTheJobsName() throws Exception {
        f.reset();
        assertEquals(0L, describe("mysql", null).getTotalCount(), "no job names an instance yet");
        String local = buyFrom(SdkClients.REGION);
        ModifyMigrationJobRequest configuration = MigrationSteps.configuration(local, "full");
        configuration.getSrcInfo().setRegion(SdkClients.REGION);
        DBInfo source = configuration.getSrcInfo().getInfo()[0];
        source.setHost("10.0.0.8");
        source.setPort(3306L);
        f.dts().ModifyMigrationJob(configuration);
        f.configure(f.buy(), "full");
        f.buy();

        assertEquals(List.of("cdb-src00001", "cdb-dst00001"), ids(describe("mysql", null)),
                "the remote job's source is in ap-shanghai; both jobs' target is listed once; the unconfigured job names none");
        MigrateDBItem src = describe("mysql", "src").getInstances()[0];
        assertEquals(List.of("cdb-src00001", "10.0.0.8", 3306L, 1L, "ok"),
                List.of(src.getInstanceId(), src.getVip(), src.getVport(), src.getUsable(), src.getHint()));
        assertEquals(List.of("cdb-dst00001"), ids(describe("mysql", "dst")));
        assertEquals(List.of(), ids(describe("redis", null)));
        DescribeMigrateDBInstancesRequest one = request("mysql", null);
        one.setInstanceId("cdb-dst00001");
        one.setLimit(1L);
        assertEquals(List.of("cdb-dst00001"), ids(f.dts().DescribeMigrateDBInstances(one)));
        refused("InvalidParameterValue.InvalidParameterValueError", () -> f.dts().DescribeMigrateDBInstances(request("mysql", "both")));
    }

    private static String buyFrom(String srcRegion) throws Exception {
        CreateMigrationServiceRequest request = new CreateMigrationServiceRequest();
        request.setSrcDatabaseType("mysql");
        request.setDstDatabaseType("mysql");
        request.setSrcRegion(srcRegion);
        request.setDstRegion(SdkClients.REGION);
        request.setInstanceClass("small");
        return f.dts().CreateMigrationService(request).getJobIds()[0];
    }

    private static DescribeMigrateDBInstancesRequest request(String type, String role) {
        DescribeMigrateDBInstancesRequest request = new DescribeMigrateDBInstancesRequest();
        request.setDatabaseType(type);
        request.setMigrateRole(role);
        return request;
    }

    private static DescribeMigrateDBInstancesResponse describe(String type, String role) throws Exception {
        return f.dts().DescribeMigrateDBInstances(request(type, role));
    }

    private static List<String> ids(DescribeMigrateDBInstancesResponse response) {
        return Arrays.stream(response.getInstances()).map(MigrateDBItem::getInstanceId).toList();
    }
}
