package io.tcemu.product.dts;

import com.tencentcloudapi.common.AbstractModel;
import com.tencentcloudapi.common.Credential;
import com.tencentcloudapi.common.exception.TencentCloudSDKException;
import com.tencentcloudapi.dts.v20211206.DtsClient;
import com.tencentcloudapi.dts.v20211206.models.CreateMigrationServiceRequest;
import com.tencentcloudapi.dts.v20211206.models.DBEndpointInfo;
import com.tencentcloudapi.dts.v20211206.models.DBInfo;
import com.tencentcloudapi.dts.v20211206.models.DatabaseTableObject;
import com.tencentcloudapi.dts.v20211206.models.DescribeMigrationCheckJobRequest;
import com.tencentcloudapi.dts.v20211206.models.DescribeMigrationCheckJobResponse;
import com.tencentcloudapi.dts.v20211206.models.DescribeMigrationDetailRequest;
import com.tencentcloudapi.dts.v20211206.models.DescribeMigrationDetailResponse;
import com.tencentcloudapi.dts.v20211206.models.MigrateOption;
import com.tencentcloudapi.dts.v20211206.models.ModifyMigrationJobRequest;
import com.tencentcloudapi.dts.v20211206.models.TagItem;
import io.tcemu.Emulator;
import io.tcemu.EmulatorConfig;
import io.tcemu.ExtraAccounts;
import io.tcemu.RawCalls;
import io.tcemu.SdkClients;
import io.tcemu.junit.Tcemu;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.function.Executable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The SDK calls a migration test repeats (buy, configure, describe) against the emulator a
 * {@link Tcemu} handle runs, and its moves: a fresh, frozen emulator, the clock advanced.
 * {@link #withAnotherAccount} configures the second account some tests call as.
 */
final class MigrationSteps {
    static final String OTHER_SECRET_ID = "AKIDotheraccount00000000000000000000";
    static final String OTHER_SECRET_KEY = "otheraccountsecretkey00000000000";

    private final Tcemu tc;

    MigrationSteps(Tcemu tc) {
        this.tc = tc;
    }

    /** An emulator configuration with the second account. */
    static EmulatorConfig withAnotherAccount() {
        return ExtraAccounts.ephemeralWith(OTHER_SECRET_ID, OTHER_SECRET_KEY, "200000000002");
    }

    Emulator emulator() {
        return tc.emulator();
    }

    DtsClient dts() {
        // through SdkClients, whose recorder checks every answer against the models (fidelity.WireRecorder)
        return SdkClients.dts(SdkClients.devCredential(), SdkClients.http(tc.emulator()));
    }

    RawCalls admin() {
        return new RawCalls(tc.emulator());
    }

    /** No jobs, faults or progression settings; the clock stands still until advanced. */
    void reset() {
        tc.reset();
        tc.clock().setFrozen(true);
    }

    DtsClient client(String secretId, String secretKey, String region) {
        return new DtsClient(new Credential(secretId, secretKey), region, SdkClients.http(emulator()));
    }

    void advance(long seconds) {
        emulator().engine().clock().advance(Duration.ofSeconds(seconds));
    }

    List<String> buy(int count, String instanceClass, TagItem... tags) throws TencentCloudSDKException {
        CreateMigrationServiceRequest request = new CreateMigrationServiceRequest();
        request.setSrcDatabaseType("mysql");
        request.setDstDatabaseType("mysql");
        request.setSrcRegion("ap-shanghai");
        request.setDstRegion(SdkClients.REGION);
        request.setInstanceClass(instanceClass);
        request.setCount((long) count);
        request.setTags(tags);
        return Arrays.asList(dts().CreateMigrationService(request).getJobIds());
    }

    String buy() throws TencentCloudSDKException {
        return buy(1, "small").get(0);
    }

    static TagItem tag(String key, String value) {
        TagItem tag = new TagItem();
        tag.setTagKey(key);
        tag.setTagValue(value);
        return tag;
    }

    static ModifyMigrationJobRequest configuration(String jobId, String migrateType) {
        ModifyMigrationJobRequest request = new ModifyMigrationJobRequest();
        request.setJobId(jobId);
        request.setRunMode("immediate");
        MigrateOption option = new MigrateOption();
        DatabaseTableObject objects = new DatabaseTableObject();
        objects.setObjectMode("all");
        option.setDatabaseTable(objects);
        option.setMigrateType(migrateType);
        request.setMigrateOption(option);
        request.setSrcInfo(endpoint("ap-shanghai", "cdb-src00001"));
        request.setDstInfo(endpoint(SdkClients.REGION, "cdb-dst00001"));
        return request;
    }

    private static DBEndpointInfo endpoint(String region, String instanceId) {
        DBEndpointInfo endpoint = new DBEndpointInfo();
        endpoint.setRegion(region);
        endpoint.setAccessType("cdb");
        endpoint.setDatabaseType("mysql");
        endpoint.setNodeType("simple");
        DBInfo info = new DBInfo();
        info.setInstanceId(instanceId);
        info.setUser("root");
        info.setPassword("secret");
        endpoint.setInfo(new DBInfo[]{info});
        return endpoint;
    }

    void configure(String jobId, String migrateType) throws TencentCloudSDKException {
        dts().ModifyMigrationJob(configuration(jobId, migrateType));
    }

    DescribeMigrationDetailResponse detail(String jobId) throws TencentCloudSDKException {
        return dts().DescribeMigrationDetail(forJob(DescribeMigrationDetailRequest.class, jobId));
    }

    String status(String jobId) throws TencentCloudSDKException {
        return detail(jobId).getStatus();
    }

    String tradeStatus(String jobId) throws TencentCloudSDKException {
        return detail(jobId).getTradeInfo().getTradeStatus();
    }

    List<String> allowed(String jobId) throws TencentCloudSDKException {
        return List.of(detail(jobId).getAction().getAllowedAction());
    }

    DescribeMigrationCheckJobResponse check(String jobId) throws TencentCloudSDKException {
        return dts().DescribeMigrationCheckJob(forJob(DescribeMigrationCheckJobRequest.class, jobId));
    }

    /** A request of {@code type} naming the job: most migration actions take nothing else. */
    static <T extends AbstractModel> T forJob(Class<T> type, String jobId) {
        return AbstractModel.fromJsonString("{\"JobId\":\"" + jobId + "\"}", type);
    }

    static TencentCloudSDKException refused(String code, Executable call) {
        TencentCloudSDKException e = assertThrows(TencentCloudSDKException.class, call);
        assertEquals(code, e.getErrorCode(), e.getMessage());
        return e;
    }

}
