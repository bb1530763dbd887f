package io.tcemu.dialect.tencent;

import io.tcemu.api.ApiError;
import io.tcemu.api.Language;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The TC3 Authorization header a client is told is malformed, and how. */
class Tc3AuthorizationTest {
    private static final String HEX = "0123456789abcdef".repeat(4);

    private static String header(String credential, String signedHeaders) {
        return "TC3-HMAC-SHA256 Credential=" + credential + ", SignedHeaders=" + signedHeaders + ", Signature=" + HEX;
    }

    private static ApiError malformed(String header) {
        ApiError error = assertThrows(ApiError.class, () -> Tc3Authorization.parse(header));
        assertEquals("AuthFailure.InvalidAuthorization", error.code());
        return error;
    }

    @Test
    void readsTheCredentialScope() {
        assertEquals(new Tc3Authorization("AKID", "2026-11-23", "dts", List.of("content-type", "host"), HEX),
                Tc3Authorization.parse(header("AKID/2026-11-23/dts/tc3_request", "content-type;host")));
        assertEquals("2026-11-23/dts/tc3_request",
                Tc3Authorization.parse(header("AKID/2026-11-23/dts/tc3_request", "content-type;host")).credentialScope());
    }

    @Test
    void saysWhatIsWrongInBothLanguages() {
        ApiError error = malformed("TC3-HMAC-SHA256 nonsense");
        assertEquals("The Authorization header is malformed: `nonsense` is not a name=value pair.",
                error.message(Language.EN_US));
        assertEquals("Authorization 请求头格式错误：`nonsense` is not a name=value pair。", error.message(Language.ZH_CN));
    }

    @Test
    void theCredentialMustBeAScopeWithAnIsoDate() {
        for (String credential : new String[]{"AKID/x/tc3_request", "/2026-11-23/dts/tc3_request",
                "AKID/2026-11-23//tc3_request", "AKID/2026-11-23/dts/tc3_request/", "AKID/2026-11-23/dts/tc3",
                "AKID/2026-1-23/dts/tc3_request", "AKID/2026-11-234/dts/tc3_request", "AKID/2026/11/23/dts/tc3_request",
                "AKID/2026-11-2x/dts/tc3_request", "AKID/2026_11_23/dts/tc3_request", "AKID/\uff12026-11-23/dts/tc3_request"}) {
            assertEquals("The Authorization header is malformed: Credential must read SecretId/yyyy-MM-dd/service/tc3_request, not `"
                    + credential + "`.", malformed(header(credential, "content-type;host")).message(Language.EN_US), credential);
        }
        assertEquals("9999-99-99", Tc3Authorization.parse(header("AKID/9999-99-99/dts/tc3_request", "host;content-type")).date(),
                "a date of digits only needs the right shape here; the signature check compares it with the timestamp");
    }

    @Test
    void theSignedHeadersMustIncludeContentTypeAndHost() {
        assertEquals("The Authorization header is malformed: SignedHeaders must include content-type and host, not `host;x-tc-action`.",
                malformed(header("AKID/2026-11-23/dts/tc3_request", "Host;X-TC-Action")).message(Language.EN_US));
    }
}
