package io.tcemu.dialect.alibaba;

import io.tcemu.dialect.Crypto;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Alibaba's RPC (V2) signature: HMAC-SHA1 over the method and every parameter, query and form alike. */
final class RpcSignature {
    static final String METHOD = "HMAC-SHA1";

    private RpcSignature() {
    }

    /** @param params every query and form parameter, decoded, except Signature */
    static String stringToSign(String httpMethod, Map<String, String> params) {
        // like the SDKs, parameters with an empty value are not signed
        String canonical = new TreeMap<>(params).entrySet().stream()
                .filter(e -> !e.getValue().isEmpty())
                .map(e -> PercentEncoding.encode(e.getKey()) + "=" + PercentEncoding.encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return httpMethod + "&" + PercentEncoding.encode("/") + "&" + PercentEncoding.encode(canonical);
    }

    /** Keyed with the AccessKeySecret followed by "&". */
    static String signature(String accessKeySecret, String stringToSign) {
        byte[] mac = Crypto.hmac("HmacSHA1", (accessKeySecret + "&").getBytes(StandardCharsets.UTF_8), stringToSign);
        return Base64.getEncoder().encodeToString(mac);
    }
}
