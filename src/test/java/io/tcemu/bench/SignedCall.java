package io.tcemu.bench;

import com.tencentcloudapi.common.Sign;
import com.tencentcloudapi.common.exception.TencentCloudSDKException;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One TC3-HMAC-SHA256 signed POST, built with the official SDK's primitives, as its headers. The
 * body is constant, so the same headers serve a whole load round, as long as the round ends within
 * the 300 s a signature stays valid: the bench signs again for every round.
 */
record SignedCall(String host, String body, Map<String, String> headers) {
    static final String SECRET_ID = "AKIDLOCALDEV000000000000000000000000";
    static final String SECRET_KEY = "localdevsecretkey000000000000000";
    static final String REGION = "ap-guangzhou";

    static SignedCall of(String host, String service, String version, String action, String body) {
        try {
            long timestamp = Instant.now().getEpochSecond();
            String date = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC).format(Instant.ofEpochSecond(timestamp));
            String contentType = "application/json; charset=utf-8";
            String hostOnly = host.substring(0, host.lastIndexOf(':'));
            String canonical = "POST\n/\n\ncontent-type:" + contentType + "\nhost:" + hostOnly + "\n\ncontent-type;host\n"
                    + Sign.sha256Hex(body.getBytes(StandardCharsets.UTF_8));
            String scope = date + "/" + service + "/tc3_request";
            String toSign = "TC3-HMAC-SHA256\n" + timestamp + "\n" + scope + "\n" + Sign.sha256Hex(canonical);
            byte[] key = Sign.hmac256(("TC3" + SECRET_KEY).getBytes(StandardCharsets.UTF_8), date);
            key = Sign.hmac256(key, service);
            key = Sign.hmac256(key, "tc3_request");
            String signature = HexFormat.of().formatHex(Sign.hmac256(key, toSign));
            Map<String, String> headers = new LinkedHashMap<>();
            headers.put("Authorization", "TC3-HMAC-SHA256 Credential=" + SECRET_ID + "/" + scope
                    + ", SignedHeaders=content-type;host, Signature=" + signature);
            headers.put("Content-Type", contentType);
            headers.put("Host", hostOnly);
            headers.put("X-TC-Action", action);
            headers.put("X-TC-Timestamp", Long.toString(timestamp));
            headers.put("X-TC-Version", version);
            headers.put("X-TC-Region", REGION);
            return new SignedCall(host, body, headers);
        } catch (TencentCloudSDKException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A wrk script that sends this call and prints one RESULT line the bench script reads. */
    String wrkScript() {
        StringBuilder lua = new StringBuilder("wrk.method = \"POST\"\nwrk.body = " + luaString(body) + "\n");
        headers.forEach((name, value) -> lua.append("wrk.headers[\"").append(name).append("\"] = ")
                .append(luaString(value)).append('\n'));
        lua.append("""
                done = function(summary, latency, requests)
                  local e = summary.errors
                  io.write(string.format("RESULT rps=%.1f p50=%.3f p99=%.3f errors=%d\\n",
                    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000,
                    latency:percentile(99) / 1000, e.connect + e.read + e.write + e.status + e.timeout))
                end
                """);
        return lua.toString();
    }

    private static String luaString(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }
}
