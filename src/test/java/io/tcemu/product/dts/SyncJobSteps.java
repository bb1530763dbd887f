package io.tcemu.product.dts;

import com.tencentcloudapi.common.AbstractModel;
import com.tencentcloudapi.common.exception.TencentCloudSDKException;
import com.tencentcloudapi.dts.v20211206.DtsClient;
import com.tencentcloudapi.dts.v20211206.models.ConfigureSyncJobRequest;
import com.tencentcloudapi.dts.v20211206.models.CreateCheckSyncJobRequest;
import com.tencentcloudapi.dts.v20211206.models.CreateSyncJobRequest;
import com.tencentcloudapi.dts.v20211206.models.Database;
import com.tencentcloudapi.dts.v20211206.models.DescribeSyncJobsRequest;
import com.tencentcloudapi.dts.v20211206.models.DescribeSyncJobsResponse;
import com.tencentcloudapi.dts.v20211206.models.Endpoint;
import com.tencentcloudapi.dts.v20211206.models.Objects;
import com.tencentcloudapi.dts.v20211206.models.StartSyncJobRequest;
import com.tencentcloudapi.dts.v20211206.models.SyncJobInfo;
import io.restassured.response.Response;
import io.tcemu.Emulator;
import io.tcemu.RawCalls;
import io.tcemu.SdkClients;
import io.tcemu.junit.Tcemu;
import org.junit.jupiter.api.function.Executable;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The steps a sync-job test takes against the emulator a {@link Tcemu} handle runs: buy, configure,
 * check and start jobs with the official DTS client, read them back, and steer the emulator over
 * its admin API as a test in another language would.
 */
public final class SyncJobSteps {
    private final Tcemu tc;

    SyncJobSteps(Tcemu tc) {
        this.tc = tc;
    }

    Emulator emulator() {
        return tc.emulator();
    }

    DtsClient dts() {
        // through SdkClients, whose recorder checks every answer against the models (fidelity.WireRecorder)
        return SdkClients.dts(SdkClients.devCredential(), SdkClients.http(tc.emulator()));
    }

    RawCalls raw() {
        return new RawCalls(tc.emulator());
    }

    /** Another client, as another user of the same account would have. */
    DtsClient client() {
        return tc.newClient(DtsClient.class);
    }

    /** Moves the emulator clock through the admin API, as a test in another language would. */
    void advance(double seconds) {
        admin("/_tcemu/clock/advance", "{\"seconds\": " + seconds + "}");
    }

    void advance(Duration duration) {
        advance(duration.toMillis() / 1000.0);
    }

    Response admin(String path, String json) {
        Response response = raw().plain().contentType("application/json").body(json).post(path);
        assertEquals(200, response.statusCode(), path + ": " + response.asString());
        return response;
    }

    /** A PostPay mysql2mysql job bought in the client's region. */
    String buy() throws TencentCloudSDKException {
        return buy("PostPay");
    }

    String buy(String payMode) throws TencentCloudSDKException {
        return dts().CreateSyncJob(purchase(payMode)).getJobIds()[0];
    }

    /** The purchase of one mysql2mysql job in the client's region. */
    public static CreateSyncJobRequest purchase(String payMode) {
        CreateSyncJobRequest request = new CreateSyncJobRequest();
        request.setPayMode(payMode);
        request.setSrcDatabaseType("mysql");
        request.setSrcRegion(SdkClients.REGION);
        request.setDstDatabaseType("mysql");
        request.setDstRegion(SdkClients.REGION);
        return request;
    }

    void configure(String jobId) throws TencentCloudSDKException {
        dts().ConfigureSyncJob(configuration(jobId));
    }

    public static ConfigureSyncJobRequest configuration(String jobId) {
        ConfigureSyncJobRequest request = new ConfigureSyncJobRequest();
        request.setJobId(jobId);
        request.setSrcAccessType("cdb");
        request.setDstAccessType("cdb");
        request.setSrcInfo(endpoint("cdb-src00001", "10.0.0.1"));
        request.setDstInfo(endpoint("cdb-dst00001", "10.0.0.2"));
        request.setObjects(objects("orders"));
        return request;
    }

    static Endpoint endpoint(String instanceId, String ip) {
        Endpoint endpoint = new Endpoint();
        endpoint.setRegion(SdkClients.REGION);
        endpoint.setInstanceId(instanceId);
        endpoint.setIp(ip);
        endpoint.setPort(3306L);
        endpoint.setUser("root");
        endpoint.setPassword("s3cret");
        return endpoint;
    }

    static Objects objects(String database) {
        Database db = new Database();
        db.setDbName(database);
        db.setDbMode("All");
        Objects objects = new Objects();
        objects.setMode("Partial");
        objects.setDatabases(new Database[]{db});
        return objects;
    }

    /** A job bought, configured, checked and started, with every step immediate. */
    String running(String payMode) throws TencentCloudSDKException {
        raw().plain().contentType("application/json").body("{\"mode\": \"immediate\"}").put("/_tcemu/progression")
                .then().statusCode(200);
        String id = buy(payMode);
        configure(id);
        dts().CreateCheckSyncJob(forJob(new CreateCheckSyncJobRequest(), id));
        dts().StartSyncJob(forJob(new StartSyncJobRequest(), id));
        assertEquals("Running", describe(id).getStatus());
        return id;
    }

    /** The job as DescribeSyncJobs shows it. */
    SyncJobInfo describe(String jobId) throws TencentCloudSDKException {
        DescribeSyncJobsRequest request = new DescribeSyncJobsRequest();
        request.setJobId(jobId);
        DescribeSyncJobsResponse response = dts().DescribeSyncJobs(request);
        assertEquals(1L, response.getTotalCount(), jobId + " listed once");
        return response.getJobList()[0];
    }

    /** The call fails with the SDK exception carrying {@code code}. */
    static TencentCloudSDKException refused(String code, Executable call) {
        TencentCloudSDKException e = assertThrows(TencentCloudSDKException.class, call);
        assertEquals(code, e.getErrorCode(), e.getMessage());
        return e;
    }

    /** The request for one job: every DTS job request has setJobId(String). */
    public static <T extends AbstractModel> T forJob(T request, String jobId) {
        try {
            request.getClass().getMethod("setJobId", String.class).invoke(request, jobId);
            return request;
        } catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException(request.getClass().getSimpleName() + " names no job", e);
        }
    }
}
