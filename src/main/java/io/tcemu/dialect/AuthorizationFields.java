package io.tcemu.dialect;

import io.tcemu.api.ApiError;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The {@code Credential=…, SignedHeaders=…, Signature=…} fields that Tencent's TC3 and Alibaba's
 * ACS3 Authorization headers both carry after their algorithm name; each cloud reads the
 * Credential its own way. Read by index rather than regex and split: it is parsed on every signed call.
 *
 * @param signedHeaders lower-case header names in the order the client listed them
 * @param signature     64 lower-case hex digits
 */
public record AuthorizationFields(String credential, List<String> signedHeaders, String signature) {
    private static final int SIGNATURE_LENGTH = 64;

    /**
     * @param header    starts with the algorithm's name followed by a space
     * @param algorithm the name the header starts with
     * @param malformed the cloud's error for a header that is not well formed, given what is wrong
     */
    public static AuthorizationFields parse(String header, String algorithm, Function<String, ApiError> malformed) {
        String credential = null;
        String signedHeaders = null;
        String signature = null;
        int end = header.length();
        while (end > algorithm.length() && header.charAt(end - 1) == ',') {
            end--; // trailing commas end the list: they leave no empty part to refuse
        }
        for (int start = algorithm.length(); start < end; ) {
            int comma = header.indexOf(',', start);
            int stop = comma < 0 ? end : comma;
            String item = header.substring(start, stop).trim();
            start = stop + 1;
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
        if (!isHexSignature(signature)) {
            throw malformed.apply("Signature must be 64 hex digits");
        }
        return new AuthorizationFields(credential, Arrays.asList(signedHeaders.toLowerCase(Locale.ROOT).split(";")),
                signature.toLowerCase(Locale.ROOT));
    }

    /** ASCII hex only: Character.digit would take other scripts' digits too. */
    private static boolean isHexSignature(String signature) {
        if (signature.length() != SIGNATURE_LENGTH) {
            return false;
        }
        for (int i = 0; i < SIGNATURE_LENGTH; i++) {
            char c = signature.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F')) {
                return false;
            }
        }
        return true;
    }
}
