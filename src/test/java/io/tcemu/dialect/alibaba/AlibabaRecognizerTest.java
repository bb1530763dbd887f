package io.tcemu.dialect.alibaba;

import io.tcemu.dialect.HttpCall;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AlibabaRecognizerTest {

    private static boolean recognizes(String query, Map<String, String> headers, String body) {
        return AlibabaRecognizer.recognizes(new HttpCall("POST", "/", query, headers, body.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void recognizesV3HeadersAndAuthorization() {
        assertTrue(recognizes("", Map.of("x-acs-action", "GetFoTaskStatus"), ""));
        assertTrue(recognizes("", Map.of("authorization", "ACS3-HMAC-SHA256 Credential=x"), ""));
    }

    @Test
    void recognizesRpcCommonParametersInQueryOrForm() {
        assertTrue(recognizes("AccessKeyId=LTAI&SignatureVersion=1.0", Map.of(), ""));
        assertTrue(recognizes("", Map.of("content-type", "application/x-www-form-urlencoded"),
                "Action=GetFoTaskStatus&AccessKeyId=LTAI&Format=JSON"));
        assertTrue(recognizes("AccessKeyId=%ZZ&Format=JSON", Map.of(), ""), "malformed, but Alibaba's to report");
    }

    @Test
    void leavesTencentRequestsAlone() {
        assertFalse(recognizes("", Map.of("x-tc-action", "DescribeMigrationJobs",
                "authorization", "TC3-HMAC-SHA256 Credential=AKID/2026-11-23/dts/tc3_request"), "{}"));
        assertFalse(recognizes("Action=DescribeMigrationJobs&SecretId=AKID&SignatureMethod=HmacSHA256&Nonce=1",
                Map.of(), ""));
        assertFalse(recognizes("AccessKeyId=LTAI", Map.of(), ""), "AccessKeyId alone could be a business parameter");
    }

    @Test
    void anAlibabaMarkTakesTheRequestEvenWithTencentHeaders() {
        assertTrue(recognizes("", Map.of("authorization", "TC3-HMAC-SHA256 Credential=AKID/2026-11-23/dts/tc3_request",
                "x-tc-action", "DescribeMigrationJobs", "x-acs-date", "2026-11-23T10:00:00Z"), "{}"));
        assertTrue(recognizes("AccessKeyId=LTAI&Format=JSON", Map.of("x-tc-action", "DescribeMigrationJobs",
                "authorization", "TC3-HMAC-SHA256 Credential=AKID/2026-11-23/dts/tc3_request"), ""));
        assertTrue(recognizes("", Map.of("authorization", "ACS3-anything"), ""));
        assertFalse(recognizes("", Map.of("authorization", "acs3-HMAC-SHA256 Credential=x", "x-acs", "1", "acs-x", "1"), ""));
    }

    @Test
    void rpcParametersAreTheRawNamesOfTheQueryAndAFormBodyTogether() {
        Map<String, String> form = Map.of("content-type", "Application/X-WWW-Form-URLEncoded; charset=UTF-8");
        assertTrue(recognizes("AccessKeyId=LTAI", form, "SignatureMethod=HMAC-SHA1"));
        assertTrue(recognizes("Format", form, "a=1&AccessKeyId"));
        assertFalse(recognizes("AccessKeyId=LTAI", Map.of("content-type", "application/json"), "Format=JSON"),
                "only a form body has parameters");
        assertFalse(recognizes("AccessKeyIdX=1&Format=JSON", Map.of(), ""));
        assertFalse(recognizes("Access%4BeyId=LTAI&Format=JSON", Map.of(), ""), "names are not decoded");
        assertFalse(recognizes("Name=AccessKeyId&Format=JSON", Map.of(), ""), "a value is no name");
        assertFalse(recognizes("AccessKeyId=LTAI&Version=2021-09-31", form, "Action=X&SignatureNonce=1"));
    }
}
