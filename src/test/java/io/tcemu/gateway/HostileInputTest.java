package io.tcemu.gateway;

import io.tcemu.api.Language;
import io.restassured.response.Response;
import io.tcemu.Emulator;
import io.tcemu.EmulatorConfig;
import io.tcemu.RawCalls;
import io.tcemu.auth.AuthMode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasLength;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What an attacker or a broken client sends: each is answered, quickly, with a documented code and no internals. */
class HostileInputTest {
    private static final String DTS = "2021-12-06";
    private static Emulator strict;
    private static Emulator lenient;
    private static Emulator off;
    private static RawCalls calls;

    @BeforeAll
    static void start() {
        strict = Emulator.start(EmulatorConfig.ephemeral().language(Language.EN_US).requestTimeout(Duration.ofSeconds(1))
                .override("dts", DTS, "DescribeMigrateDBInstances", request -> { throw new StackOverflowError(); })
                .override("dts", DTS, "DescribeMigrationCheckJob", request -> {
                    throw new IllegalStateException("SELECT account FROM tcemu_resource failed");
                }));
        lenient = Emulator.start(EmulatorConfig.ephemeral().language(Language.EN_US).authMode(AuthMode.LENIENT));
        off = Emulator.start(EmulatorConfig.ephemeral().language(Language.EN_US).authMode(AuthMode.OFF));
        calls = new RawCalls(strict);
    }

    @AfterAll
    static void stop() {
        strict.close();
        lenient.close();
        off.close();
    }

    private static void assertError(Response response, String code) {
        response.then().statusCode(200)
                .header("Content-Type", equalTo("application/json"))
                .body("Response.Error.Code", equalTo(code))
                .body("Response.RequestId", hasLength(36));
    }

    @Test
    void aNameWithThousandsOfDotsIsRefusedBeforeAuthentication() throws Exception {
        String deep = "a" + ".a".repeat(8_000) + "=1";
        HttpResponse<String> query = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://"
                + strict.httpEndpoint() + "/?Action=DescribeSyncJobs&" + deep.substring(0, 4000))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, query.statusCode());
        assertTrue(query.body().contains("\"Code\":\"InvalidParameter\""), query.body());
        assertTrue(query.body().contains("more than 32 dot-separated segments"), query.body());
        assertTrue(query.body().length() < 600, "the name is cut short: " + query.body().length());
        Response form = calls.plain().contentType("application/x-www-form-urlencoded")
                .body("Action=DescribeSyncJobs&Version=" + DTS + "&" + deep).post("/");
        assertError(form, "InvalidParameter");
        Response wide = calls.plain().contentType("application/x-www-form-urlencoded")
                .body("Action=DescribeSyncJobs&Version=" + DTS + "&L" + ".x".repeat(40) + "=1").post("/");
        assertError(wide, "InvalidParameter");
    }

    @Test
    void jsonNestedDeeperThanTheParserAllowsIsInvalidParameter() {
        String nested = "{\"Limit\":" + "[".repeat(1100) + "]".repeat(1100) + "}";
        Response response = calls.postJson("DescribeSyncJobs", DTS, nested);
        assertError(response, "InvalidParameter");
        response.then().body("Response.Error.Message", containsString("not valid JSON"))
                .body("Response.Error.Message", containsString("nesting depth"));
    }

    @Test
    void anOverLongRegionIsRefusedWithoutReachingTheStore() {
        Response response = new RawCalls(off).plain().contentType("application/json")
                .header("X-TC-Action", "CreateSyncJob").header("X-TC-Version", DTS).header("X-TC-Region", "r".repeat(65))
                .body("{\"PayMode\":\"PostPay\",\"SrcDatabaseType\":\"mysql\",\"SrcRegion\":\"ap-guangzhou\","
                        + "\"DstDatabaseType\":\"mysql\",\"DstRegion\":\"ap-guangzhou\"}").post("/");
        assertError(response, "InvalidParameterValue");
        response.then().body("Response.Error.Message", containsString("at most 64"))
                .body("Response.Error.Message", not(containsString("SQL")));
    }

    @Test
    void anOverLongSecretIdIsInvalidInLenientAndOffMode() {
        String secretId = "AKID" + "x".repeat(100);
        assertError(new RawCalls(off).plain().contentType("application/x-www-form-urlencoded")
                .body("Action=DescribeSyncJobs&Version=" + DTS + "&Region=ap-guangzhou&SecretId=" + secretId).post("/"),
                "AuthFailure.InvalidSecretId");
        Response lenientAnswer = new RawCalls(lenient).plain().contentType("application/json")
                .header("X-TC-Action", "DescribeSyncJobs").header("X-TC-Version", DTS)
                .header("X-TC-Timestamp", String.valueOf(System.currentTimeMillis() / 1000))
                .header("Authorization", "TC3-HMAC-SHA256 Credential=" + secretId
                        + "/2026-01-01/dts/tc3_request, SignedHeaders=content-type;host, Signature=" + "0".repeat(64))
                .body("{}").post("/");
        assertError(lenientAnswer, "AuthFailure.InvalidSecretId");
    }

    @Test
    void anUnknownHugeSecretIdIsNotEchoedBackWhole() {
        String secretId = "AKID" + "y".repeat(100_000);
        Response response = calls.plain().contentType("application/x-www-form-urlencoded")
                .body("Action=DescribeSyncJobs&Version=" + DTS + "&SecretId=" + secretId + "&Signature=x&Nonce=1&Timestamp="
                        + System.currentTimeMillis() / 1000).post("/");
        response.then().body("Response.Error.Message.length()", lessThan(500));
    }

    @Test
    void aThrowableFromAHandlerIsAnInternalErrorNamingNoInternals() {
        Response overflow = calls.postJson("DescribeMigrateDBInstances", DTS, "{\"DatabaseType\":\"mysql\"}");
        assertError(overflow, "InternalError");
        overflow.then().body("Response.Error.Message", containsString(overflow.jsonPath().getString("Response.RequestId")));
        Response sql = calls.postJson("DescribeMigrationCheckJob", DTS, "{\"JobId\":\"dts-1\"}");
        assertError(sql, "InternalError");
        sql.then().body("Response.Error.Message", not(containsString("SELECT")))
                .body("Response.Error.Message", not(containsString("Exception")));
    }

    @Test
    void pagingMessagesShowTheValueSent() {
        // DescribeSyncJobs documents its own code for a bad value, as DescribeMigrationJobs does
        calls.postJson("DescribeSyncJobs", DTS, "{\"Limit\":18446744073709551615}").then()
                .body("Response.Error.Code", equalTo("InvalidParameterValue.InvalidParameterValueError"))
                .body("Response.Error.Message", containsString("not 18446744073709551615"));
        calls.postJson("DescribeSyncJobs", DTS, "{\"Offset\":9223372036854775807}").then()
                .body("Response.Error.Code", equalTo("InvalidParameterValue.InvalidParameterValueError"))
                .body("Response.Error.Message", containsString("between 0 and 2147483647, not 9223372036854775807"));
    }

    @Test
    void adminMistakesAreJsonClientErrors() {
        calls.plain().post("/_tcemu/clock/advance").then().statusCode(400)
                .body("error", containsString("\"seconds\" must be a number"));
        calls.plain().urlEncodingEnabled(false).get("/_tcemu/health/../../").then().statusCode(404)
                .header("Content-Type", equalTo("application/json")).body("error", containsString("no admin endpoint"));
        calls.plain().contentType("application/json").body("{\"seconds\": 1e300}").post("/_tcemu/clock/advance")
                .then().statusCode(400);
        calls.plain().contentType("application/json").body("{\"seconds\": 9000000000000}").post("/_tcemu/clock/advance")
                .then().statusCode(400).body("error", containsString("cannot pass 9999-12-31T23:59:59Z"));
        // the clock stayed where it was, so rate-limited actions still answer
        for (int i = 0; i < 3; i++) {
            calls.postJson("DescribeSyncJobs", DTS, "{}").then().body("Response.TotalCount", equalTo(0));
        }
    }

    @Test
    void aHalfSentRequestIsClosedAfterTheTimeout() throws Exception {
        try (Socket body = new Socket(strict.host(), strict.httpPort());
             Socket headers = new Socket(strict.host(), strict.httpPort())) {
            body.getOutputStream().write(("POST / HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                    + "Content-Length: 100\r\n\r\n{\"a\":").getBytes(StandardCharsets.US_ASCII));
            long started = System.nanoTime();
            OutputStream drip = headers.getOutputStream();
            drip.write("GET / HTTP/1.1\r\n".getBytes(StandardCharsets.US_ASCII));
            boolean dripClosed = false;
            for (int i = 0; i < 40 && !dripClosed; i++) {
                Thread.sleep(100);
                try {
                    drip.write(("X-Slow-" + i + ": 1\r\n").getBytes(StandardCharsets.US_ASCII));
                    drip.flush();
                } catch (java.io.IOException closed) {
                    dripClosed = true;
                }
            }
            assertTrue(dripClosed || closedWithin(headers, Duration.ofSeconds(1)), "a dripping client is cut off");
            assertTrue(closedWithin(body, Duration.ofSeconds(3)), "a half-sent body is cut off");
            assertTrue(System.nanoTime() - started < Duration.ofSeconds(6).toNanos());
        }
    }

    /** Whether the server closes the socket (end of stream or reset) within {@code limit}. */
    private static boolean closedWithin(Socket socket, Duration limit) throws Exception {
        socket.setSoTimeout((int) limit.toMillis());
        InputStream in = socket.getInputStream();
        try {
            while (in.read() >= 0) {
                // an answer may come first; the close is what counts
            }
            return true;
        } catch (SocketTimeoutException stillOpen) {
            return false;
        } catch (java.io.IOException reset) {
            return true;
        }
    }

    @Test
    void controlCharactersAreEscapedInTheLog() {
        assertEquals("Nope\\u000a12:00 INFO forged \\u001b[31m", LogText.escape("Nope\n12:00 INFO forged \u001b[31m"));
        assertEquals("dts.DescribeSyncJobs", LogText.escape("dts.DescribeSyncJobs"));
    }
}
