package io.tcemu.gateway;

import io.tcemu.api.ApiRequest;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.tencentcloudapi.common.Credential;
import com.tencentcloudapi.common.exception.TencentCloudSDKException;
import com.tencentcloudapi.common.profile.ClientProfile;
import com.tencentcloudapi.dts.v20211206.DtsClient;
import com.tencentcloudapi.dts.v20211206.models.DescribeMigrationJobsRequest;
import com.tencentcloudapi.dts.v20211206.models.DescribeMigrationJobsResponse;
import com.tencentcloudapi.dts.v20211206.models.StartMigrateJobRequest;
import com.tencentcloudapi.dts.v20211206.models.TagFilter;
import com.tencentcloudapi.redis.v20180412.RedisClient;
import com.tencentcloudapi.redis.v20180412.models.DescribeSlowLogRequest;
import io.tcemu.Emulator;
import io.tcemu.EmulatorConfig;
import io.tcemu.answer.UnsupportedMode;
import io.tcemu.SdkClients;
import io.tcemu.auth.Accounts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The official Java SDK against the embedded emulator: every way the SDK can send a request
 * reaches the handler, and its failures come back as the documented codes.
 */
class GatewayContractTest {
    private static final String DTS = "2021-12-06";

    @TempDir
    static Path tmp;
    private static Emulator emulator;
    private static Path certificate;
    /** The last request the stubbed DescribeMigrationJobs saw. */
    private static final AtomicReference<ApiRequest> seen = new AtomicReference<>();

    @BeforeAll
    static void start() {
        certificate = tmp.resolve("tcemu.pem");
        emulator = Emulator.start(EmulatorConfig.ephemeral().tlsExport(certificate).unsupported(UnsupportedMode.ERROR)
                .override("dts", DTS, "DescribeMigrationJobs", request -> {
                    seen.set(request);
                    ObjectNode fields = JsonNodeFactory.instance.objectNode();
                    fields.put("TotalCount", request.params().path("Limit").asLong(20) + 1);
                    fields.putArray("JobList");
                    return fields;
                })
                .override("dts", DTS, "StartMigrateJob", request -> JsonNodeFactory.instance.objectNode()));
    }

    @AfterAll
    static void stop() {
        emulator.close();
    }

    private static DescribeMigrationJobsRequest describeRequest() {
        DescribeMigrationJobsRequest request = new DescribeMigrationJobsRequest();
        request.setLimit(7L);
        request.setStatus(new String[]{"running", "a b*~"});
        TagFilter tag = new TagFilter();
        tag.setTagKey("team");
        tag.setTagValue(new String[]{"data", "未命名"});
        request.setTagFilters(new TagFilter[]{tag});
        return request;
    }

    @ParameterizedTest(name = "{0} signed with {1}")
    @CsvSource({"POST, TC3-HMAC-SHA256", "GET, TC3-HMAC-SHA256", "POST, HmacSHA1", "GET, HmacSHA1",
            "POST, HmacSHA256", "GET, HmacSHA256"})
    void everyRequestFormReachesTheHandlerWithTypedParameters(String method, String signMethod) throws Exception {
        DtsClient client = SdkClients.dts(SdkClients.devCredential(), SdkClients.http(emulator, method, signMethod));
        DescribeMigrationJobsResponse response = client.DescribeMigrationJobs(describeRequest());

        assertEquals(8L, response.getTotalCount(), "the handler's answer, computed from the coerced Limit");
        assertEquals(36, response.getRequestId().length(), "a UUID RequestId");
        ApiRequest request = seen.get();
        assertEquals(response.getRequestId(), request.requestId());
        assertEquals(Accounts.DEV.id(), request.account().id());
        assertEquals(SdkClients.REGION, request.region());
        assertTrue(request.params().get("Limit").isIntegralNumber(), "Limit arrives as a number: " + request.params());
        assertEquals("a b*~", request.params().get("Status").get(1).asText());
        assertEquals("未命名", request.params().get("TagFilters").get(0).get("TagValue").get(1).asText());
    }

    @Test
    void httpsWithTheExportedCertificate() throws Exception {
        DtsClient client = SdkClients.dts(SdkClients.devCredential(), SdkClients.https(emulator, certificate));
        assertEquals(8L, client.DescribeMigrationJobs(describeRequest()).getTotalCount());
    }

    @Test
    void anActionOnlyTheSpecKnowsIsUnsupported() {
        RedisClient client = SdkClients.redis(SdkClients.devCredential(), SdkClients.http(emulator));
        DescribeSlowLogRequest request = new DescribeSlowLogRequest();
        request.setInstanceId("crs-12345678");
        request.setBeginTime("2026-01-01 00:00:00");
        request.setEndTime("2026-01-02 00:00:00");
        TencentCloudSDKException error = assertThrows(TencentCloudSDKException.class, () -> client.DescribeSlowLog(request));
        assertEquals("UnsupportedOperation", error.getErrorCode());
        assertTrue(error.getMessage().contains("redis.DescribeSlowLog"), error.getMessage());
        assertFalse(error.getRequestId().isEmpty());
    }

    @Test
    void aWrongSecretKeyFailsTheSignature() {
        Credential wrong = new Credential(Accounts.DEV.secretId(), "not-the-dev-secret-key-000000000");
        for (String signMethod : new String[]{ClientProfile.SIGN_TC3_256, ClientProfile.SIGN_SHA1}) {
            DtsClient client = SdkClients.dts(wrong, SdkClients.http(emulator, "POST", signMethod));
            TencentCloudSDKException error = assertThrows(TencentCloudSDKException.class,
                    () -> client.DescribeMigrationJobs(describeRequest()));
            assertEquals("AuthFailure.SignatureFailure", error.getErrorCode(), signMethod);
        }
    }

    @Test
    void aSignatureMismatchShowsWhatTheServerSigned() {
        Credential wrong = new Credential(Accounts.DEV.secretId(), "not-the-dev-secret-key-000000000");
        TencentCloudSDKException error = assertThrows(TencentCloudSDKException.class,
                () -> SdkClients.dts(wrong, SdkClients.http(emulator)).DescribeMigrationJobs(describeRequest()));
        assertTrue(error.getMessage().contains("POST\n/\n\ncontent-type:application/json; charset=utf-8\nhost:"
                + emulator.httpEndpoint() + "\n"), error.getMessage());
        assertTrue(error.getMessage().contains("TC3-HMAC-SHA256\n"), error.getMessage());
    }

    @Test
    void anUnknownSecretIdIsNotFound() {
        Credential stranger = new Credential("AKIDunknown0000000000000000000000000", "whatever");
        TencentCloudSDKException error = assertThrows(TencentCloudSDKException.class,
                () -> SdkClients.dts(stranger, SdkClients.http(emulator)).DescribeMigrationJobs(describeRequest()));
        assertEquals("AuthFailure.SecretIdNotFound", error.getErrorCode());
    }

    @Test
    void aMissingRequiredParameterIsNamed() {
        DtsClient client = SdkClients.dts(SdkClients.devCredential(), SdkClients.http(emulator));
        TencentCloudSDKException error = assertThrows(TencentCloudSDKException.class,
                () -> client.StartMigrateJob(new StartMigrateJobRequest()));
        assertEquals("MissingParameter", error.getErrorCode());
        assertTrue(error.getMessage().contains("JobId"), error.getMessage());
    }
}
