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
        var request = new TencentDecoder(new ObjectMapper(), ApiSpecs.load().dialect("tencent"), Language.ZH_CN).decode(call);
        return new TencentAuthenticator(mode, accounts, List.of("dts", "redis"), () -> NOW).authenticate(call, request);
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
}
