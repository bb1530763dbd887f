package io.tcemu.dialect.tencent;

import io.tcemu.spec.ApiSpecs;

import io.tcemu.auth.Accounts;
import io.tcemu.auth.AuthMode;

import io.tcemu.dialect.Caller;
import io.tcemu.dialect.Crypto;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.tcemu.api.ApiError;
import io.tcemu.dialect.HttpCall;
import io.tcemu.api.Language;
import io.tcemu.dialect.DecodedRequest;
import io.tcemu.dialect.tencent.TencentDecoder;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The signed hosts and services each SDK is known to produce when pointed at a local endpoint. */
class TencentAuthenticatorTest {
    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    private static final byte[] BODY = "{}".getBytes(StandardCharsets.UTF_8);

    private static Caller authenticate(AuthMode mode, Accounts accounts, HttpCall call) {
        return authenticator(mode, accounts).authenticate(call, decode(call));
    }

    private static TencentAuthenticator authenticator(AuthMode mode, Accounts accounts) {
        return new TencentAuthenticator(mode, accounts, List.of("dts", "redis"), () -> NOW);
    }

    private static DecodedRequest decode(HttpCall call) {
        return new TencentDecoder(new ObjectMapper(), ApiSpecs.load().dialect("tencent"), Language.ZH_CN).decode(call);
    }

    private static HttpCall withHeader(HttpCall call, String name, String value) {
        Map<String, String> headers = new HashMap<>(call.headers());
        headers.put(name, value);
        return new HttpCall(call.method(), call.path(), call.rawQuery(), headers, call.body());
    }

    /** A TC3 POST sent with Host {@code 127.0.0.1:4580}, signed with the given host and scope service. */
    private static HttpCall tc3(String signedHost, String service, String secretKey, long timestamp) {
        String date = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC).format(Instant.ofEpochSecond(timestamp));
        String canonical = Tc3Signature.canonicalRequest("POST", "", List.of("content-type", "host"),
                Map.of("content-type", "application/json", "host", signedHost), Crypto.sha256Hex(BODY));
        String signature = Tc3Signature.signature(secretKey, date, service,
                Tc3Signature.stringToSign(String.valueOf(timestamp), date + "/" + service + "/tc3_request", canonical));
        Map<String, String> headers = new HashMap<>();
        headers.put("host", "127.0.0.1:4580");
        headers.put("content-type", "application/json");
        headers.put("x-tc-action", "DescribeMigrationJobs");
        headers.put("x-tc-version", "2021-12-06");
        headers.put("x-tc-timestamp", String.valueOf(timestamp));
        headers.put("authorization", "TC3-HMAC-SHA256 Credential=" + Accounts.DEV.secretId() + "/" + date + "/" + service
                + "/tc3_request, SignedHeaders=content-type;host, Signature=" + signature);
        return new HttpCall("POST", "/", "", headers, BODY);
    }

    @Test
    void acceptsEveryHostAnSdkSigns() {
        long ts = NOW.getEpochSecond();
        String key = Accounts.DEV.secretKey();
        // Java and Python: Host as sent; Node: without the port; Java setApigwEndpoint: the official name.
        for (HttpCall call : List.of(tc3("127.0.0.1:4580", "127", key, ts), tc3("127.0.0.1", "127", key, ts),
                tc3("dts.tencentcloudapi.com", "dts", key, ts), tc3("127.0.0.1:4580", "localhost:4580", key, ts))) {
            Caller caller = authenticate(AuthMode.STRICT, Accounts.devOnly(), call);
            assertEquals(Accounts.DEV, caller.account());
        }
        assertEquals("127", authenticate(AuthMode.STRICT, Accounts.devOnly(), tc3("127.0.0.1", "127", key, ts)).scopeService());
    }

    @Test
    void strictChecksTheClockBothWays() {
        String key = Accounts.DEV.secretKey();
        authenticate(AuthMode.STRICT, Accounts.devOnly(), tc3("127.0.0.1:4580", "dts", key, NOW.getEpochSecond() - 300));
        for (long skew : new long[]{-301, 301}) {
            ApiError error = assertThrows(ApiError.class, () -> authenticate(AuthMode.STRICT, Accounts.devOnly(),
                    tc3("127.0.0.1:4580", "dts", key, NOW.getEpochSecond() + skew)));
            assertEquals("AuthFailure.SignatureExpire", error.code());
        }
    }

    @Test
    void lenientTakesAnyIdentityButStillVerifiesKnownKeys() {
        long old = NOW.getEpochSecond() - 86_400;
        Caller dev = authenticate(AuthMode.LENIENT, Accounts.devOnly(), tc3("127.0.0.1:4580", "dts", Accounts.DEV.secretKey(), old));
        assertEquals(Accounts.DEV, dev.account());
        ApiError wrongKey = assertThrows(ApiError.class, () -> authenticate(AuthMode.LENIENT, Accounts.devOnly(),
                tc3("127.0.0.1:4580", "dts", "wrong", NOW.getEpochSecond())));
        assertEquals("AuthFailure.SignatureFailure", wrongKey.code());
    }

    @Test
    void theScopeDateMustMatchTheTimestamp() {
        HttpCall call = tc3("127.0.0.1:4580", "dts", Accounts.DEV.secretKey(), NOW.getEpochSecond());
        Map<String, String> headers = new HashMap<>(call.headers());
        headers.put("x-tc-timestamp", String.valueOf(NOW.getEpochSecond() - 200));
        headers.put("authorization", headers.get("authorization").replace("2026-11-23", "2026-11-22"));
        ApiError error = assertThrows(ApiError.class, () -> authenticate(AuthMode.STRICT, Accounts.devOnly(),
                new HttpCall("POST", "/", "", headers, BODY)));
        assertEquals("AuthFailure.SignatureFailure", error.code());
    }

    @Test
    void oneAuthenticatorChecksEachDayAgainstItsOwnDate() {
        TencentAuthenticator authenticator = authenticator(AuthMode.LENIENT, Accounts.devOnly());
        long today = NOW.getEpochSecond();
        for (long ts : new long[]{today, today - 86_400, today, 0, today}) {
            HttpCall call = tc3("127.0.0.1:4580", "dts", Accounts.DEV.secretKey(), ts);
            assertEquals(Accounts.DEV, authenticator.authenticate(call, decode(call)).account(), "timestamp " + ts);
        }
        HttpCall yesterdays = tc3("127.0.0.1:4580", "dts", Accounts.DEV.secretKey(), today - 86_400);
        HttpCall stamped = withHeader(yesterdays, "x-tc-timestamp", String.valueOf(today));
        ApiError error = assertThrows(ApiError.class, () -> authenticator.authenticate(stamped, decode(stamped)));
        assertEquals("AuthFailure.SignatureFailure", error.code());
        assertEquals("The provided credentials could not be validated. Please check your signature is correct. The credential "
                + "scope's date 2026-11-22 must be the UTC date of X-TC-Timestamp, 2026-11-23.", error.message(Language.EN_US));
        HttpCall farFuture = withHeader(yesterdays, "x-tc-timestamp", "999999999999");
        assertEquals("The provided credentials could not be validated. Please check your signature is correct. The credential "
                        + "scope's date 2026-11-22 must be the UTC date of X-TC-Timestamp, +33658-09-27.",
                assertThrows(ApiError.class, () -> authenticator.authenticate(farFuture, decode(farFuture))).message(Language.EN_US));
    }

    @Test
    void theTimestampIsOneToTwelveAsciiDigits() {
        HttpCall call = tc3("127.0.0.1:4580", "dts", Accounts.DEV.secretKey(), NOW.getEpochSecond());
        for (String timestamp : new String[]{"", "-1", "+1764", "1764e6", "1234567890123", "\uff11\uff12", " 1764"}) {
            HttpCall stamped = withHeader(call, "x-tc-timestamp", timestamp);
            ApiError error = assertThrows(ApiError.class, () -> authenticate(AuthMode.LENIENT, Accounts.devOnly(), stamped));
            assertEquals("InvalidParameter", error.code(), timestamp);
            assertEquals("Invalid X-TC-Timestamp: send the current Unix time in seconds.", error.message(Language.EN_US));
        }
        Map<String, String> headers = new HashMap<>(call.headers());
        headers.remove("x-tc-timestamp");
        HttpCall unstamped = new HttpCall("POST", "/", "", headers, BODY);
        assertEquals("MissingParameter", assertThrows(ApiError.class,
                () -> authenticate(AuthMode.LENIENT, Accounts.devOnly(), unstamped)).code());
    }

    @Test
    void aFailedSignatureShowsWhatTcemuSignedForTheHostAsSent() {
        HttpCall call = tc3("127.0.0.1:4580", "dts", "wrong", NOW.getEpochSecond());
        ApiError error = assertThrows(ApiError.class, () -> authenticate(AuthMode.STRICT, Accounts.devOnly(), call));
        String canonical = "POST\n/\n\ncontent-type:application/json\nhost:127.0.0.1:4580\n\ncontent-type;host\n"
                + Crypto.sha256Hex(BODY);
        assertEquals("The provided credentials could not be validated. Please check your signature is correct."
                + " Canonical request computed by tcemu (host as sent):\n" + canonical + "\nString to sign:\n"
                + Tc3Signature.stringToSign(String.valueOf(NOW.getEpochSecond()), "2026-11-23/dts/tc3_request", canonical),
                error.message(Language.EN_US));
    }

    /** A v1 GET sent with Host {@code 127.0.0.1:4580}, signed with the given host. */
    private static HttpCall legacy(String signedHost, String secretKey) {
        Map<String, String> params = new java.util.TreeMap<>(Map.of("Action", "DescribeMigrationJobs", "Version", "2021-12-06",
                "Region", "ap-guangzhou", "SecretId", Accounts.DEV.secretId(), "Timestamp", String.valueOf(NOW.getEpochSecond()),
                "Nonce", "7", "SignatureMethod", "HmacSHA256"));
        String signature = LegacySignature.signature("HmacSHA256", secretKey,
                LegacySignature.stringToSign("GET", signedHost, "/", params));
        StringBuilder query = new StringBuilder();
        params.forEach((name, value) -> query.append(name).append('=').append(value).append('&'));
        query.append("Signature=").append(java.net.URLEncoder.encode(signature, StandardCharsets.UTF_8));
        return new HttpCall("GET", "/", query.toString(), Map.of("host", "127.0.0.1:4580"), new byte[0]);
    }

    @Test
    void legacySignaturesAreCheckedForEveryHostAnSdkSigns() {
        String key = Accounts.DEV.secretKey();
        for (String host : List.of("127.0.0.1:4580", "127.0.0.1", "dts.tencentcloudapi.com", "redis.tencentcloudapi.com",
                "dts.ap-guangzhou.tencentcloudapi.com", "redis.ap-guangzhou.tencentcloudapi.com")) {
            assertEquals(Accounts.DEV, authenticate(AuthMode.STRICT, Accounts.devOnly(), legacy(host, key)).account(), host);
        }
        HttpCall call = legacy("cvm.tencentcloudapi.com", key);
        ApiError error = assertThrows(ApiError.class, () -> authenticate(AuthMode.STRICT, Accounts.devOnly(), call));
        assertEquals("The provided credentials could not be validated. Please check your signature is correct."
                + " String to sign computed by tcemu (host as sent):\nGET127.0.0.1:4580/?Action=DescribeMigrationJobs&Nonce=7"
                + "&Region=ap-guangzhou&SecretId=" + Accounts.DEV.secretId() + "&SignatureMethod=HmacSHA256&Timestamp="
                + NOW.getEpochSecond() + "&Version=2021-12-06", error.message(Language.EN_US));
    }
}
