package io.tcemu.dialect.alibaba;

import io.tcemu.api.ApiError;
import io.tcemu.dialect.DecodedRequest;
import io.tcemu.dialect.HttpCall;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AlibabaDecoderTest {
    private static final String FORM = "application/x-www-form-urlencoded";

    private static HttpCall post(String query, Map<String, String> headers, String body) {
        return new HttpCall("POST", "/", query, headers, body.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void rpcTakesCommonParametersFromQueryAndFormAndKeepsTheRestAsBusiness() {
        DecodedRequest request = AlibabaDecoder.decode(post("Action=CreateApplication&Version=2021-09-31"
                        + "&RegionId=cn-hangzhou&AccessKeyId=LTAI&Format=json&SignatureMethod=HMAC-SHA1"
                        + "&SignatureVersion=1.0&SignatureNonce=n1&Timestamp=2026-11-23T10%3A00%3A00Z&SecurityToken=tok"
                        + "&Signature=abc",
                Map.of("content-type", FORM, "x-acs-action", "CreateApplication"),
                "Name=app&Configuration=%7B%22enableMonitor%22%3A%220%22%7D"));

        assertEquals("CreateApplication", request.action());
        assertEquals("2021-09-31", request.version());
        assertEquals("cn-hangzhou", request.region());
        assertEquals("2026-11-23T10:00:00Z", request.timestamp());
        assertEquals("tok", request.token());
        assertFalse(request.headerStyle());
        assertEquals("{\"Configuration\":\"{\\\"enableMonitor\\\":\\\"0\\\"}\",\"Name\":\"app\"}",
                request.params().toString(), "only business parameters; a JSON-valued member stays a string");
        assertEquals("abc", request.flatParams().get("Signature"), "every parameter is kept for the signature");
        assertEquals("n1", AlibabaDecoder.nonce(post("", Map.of(), ""), request));
    }

    @Test
    void v3TakesTheActionFromHeadersAndBusinessFromQueryAndBody() {
        HttpCall call = post("ApplicationId=app-1", Map.of("content-type", FORM, "x-acs-action", "DeployApplication",
                "x-acs-version", "2021-09-31", "x-acs-date", "2026-11-23T10:00:00Z",
                "x-acs-signature-nonce", "n2", "x-acs-security-token", "tok",
                "authorization", "ACS3-HMAC-SHA256 Credential=LTAI,SignedHeaders=host,Signature=00"), "ClientToken=t");
        DecodedRequest request = AlibabaDecoder.decode(call);

        assertEquals("DeployApplication", request.action());
        assertEquals("2021-09-31", request.version());
        assertEquals("2026-11-23T10:00:00Z", request.timestamp());
        assertEquals("tok", request.token());
        assertTrue(request.headerStyle());
        assertEquals("{\"ApplicationId\":\"app-1\",\"ClientToken\":\"t\"}", request.params().toString());
        assertEquals("n2", AlibabaDecoder.nonce(call, request));
    }

    @Test
    void listsAreNumberedFromOne() {
        DecodedRequest request = AlibabaDecoder.decode(post("", Map.of("content-type", FORM),
                "ResourceId.2=b&ResourceId.1=a&Tag.1.Key=k&Tag.1.Value=v"));
        assertEquals("{\"ResourceId\":[\"a\",\"b\"],\"Tag\":[{\"Key\":\"k\",\"Value\":\"v\"}]}",
                request.params().toString());

        ApiError zeroBased = assertThrows(ApiError.class,
                () -> AlibabaDecoder.decode(post("", Map.of("content-type", FORM), "ResourceId.0=a")));
        assertEquals("InvalidParameter", zeroBased.code());
        assertTrue(zeroBased.getMessage().contains("numbered from 1"), zeroBased.getMessage());
    }

    @Test
    void aBodyThatIsNotAFormIsRefused() {
        ApiError error = assertThrows(ApiError.class,
                () -> AlibabaDecoder.decode(post("", Map.of("content-type", "application/json"), "{}")));
        assertEquals("InvalidParameter", error.code());
        assertTrue(error.getMessage().contains("application/json"), error.getMessage());
    }
}
