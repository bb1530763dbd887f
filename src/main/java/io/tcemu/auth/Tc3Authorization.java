package io.tcemu.auth;

import io.tcemu.gateway.ApiError;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The parsed {@code Authorization: TC3-HMAC-SHA256 Credential=…, SignedHeaders=…, Signature=…} header. */
record Tc3Authorization(String secretId, String date, String service, List<String> signedHeaders, String signature) {

    static boolean appliesTo(String header) {
        return header != null && header.startsWith(Tc3Signature.ALGORITHM + " ");
    }

    static Tc3Authorization parse(String header) {
        String credential = null;
        String signedHeaders = null;
        String signature = null;
        for (String part : header.substring(Tc3Signature.ALGORITHM.length()).split(",")) {
            String item = part.trim();
            int eq = item.indexOf('=');
            if (eq < 0) {
                throw malformed("`" + item + "` is not a name=value pair");
            }
            String value = item.substring(eq + 1).trim();
            switch (item.substring(0, eq).trim()) {
                case "Credential" -> credential = value;
                case "SignedHeaders" -> signedHeaders = value;
                case "Signature" -> signature = value;
                default -> throw malformed("`" + item.substring(0, eq).trim() + "` is not one of Credential, SignedHeaders, Signature");
            }
        }
        if (credential == null || signedHeaders == null || signature == null) {
            throw malformed("Credential, SignedHeaders and Signature are all required");
        }
        String[] scope = credential.split("/", -1);
        if (scope.length != 4 || !scope[3].equals("tc3_request") || scope[0].isEmpty() || scope[2].isEmpty()
                || !scope[1].matches("\\d{4}-\\d{2}-\\d{2}")) {
            throw malformed("Credential must read SecretId/yyyy-MM-dd/service/tc3_request, not `" + credential + "`");
        }
        List<String> headers = Arrays.asList(signedHeaders.toLowerCase(Locale.ROOT).split(";"));
        if (!headers.contains("content-type") || !headers.contains("host")) {
            throw malformed("SignedHeaders must include content-type and host, not `" + signedHeaders + "`");
        }
        if (!signature.matches("[0-9a-fA-F]{64}")) {
            throw malformed("Signature must be 64 hex digits");
        }
        return new Tc3Authorization(scope[0], scope[1], scope[2], headers, signature.toLowerCase(Locale.ROOT));
    }

    String credentialScope() {
        return date + "/" + service + "/tc3_request";
    }

    private static ApiError malformed(String problem) {
        return ApiError.of("AuthFailure.InvalidAuthorization",
                "The Authorization header is malformed: " + problem + ".",
                "Authorization 请求头格式错误：" + problem + "。");
    }
}
