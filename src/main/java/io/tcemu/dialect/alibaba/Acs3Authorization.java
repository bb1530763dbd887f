package io.tcemu.dialect.alibaba;

import io.tcemu.dialect.AuthorizationFields;
import io.tcemu.api.ApiError;

import java.util.List;

/** The parsed {@code Authorization: ACS3-HMAC-SHA256 Credential=…,SignedHeaders=…,Signature=…} header. */
record Acs3Authorization(String accessKeyId, List<String> signedHeaders, String signature) {

    static boolean appliesTo(String header) {
        return header != null && header.startsWith(Acs3Signature.ALGORITHM + " ");
    }

    /** Unlike TC3's, the Credential is the AccessKeyId alone. */
    static Acs3Authorization parse(String header) {
        AuthorizationFields fields = AuthorizationFields.parse(header, Acs3Signature.ALGORITHM,
                problem -> ApiError.of("IncompleteSignature", "The Authorization header is malformed: " + problem + "."));
        return new Acs3Authorization(fields.credential(), fields.signedHeaders(), fields.signature());
    }
}
