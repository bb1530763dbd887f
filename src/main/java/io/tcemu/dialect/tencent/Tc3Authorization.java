package io.tcemu.dialect.tencent;

import io.tcemu.dialect.AuthorizationFields;

import io.tcemu.api.ApiError;

import java.util.List;

/** The parsed {@code Authorization: TC3-HMAC-SHA256 Credential=…, SignedHeaders=…, Signature=…} header. */
record Tc3Authorization(String secretId, String date, String service, List<String> signedHeaders, String signature) {
    static boolean appliesTo(String header) {
        return header != null && header.startsWith(Tc3Signature.ALGORITHM + " ");
    }

    static Tc3Authorization parse(String header) {
        AuthorizationFields fields = AuthorizationFields.parse(header, Tc3Signature.ALGORITHM, Tc3Authorization::malformed);
        String[] scope = fields.credential().split("/", -1);
        if (scope.length != 4 || !scope[3].equals("tc3_request") || scope[0].isEmpty() || scope[2].isEmpty()
                || !hasDateShape(scope[1])) {
            throw malformed("Credential must read SecretId/yyyy-MM-dd/service/tc3_request, not `" + fields.credential() + "`");
        }
        if (!fields.signedHeaders().contains("content-type") || !fields.signedHeaders().contains("host")) {
            throw malformed("SignedHeaders must include content-type and host, not `"
                    + String.join(";", fields.signedHeaders()) + "`");
        }
        return new Tc3Authorization(scope[0], scope[1], scope[2], fields.signedHeaders(), fields.signature());
    }

    String credentialScope() {
        return date + "/" + service + "/tc3_request";
    }

    /** yyyy-MM-dd in ASCII digits, its shape only: a verified call compares the date with the timestamp's. */
    private static boolean hasDateShape(String text) {
        return text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-'
                && AsciiDigits.in(text, 0, 4) && AsciiDigits.in(text, 5, 7) && AsciiDigits.in(text, 8, 10);
    }

    private static ApiError malformed(String problem) {
        return ApiError.of("AuthFailure.InvalidAuthorization",
                "The Authorization header is malformed: " + problem + ".",
                "Authorization 请求头格式错误：" + problem + "。");
    }
}
