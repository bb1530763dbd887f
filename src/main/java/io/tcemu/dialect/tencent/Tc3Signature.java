package io.tcemu.dialect.tencent;

import io.tcemu.dialect.Crypto;

import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/** TC3-HMAC-SHA256, signature v3: canonical request, string to sign and signature. */
public final class Tc3Signature {
    public static final String ALGORITHM = "TC3-HMAC-SHA256";
    private static final SigningKeys SIGNING_KEYS = new SigningKeys(Tc3Signature::signingKey);

    private Tc3Signature() {
    }

    /**
     * @param signedHeaders lower-case header names in the order the client listed them
     * @param headerValues values by lower-case name; host must already be the candidate to try
     */
    public static String canonicalRequest(String method, String canonicalQuery, List<String> signedHeaders,
                                          Map<String, String> headerValues, String hashedPayload) {
        return canonicalRequest(method, canonicalQuery, signedHeaders, name -> headerValues.getOrDefault(name, ""),
                hashedPayload);
    }

    /**
     * As above, with each header's value looked up by a function, so that a verifier can try
     * another host without copying the request's headers.
     *
     * @param headerValue a header's value by lower-case name, "" when the request has none
     */
    public static String canonicalRequest(String method, String canonicalQuery, List<String> signedHeaders,
                                          UnaryOperator<String> headerValue, String hashedPayload) {
        StringBuilder headers = new StringBuilder();
        for (String name : signedHeaders) {
            headers.append(name).append(':')
                    .append(headerValue.apply(name).trim().toLowerCase(java.util.Locale.ROOT))
                    .append('\n');
        }
        return method + "\n/\n" + canonicalQuery + "\n" + headers + "\n"
                + String.join(";", signedHeaders) + "\n" + hashedPayload;
    }

    public static String stringToSign(String timestamp, String credentialScope, String canonicalRequest) {
        return ALGORITHM + "\n" + timestamp + "\n" + credentialScope + "\n" + Crypto.sha256Hex(canonicalRequest);
    }

    public static String signature(String secretKey, String date, String service, String stringToSign) {
        return Crypto.hex(Crypto.hmacSha256(SIGNING_KEYS.get(secretKey, date, service), stringToSign));
    }

    /** The key chain depends on the secret, the day and the service only, so it is derived once for them. */
    static byte[] signingKey(String secretKey, String date, String service) {
        byte[] secretDate = Crypto.hmacSha256(("TC3" + secretKey).getBytes(java.nio.charset.StandardCharsets.UTF_8), date);
        byte[] secretService = Crypto.hmacSha256(secretDate, service);
        return Crypto.hmacSha256(secretService, "tc3_request");
    }
}
