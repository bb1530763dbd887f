package io.tcemu.gateway;

import io.tcemu.spec.ApiSpecs;
import io.tcemu.spec.DialectSpec;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.restassured.response.Response;
import io.tcemu.Emulator;
import io.tcemu.EmulatorConfig;
import io.tcemu.RawCalls;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasLength;
import static org.hamcrest.Matchers.notNullValue;

/** Requests no SDK sends: each gets its documented code, in a 200 envelope, never a crash. */
class RawProtocolTest {
    private static final DialectSpec TENCENT = ApiSpecs.load().dialect("tencent");
    private static final String DTS = "2021-12-06";
    private static Emulator emulator;
    private static RawCalls calls;

    @BeforeAll
    static void start() {
        emulator = Emulator.start(EmulatorConfig.ephemeral()
                .override("dts", DTS, "DescribeMigrationJobs", request -> {
                    var fields = JsonNodeFactory.instance.objectNode();
                    fields.put("TotalCount", 0).putArray("JobList");
                    fields.set("Echo", request.params());
                    return fields;
                }));
        calls = new RawCalls(emulator);
    }

    @AfterAll
    static void stop() {
        emulator.close();
    }

    private static void assertError(Response response, String code) {
        response.then().statusCode(200)
                .header("Content-Type", equalTo("application/json"))
                .body("Response.Error.Code", equalTo(code))
                .body("Response.RequestId", hasLength(36));
        org.junit.jupiter.api.Assertions.assertEquals(response.jsonPath().getString("Response.RequestId"),
                response.header("X-TC-RequestId"));
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aValidSignedPostSucceeds() {
        calls.postJson("DescribeMigrationJobs", DTS, "{\"Limit\":5}").then().statusCode(200)
                .header("Content-Type", equalTo("application/json"))
                .body("Response.TotalCount", equalTo(0))
                .body("Response.Echo.Limit", equalTo(5))
                .body("Response.RequestId", hasLength(36));
    }

    @Test
    void expiredAndFutureTimestampsAreRejected() {
        long now = Instant.now().getEpochSecond();
        for (long timestamp : new long[]{now - 301, now + 400}) {
            byte[] body = utf8("{}");
            Response response = calls.post("DescribeMigrationJobs", DTS, "application/json", body, body, timestamp);
            assertError(response, "AuthFailure.SignatureExpire");
        }
    }

    @Test
    void aTamperedBodyFailsTheSignature() {
        Response response = calls.post("DescribeMigrationJobs", DTS, "application/json", utf8("{\"Limit\":100}"),
                utf8("{\"Limit\":1}"), Instant.now().getEpochSecond());
        assertError(response, "AuthFailure.SignatureFailure");
        response.then().body("Response.Error.Message", containsString("String to sign"));
    }

    @Test
    void badFlatteningNamesTheParameter() {
        assertError(calls.get("DescribeMigrationJobs", DTS, "Status.1=running"), "InvalidParameter");
        calls.get("DescribeMigrationJobs", DTS, "Status.1=running").then()
                .body("Response.Error.Message", containsString("Status"));
        assertError(calls.get("DescribeMigrationJobs", DTS, "Limit=5&Limit.0=6"), "InvalidParameter");
    }

    @Test
    void aFlattenedGetIsRebuiltAndTyped() {
        calls.get("DescribeMigrationJobs", DTS, "Limit=5&Status.0=running&Status.1=a+b&TagFilters.0.TagKey=k")
                .then().body("Response.Echo.Limit", equalTo(5))
                .body("Response.Echo.Status[1]", equalTo("a b"))
                .body("Response.Echo.TagFilters[0].TagKey", equalTo("k"));
    }

    @Test
    void oversizedRequestsAreRefused() {
        byte[] big = new byte[TENCENT.maxBodyBytes() + 10];
        Arrays.fill(big, (byte) ' ');
        big[0] = '{';
        big[big.length - 1] = '}';
        assertError(calls.post("DescribeMigrationJobs", DTS, "application/json", big, big, Instant.now().getEpochSecond()),
                "RequestSizeLimitExceeded");
        assertError(calls.get("DescribeMigrationJobs", DTS, "JobName=" + "x".repeat(TENCENT.maxQueryBytes())),
                "RequestSizeLimitExceeded");
        String form = "Action=DescribeMigrationJobs&JobName=" + "x".repeat(TENCENT.maxLegacyBodyBytes());
        assertError(calls.plain().contentType("application/x-www-form-urlencoded").body(form).post("/"),
                "RequestSizeLimitExceeded");
    }

    @Test
    void unsupportedMethodsAndContentTypes() {
        byte[] body = utf8("{}");
        assertError(calls.post("DescribeMigrationJobs", DTS, "text/plain", body, body, Instant.now().getEpochSecond()),
                "UnsupportedProtocol");
        assertError(calls.plain().body(body).put("/"), "UnsupportedProtocol");
        assertError(calls.plain().delete("/"), "UnsupportedProtocol");
    }

    @Test
    void garbageAuthorizationHeaders() {
        for (String header : new String[]{"Bearer abc", "TC3-HMAC-SHA256 nonsense",
                "TC3-HMAC-SHA256 Credential=AKID/2026-01-01/dts/tc3_request, SignedHeaders=host, Signature=00",
                "TC3-HMAC-SHA256 Credential=AKID/x/tc3_request, SignedHeaders=content-type;host, Signature=" + "0".repeat(64)}) {
            Response response = calls.plain().header("Content-Type", "application/json")
                    .header("X-TC-Action", "DescribeMigrationJobs").header("X-TC-Version", DTS)
                    .header("X-TC-Timestamp", String.valueOf(Instant.now().getEpochSecond()))
                    .header("Authorization", header).body("{}").post("/");
            assertError(response, "AuthFailure.InvalidAuthorization");
        }
        assertError(calls.plain().header("Content-Type", "application/json")
                .header("X-TC-Action", "DescribeMigrationJobs").header("X-TC-Version", DTS).body("{}").post("/"),
                "AuthFailure.InvalidAuthorization");
    }

    @Test
    void malformedBodies() {
        assertError(calls.postJson("DescribeMigrationJobs", DTS, "{\"Limit\":"), "InvalidParameter");
        assertError(calls.postJson("DescribeMigrationJobs", DTS, "[1,2]"), "InvalidParameter");
        byte[] notUtf8 = {'{', '"', 'J', 'o', 'b', 'N', 'a', 'm', 'e', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};
        assertError(calls.post("DescribeMigrationJobs", DTS, "application/json", notUtf8, notUtf8,
                Instant.now().getEpochSecond()), "InvalidParameter");
    }

    @Test
    void missingActionUnknownActionAndUnknownVersion() {
        assertError(calls.plain().contentType("application/x-www-form-urlencoded").body("Version=" + DTS).post("/"),
                "AuthFailure.InvalidAuthorization");
        assertError(calls.postJson("", DTS, "{}"), "MissingParameter");
        assertError(calls.postJson("NoSuchThing", DTS, "{}"), "InvalidAction");
        assertError(calls.postJson("DescribeMigrationJobs", "2099-01-01", "{}"), "NoSuchVersion");
    }

    @Test
    void validationErrorsNameTheMemberPath() {
        Response unknown = calls.postJson("DescribeMigrationJobs", DTS, "{\"TagFilters\":[{\"TagKey\":\"k\",\"Nope\":1}]}");
        assertError(unknown, "UnknownParameter");
        unknown.then().body("Response.Error.Message", containsString("TagFilters.0.Nope"));
        Response wrongType = calls.postJson("DescribeMigrationJobs", DTS, "{\"Limit\":\"ten\"}");
        assertError(wrongType, "InvalidParameter");
        wrongType.then().body("Response.Error.Message", containsString("Limit"));
    }

    @Test
    void chineseMessagesWhenAskedFor() {
        calls.plain().header("X-TC-Language", "zh-CN").contentType("application/json")
                .header("X-TC-Action", "DescribeMigrationJobs").header("X-TC-Version", DTS).body("{}").post("/")
                .then().body("Response.Error.Message", containsString("请求未签名"));
    }

    @Test
    void multipartBodiesAreSignedAndDecoded() {
        String boundary = "tcemuBoundary";
        byte[] body = utf8("--" + boundary + "\r\nContent-Disposition: form-data; name=\"Limit\"\r\n\r\n9\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"Status.0\"\r\n\r\nrunning\r\n"
                + "--" + boundary + "--\r\n");
        calls.post("DescribeMigrationJobs", DTS, "multipart/form-data; boundary=" + boundary, body, body,
                        Instant.now().getEpochSecond())
                .then().body("Response.Echo.Limit", equalTo(9)).body("Response.Echo.Status[0]", equalTo("running"));
        byte[] broken = utf8("--" + boundary + "\r\nno headers here");
        assertError(calls.post("DescribeMigrationJobs", DTS, "multipart/form-data; boundary=" + boundary, broken, broken,
                Instant.now().getEpochSecond()), "InvalidRequest");
    }

    @Test
    void healthReportsProductsAndVersions() {
        calls.plain().get("/_tcemu/health").then().statusCode(200)
                .body("status", equalTo("ok"))
                .body("products.dts[0]", equalTo(DTS))
                .body("products.redis[0]", equalTo("2018-04-12"))
                .body("products.wedata[0]", equalTo("2021-08-20"))
                .body("products.bpstudio[0]", equalTo("2021-09-31"))
                .body("uptimeSeconds", notNullValue());
    }
}
