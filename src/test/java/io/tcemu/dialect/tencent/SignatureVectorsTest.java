package io.tcemu.dialect.tencent;

import io.tcemu.dialect.Crypto;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The documented signature examples, computed by tcemu's own signature code. */
class SignatureVectorsTest {
    private static final String SECRET_ID = "AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE";
    private static final String SECRET_KEY = "Gu5t9xGARNpq86cd98joQYCN3EXAMPLE";
    private static final String BODY = "{\"Limit\": 1, \"Filters\": [{\"Values\": [\"\\u672a\\u547d\\u540d\"], \"Name\": \"instance-name\"}]}";

    @Test
    void tc3PostWithContentTypeAndHost() {
        String payloadHash = Crypto.sha256Hex(BODY.getBytes(StandardCharsets.UTF_8));
        assertEquals("35e9c5b0e3ae67532d3c9f17ead6c90222632e5b1ff7f6e89887f1398934f064", payloadHash);
        String canonical = Tc3Signature.canonicalRequest("POST", "", List.of("content-type", "host"),
                Map.of("content-type", "application/json; charset=utf-8", "host", "cvm.tencentcloudapi.com"), payloadHash);
        assertEquals("5ffe6a04c0664d6b969fab9a13bdab201d63ee709638e2749d62a09ca18d7031", Crypto.sha256Hex(canonical));
        String stringToSign = Tc3Signature.stringToSign("1551113065", "2019-02-25/cvm/tc3_request", canonical);
        assertEquals("72e494ea809ad7a8c8f7a4507b9bddcbaa8e581f516e8da2f66e2c5a96525168",
                Tc3Signature.signature(SECRET_KEY, "2019-02-25", "cvm", stringToSign));
    }

    @Test
    void tc3PostWithActionHeaderSignedLowerCased() {
        String canonical = Tc3Signature.canonicalRequest("POST", "", List.of("content-type", "host", "x-tc-action"),
                Map.of("content-type", "application/json; charset=utf-8", "host", "cvm.tencentcloudapi.com",
                        "x-tc-action", "DescribeInstances"),
                Crypto.sha256Hex(BODY.getBytes(StandardCharsets.UTF_8)));
        assertEquals("7019a55be8395899b900fb5564e4200d984910f34794a27cb3fb7d10ff6a1e84", Crypto.sha256Hex(canonical));
        String stringToSign = Tc3Signature.stringToSign("1551113065", "2019-02-25/cvm/tc3_request", canonical);
        assertEquals("644be983de9a8a3f00db8eadaba61467c3b429e2215758ba897b738ca469fd26",
                Tc3Signature.signature(SECRET_KEY, "2019-02-25", "cvm", stringToSign));
    }

    @Test
    void tc3Get() {
        String canonical = Tc3Signature.canonicalRequest("GET", "Limit=10&Offset=0", List.of("content-type", "host"),
                Map.of("content-type", "application/x-www-form-urlencoded", "host", "cvm.tencentcloudapi.com"),
                Crypto.sha256Hex(new byte[0]));
        assertEquals("91c9c192c14460df6c1ffc69e34e6c5e90708de2a6d282cccf957dbf1aa7f3a7", Crypto.sha256Hex(canonical));
        String stringToSign = Tc3Signature.stringToSign("1539084154", "2018-10-09/cvm/tc3_request", canonical);
        assertEquals("5da7a33f6993f0614b047e5df4582db9e9bf4672ba50567dba16c6ccf174c474",
                Tc3Signature.signature(SECRET_KEY, "2018-10-09", "cvm", stringToSign));
    }

    @Test
    void legacyHmacSha1Get() {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("Action", "DescribeInstances");
        params.put("InstanceIds.0", "ins-09dx96dg");
        params.put("Limit", "20");
        params.put("Nonce", "11886");
        params.put("Offset", "0");
        params.put("Region", "ap-guangzhou");
        params.put("SecretId", SECRET_ID);
        params.put("Timestamp", "1465185768");
        params.put("Version", "2017-03-12");
        String stringToSign = LegacySignature.stringToSign("GET", "cvm.tencentcloudapi.com", "/", params);
        assertEquals("GETcvm.tencentcloudapi.com/?Action=DescribeInstances&InstanceIds.0=ins-09dx96dg&Limit=20"
                + "&Nonce=11886&Offset=0&Region=ap-guangzhou&SecretId=" + SECRET_ID + "&Timestamp=1465185768"
                + "&Version=2017-03-12", stringToSign);
        assertEquals("EliP9YW3pW28FpsEdkXt/+WcGeI=", LegacySignature.signature(null, SECRET_KEY, stringToSign));
    }
}
