package io.tcemu;

import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.tcemu.auth.Accounts;
import io.tcemu.dialect.tencent.Tc3Signature;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Hand-built HTTP requests for what the SDKs never send, signed (or mis-signed) on purpose with
 * REST Assured. The Content-Type is sent exactly as given, since it is signed.
 */
public final class RawCalls {
    private final Emulator emulator;

    public RawCalls(Emulator emulator) {
        this.emulator = emulator;
    }

    public RequestSpecification plain() {
        return RestAssured.given()
                .config(RestAssuredConfig.config().encoderConfig(
                        EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false)))
                .baseUri("http://" + emulator.host()).port(emulator.httpPort());
    }

    /** A TC3-signed POST of {@code body} as {@code contentType}, signed over {@code signedBody}. */
    public Response post(String action, String version, String contentType, byte[] body, byte[] signedBody,
                         long timestamp) {
        return tc3(plain(), "POST", action, version, contentType, "", signedBody, timestamp, Accounts.DEV.secretKey())
                .body(body).post("/");
    }

    public Response postJson(String action, String version, String json) {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        return post(action, version, "application/json", body, body, Instant.now().getEpochSecond());
    }

    /** A TC3-signed GET whose query string is sent and signed exactly as given. */
    public Response get(String action, String version, String rawQuery) {
        return tc3(plain().urlEncodingEnabled(false), "GET", action, version, "application/x-www-form-urlencoded",
                rawQuery, new byte[0], Instant.now().getEpochSecond(), Accounts.DEV.secretKey())
                .get("/?" + rawQuery);
    }

    public RequestSpecification tc3(RequestSpecification spec, String method, String action, String version,
                                    String contentType, String rawQuery, byte[] signedBody, long timestamp,
                                    String secretKey) {
        String host = emulator.httpEndpoint();
        String date = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC).format(Instant.ofEpochSecond(timestamp));
        String canonical = Tc3Signature.canonicalRequest(method, rawQuery, List.of("content-type", "host"),
                Map.of("content-type", contentType, "host", host), sha256Hex(signedBody));
        String stringToSign = Tc3Signature.stringToSign(String.valueOf(timestamp), date + "/dts/tc3_request", canonical);
        String signature = Tc3Signature.signature(secretKey, date, "dts", stringToSign);
        return spec.header("Content-Type", contentType)
                .header("X-TC-Action", action)
                .header("X-TC-Version", version)
                .header("X-TC-Region", "ap-guangzhou")
                .header("X-TC-Timestamp", String.valueOf(timestamp))
                .header("Authorization", "TC3-HMAC-SHA256 Credential=" + Accounts.DEV.secretId() + "/" + date
                        + "/dts/tc3_request, SignedHeaders=content-type;host, Signature=" + signature);
    }

    private static String sha256Hex(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
