package io.tcemu.dialect;

import io.tcemu.api.ApiError;

import java.util.regex.Pattern;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The {@code Credential=…, SignedHeaders=…, Signature=…} fields that Tencent's TC3 and Alibaba's
 * ACS3 Authorization headers both carry after their algorithm name; each cloud reads the
 * Credential its own way.
 *
 * @param signedHeaders lower-case header names in the order the client listed them
 * @param signature     64 lower-case hex digits
 */
public record AuthorizationFields(String credential, List<String> signedHeaders, String signature) {
    private static final Pattern SIGNATURE = Pattern.compile("[0-9a-fA-F]{64}");

    /**
     * @param algorithm the name the header starts with, followed by a space
     * @param malformed the cloud's error for a header that is not well formed, given what is wrong
     */
    public static AuthorizationFields parse(String header, String algorithm, Function<String, ApiError> malformed) {
        String credential = null;
        String signedHeaders = null;
        String signature = null;
        for (String part : header.substring(algorithm.length()).split(",")) {
            String item = part.trim();
            int eq = item.indexOf('=');
            if (eq < 0) {
                throw malformed.apply("`" + item + "` is not a name=value pair");
            }
            String value = item.substring(eq + 1).trim();
            switch (item.substring(0, eq).trim()) {
                case "Credential" -> credential = value;
                case "SignedHeaders" -> signedHeaders = value;
                case "Signature" -> signature = value;
                default -> throw malformed.apply("`" + item.substring(0, eq).trim()
                        + "` is not one of Credential, SignedHeaders, Signature");
            }
        }
        if (credential == null || credential.isEmpty() || signedHeaders == null || signedHeaders.isEmpty()
                || signature == null) {
            throw malformed.apply("Credential, SignedHeaders and Signature are all required");
        }
        if (!SIGNATURE.matcher(signature).matches()) {
            throw malformed.apply("Signature must be 64 hex digits");
        }
        return new AuthorizationFields(credential, Arrays.asList(signedHeaders.toLowerCase(Locale.ROOT).split(";")),
                signature.toLowerCase(Locale.ROOT));
    }
}
