package io.tcemu.dialect.alibaba;

import com.aliyun.tea.TeaRequest;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.tcemu.Emulator;
import io.tcemu.EmulatorConfig;
import io.tcemu.RawCalls;
import io.tcemu.auth.Accounts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

import static io.tcemu.dialect.alibaba.AlibabaSdk.BPSTUDIO;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Raw HTTP for what Alibaba's SDKs never send: stale or replayed requests, garbage Authorization
 * headers, unknown actions and versions, GET. Requests are signed with the SDK's own signing
 * functions (openapiutil), so these tests do not grade tcemu's signatures against themselves.
 */
class AlibabaRawProtocolTest {
    private static final String BODY = "TaskId=2615";
    private static Emulator emulator;
    private static RawCalls calls;

    @BeforeAll
    static void start() {
        emulator = Emulator.start(EmulatorConfig.ephemeral().override("bpstudio", BPSTUDIO, "GetFoTaskStatus",
                request -> JsonNodeFactory.instance.objectNode().put("Code", "200")
                        .put("Data", "Task " + request.params().get("TaskId").asLong())));
        calls = new RawCalls(emulator);
    }

    @AfterAll
    static void stop() {
        emulator.close();
    }

    /** A POST signed with ACS3-HMAC-SHA256 by openapiutil, as tea-openapi signs it. */
    private static Response v3(String action, String version, Instant date, String nonce) throws Exception {
        return v3(action, version, date, nonce, Map.of());
    }

    /** The same, with the {@code unsigned} headers left out of the signature and sent anyway. */
    private static Response v3(String action, String version, Instant date, String nonce, Map<String, String> unsigned)
            throws Exception {
        Map<String, String> headers = new HashMap<>(Map.of(
                "host", emulator.httpEndpoint(),
                "x-acs-action", action,
                "x-acs-version", version,
                "x-acs-date", date.truncatedTo(ChronoUnit.SECONDS).toString(),
                "x-acs-signature-nonce", nonce,
                "x-acs-content-sha256", sha256Hex(BODY),
                "content-type", "application/x-www-form-urlencoded"));
        headers.keySet().removeAll(unsigned.keySet());
        TeaRequest request = new TeaRequest();
        request.method = "POST";
        request.pathname = "/";
        request.headers = headers;
        headers.put("authorization", com.aliyun.openapiutil.Client.getAuthorization(request, "ACS3-HMAC-SHA256",
                sha256Hex(BODY), Accounts.ALIBABA_DEV.secretId(), Accounts.ALIBABA_DEV.secretKey()));
        headers.putAll(unsigned);
        RequestSpecification spec = calls.plain().body(BODY);
        headers.forEach((name, value) -> {
            if (!name.equals("host")) {
                spec.header(name, value);
            }
        });
        return spec.post("/");
    }

    private static Response v3(String action, String version) throws Exception {
        return v3(action, version, Instant.now(), UUID.randomUUID().toString());
    }

    private static void assertError(Response response, int status, String code) {
        response.then().statusCode(status).body("Code", equalTo(code))
                .body("HostId", equalTo(emulator.httpEndpoint()))
                .body("Recommend", equalTo("https://api.aliyun.com/troubleshoot?q=" + code));
        assertEquals(List.of("RequestId", "HostId", "Code", "Message", "Recommend"),
                List.copyOf(response.jsonPath().getMap("").keySet()), "the error envelope's fields, in order");
        assertEquals(response.jsonPath().getString("RequestId"), response.header("x-acs-request-id"));
        assertEquals(null, response.header("X-TC-RequestId"), "no Tencent headers in an Alibaba answer");
    }

    @Test
    void aSignedRequestSucceeds() throws Exception {
        v3("GetFoTaskStatus", BPSTUDIO).then().statusCode(200)
                .body("Data", equalTo("Task 2615")).body("Code", equalTo("200"));
    }

    @Test
    void aTimestampMoreThanFifteenMinutesOffIsExpired() throws Exception {
        assertError(v3("GetFoTaskStatus", BPSTUDIO, Instant.now().minus(Duration.ofMinutes(16)), "n-old"),
                400, "InvalidTimeStamp.Expired");
        assertError(v3("GetFoTaskStatus", BPSTUDIO, Instant.now().plus(Duration.ofMinutes(16)), "n-future"),
                400, "InvalidTimeStamp.Expired");
        v3("GetFoTaskStatus", BPSTUDIO, Instant.now().minus(Duration.ofMinutes(14)), "n-late").then().statusCode(200);
    }

    @Test
    void aReusedNonceIsRefused() throws Exception {
        String nonce = UUID.randomUUID().toString();
        v3("GetFoTaskStatus", BPSTUDIO, Instant.now(), nonce).then().statusCode(200);
        assertError(v3("GetFoTaskStatus", BPSTUDIO, Instant.now(), nonce), 400, "SignatureNonceUsed");
    }

    @Test
    void anXAcsHeaderLeftOutOfTheSignatureIsRefused() throws Exception {
        // date and nonce unsigned: a captured request could be replayed with fresh ones
        Response replayed = v3("GetFoTaskStatus", BPSTUDIO, Instant.now(), "n-signed",
                Map.of("x-acs-date", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(),
                        "x-acs-signature-nonce", "n-fresh"));
        assertError(replayed, 400, "IncompleteSignature");
        replayed.then().body("Message", containsString("x-acs-"));
        assertError(v3("GetFoTaskStatus", BPSTUDIO, Instant.now(), UUID.randomUUID().toString(),
                Map.of("x-acs-extra", "1")), 400, "IncompleteSignature");
    }

    @Test
    void aGarbageOrMissingAuthorizationIsAnIncompleteSignature() {
        for (String authorization : new String[]{"ACS3-HMAC-SHA256 garbage", "Bearer abc", "ACS3-HMAC-SHA256 "
                + "Credential=LTAIlocaldev000000000000,SignedHeaders=host,Signature=zz"}) {
            assertError(calls.plain().header("x-acs-action", "GetFoTaskStatus").header("x-acs-version", BPSTUDIO)
                    .header("Authorization", authorization).post("/"), 400, "IncompleteSignature");
        }
        assertError(calls.plain().header("x-acs-action", "GetFoTaskStatus").header("x-acs-version", BPSTUDIO)
                .post("/"), 400, "IncompleteSignature");
    }

    @Test
    void anUnknownActionOrVersionIsNamed() throws Exception {
        Response action = v3("StartFoTask", BPSTUDIO);
        assertError(action, 404, "InvalidAction.NotFound");
        action.then().body("Message", containsString("StartFoTask"));
        Response version = v3("GetFoTaskStatus", "2020-07-10");
        assertError(version, 400, "InvalidVersion");
        version.then().body("Message", containsString("2021-09-31"));
    }

    @Test
    void anotherHttpMethodIsRefused() {
        assertError(calls.plain().header("x-acs-action", "GetFoTaskStatus").put("/"), 400, "UnsupportedHTTPMethod");
    }

    /** GET with every parameter in the query, signed with the RPC signature by openapiutil. */
    @Test
    void anRpcGetSignedWithHmacSha1Succeeds() throws Exception {
        Map<String, String> params = new TreeMap<>(Map.of("Action", "GetFoTaskStatus", "Version", BPSTUDIO,
                "Format", "JSON", "AccessKeyId", Accounts.ALIBABA_DEV.secretId(),
                "SignatureMethod", "HMAC-SHA1", "SignatureVersion", "1.0",
                "SignatureNonce", UUID.randomUUID().toString(),
                "Timestamp", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(), "TaskId", "7"));
        params.put("Signature", com.aliyun.openapiutil.Client.getRPCSignature(params, "GET",
                Accounts.ALIBABA_DEV.secretKey()));
        String query = params.entrySet().stream()
                .map(e -> PercentEncoding.encode(e.getKey()) + "=" + PercentEncoding.encode(e.getValue()))
                .collect(Collectors.joining("&"));
        calls.plain().urlEncodingEnabled(false).get("/?" + query).then().statusCode(200).body("Data", equalTo("Task 7"));
    }

    private static String sha256Hex(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
