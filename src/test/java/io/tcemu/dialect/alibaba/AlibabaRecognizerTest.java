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
}
