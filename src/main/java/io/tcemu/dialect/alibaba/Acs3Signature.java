package io.tcemu.dialect.alibaba;

import io.tcemu.dialect.Crypto;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** ACS3-HMAC-SHA256, Alibaba's V3 signature: canonical request, string to sign and signature. */
final class Acs3Signature {
    static final String ALGORITHM = "ACS3-HMAC-SHA256";

    private Acs3Signature() {
    }

    /**
     * @param query         the decoded query parameters
     * @param signedHeaders lower-case header names as the client listed them; only these are signed
     * @param headerValues  values by lower-case name, the Host (port included) as received
     */
    static String canonicalRequest(String method, String path, Map<String, String> query, List<String> signedHeaders,
                                   Map<String, String> headerValues, String hashedPayload) {
        String canonicalQuery = new TreeMap<>(query).entrySet().stream()
                .map(e -> PercentEncoding.encode(e.getKey()) + "=" + PercentEncoding.encode(e.getValue()))
                .collect(Collectors.joining("&"));
        StringBuilder headers = new StringBuilder();
        for (String name : signedHeaders) {
            headers.append(name).append(':').append(headerValues.getOrDefault(name, "").trim()).append('\n');
        }
        // the header block ends with a newline of its own, so a blank line precedes SignedHeaders
        return method + "\n" + path + "\n" + canonicalQuery + "\n" + headers + "\n"
                + String.join(";", signedHeaders) + "\n" + hashedPayload;
    }

    static String stringToSign(String canonicalRequest) {
        return ALGORITHM + "\n" + Crypto.sha256Hex(canonicalRequest);
    }

    /** Keyed with the raw AccessKeySecret, unlike the RPC signature. */
    static String signature(String accessKeySecret, String stringToSign) {
        return Crypto.hex(Crypto.hmacSha256(accessKeySecret.getBytes(StandardCharsets.UTF_8), stringToSign));
    }
}
