package io.tcemu.dialect.tencent;

import io.tcemu.dialect.Crypto;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Signature v1: HmacSHA1 or HmacSHA256 over method, host, path and the sorted raw parameters. */
public final class LegacySignature {
    private LegacySignature() {
    }

    /** @param params every request parameter, decoded, except Signature */
    public static String stringToSign(String method, String host, String path, Map<String, String> params) {
        // TreeMap orders by String.compareTo, which is byte order for the ASCII names the API uses.
        String joined = new TreeMap<>(params).entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("&"));
        return method + host + path + "?" + joined;
    }

    /** HmacSHA256 only when asked for by name; the API treats anything else as HmacSHA1. */
    public static String signature(String signatureMethod, String secretKey, String stringToSign) {
        String algorithm = "HmacSHA256".equals(signatureMethod) ? "HmacSHA256" : "HmacSHA1";
        byte[] mac = Crypto.hmac(algorithm, secretKey.getBytes(StandardCharsets.UTF_8), stringToSign);
        return Base64.getEncoder().encodeToString(mac);
    }
}
