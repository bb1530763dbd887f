package io.tcemu.dialect;

import io.tcemu.api.ApiError;
import io.tcemu.api.Language;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** What a client is told of each way an Authorization header's fields can be wrong, and what it may get away with. */
class AuthorizationFieldsTest {
    private static final String HEX = "0123456789abcdef".repeat(4);

    private static AuthorizationFields parse(String fields) {
        return AuthorizationFields.parse("ALG " + fields, "ALG", problem -> ApiError.of("Malformed", problem));
    }

    private static String problem(String fields) {
        return assertThrows(ApiError.class, () -> parse(fields)).message(Language.EN_US);
    }

    @Test
    void readsTheThreeFieldsInAnyOrderWithSpacesAroundNamesAndValues() {
        assertEquals(new AuthorizationFields("AKID/2026-01-01/dts/tc3_request", List.of("content-type", "host"), HEX),
                parse("Credential=AKID/2026-01-01/dts/tc3_request, SignedHeaders=content-type;host, Signature=" + HEX));
        assertEquals(new AuthorizationFields("a=b", List.of("host"), HEX),
                parse(" Signature =  " + HEX + " ,SignedHeaders=host,Credential = a=b "));
    }

    @Test
    void lowerCasesSignedHeadersAndSignatureAndLetTheLastOfARepeatedFieldWin() {
        assertEquals(new AuthorizationFields("b", List.of("content-type", "host"), HEX),
                parse("Credential=a, Credential=b, SignedHeaders=Content-Type;HOST;, Signature=" + HEX.toUpperCase()));
    }

    @Test
    void trailingCommasAreIgnoredButAnEmptyPartIsNot() {
        assertEquals(new AuthorizationFields("a", List.of("host"), HEX),
                parse("Credential=a, SignedHeaders=host, Signature=" + HEX + ",,"));
        assertEquals("`` is not a name=value pair", problem("Credential=a,, SignedHeaders=host, Signature=" + HEX));
        assertEquals("`` is not a name=value pair", problem("Credential=a, SignedHeaders=host, Signature=" + HEX + ", "));
        assertEquals("`` is not a name=value pair", problem(""));
    }

    @Test
    void namesEachPartThatIsNotAKnownField() {
        assertEquals("`nonsense` is not a name=value pair", problem("nonsense"));
        assertEquals("`Credential` is not a name=value pair", problem("Credential=a, Credential , Signature=" + HEX));
        assertEquals("`Foo` is not one of Credential, SignedHeaders, Signature", problem("Credential=a,  Foo =x"));
        assertEquals("`` is not one of Credential, SignedHeaders, Signature", problem("=x"));
        assertEquals("`credential` is not one of Credential, SignedHeaders, Signature", problem("credential=a"));
    }

    @Test
    void requiresAllThreeFieldsWithAValue() {
        String required = "Credential, SignedHeaders and Signature are all required";
        assertEquals(required, problem("Credential=a, SignedHeaders=host"));
        assertEquals(required, problem("Credential=, SignedHeaders=host, Signature=" + HEX));
        assertEquals(required, problem("Credential=a, SignedHeaders= , Signature=" + HEX));
        assertEquals("Signature must be 64 hex digits", problem("Credential=a, SignedHeaders=host, Signature="));
    }

    @Test
    void theSignatureIsExactly64AsciiHexDigits() {
        for (String signature : new String[]{HEX.substring(1), HEX + "0", HEX.substring(1) + "g",
                HEX.substring(1) + "\uff10", HEX.substring(1) + "\u0660"}) {
            assertEquals("Signature must be 64 hex digits", problem("Credential=a, SignedHeaders=host, Signature=" + signature));
        }
    }
}
