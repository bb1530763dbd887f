package io.tcemu.dialect.alibaba;

import com.aliyun.tea.TeaRequest;
import io.tcemu.dialect.Crypto;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Both Alibaba signatures against the vectors reference/bpstudio.md computed with the SDK's own
 * openapiutil, and against openapiutil itself for parameters that need percent-encoding.
 */
class AlibabaSignaturesTest {
    private static final String BODY = "TaskId=2615";

    @Test
    void acs3MatchesTheReferenceVector() {
        Map<String, String> headers = Map.of(
                "host", "127.0.0.1:8080",
                "x-acs-action", "GetFoTaskStatus",
                "x-acs-version", "2021-09-31",
                "x-acs-date", "2024-01-01T00:00:00Z",
                "x-acs-signature-nonce", "0123456789abcdef0123456789abcdef",
                "x-acs-content-sha256", Crypto.sha256Hex(BODY),
                "content-type", "application/x-www-form-urlencoded");
        assertEquals("280a2b17d35474084e262e5aa7f1e61c4715b4790bc9b06427ca08293569a473", Crypto.sha256Hex(BODY));
        String canonical = Acs3Signature.canonicalRequest("POST", "/", Map.of(), List.of("content-type", "host",
                "x-acs-action", "x-acs-content-sha256", "x-acs-date", "x-acs-signature-nonce", "x-acs-version"),
                headers, Crypto.sha256Hex(BODY));
        assertEquals("e7b8acde773c447d1bfc9d492424acb23b27dabb5ef66dc924e9763c36c800d0",
                Acs3Signature.signature("testSK", Acs3Signature.stringToSign(canonical)));
    }

    @Test
    void acs3MatchesOpenapiutilWithAQueryToEncode() throws Exception {
        Map<String, String> query = Map.of("ApplicationId", "a b*~/未", "Empty", "");
        Map<String, String> headers = Map.of("host", "localhost:4580", "x-acs-action", "DeployApplication",
                "x-acs-date", "2026-11-23T10:00:00Z", "content-type", "application/x-www-form-urlencoded");
        TeaRequest request = new TeaRequest();
        request.method = "POST";
        request.pathname = "/";
        request.query = new HashMap<>(query);
        request.headers = new HashMap<>(headers);
        String payload = Crypto.sha256Hex("");
        String sdk = com.aliyun.openapiutil.Client.getAuthorization(request, "ACS3-HMAC-SHA256", payload, "AK", "SK");

        String canonical = Acs3Signature.canonicalRequest("POST", "/", query,
                List.of("content-type", "host", "x-acs-action", "x-acs-date"), headers, payload);
        assertEquals(sdk.substring(sdk.indexOf("Signature=") + "Signature=".length()),
                Acs3Signature.signature("SK", Acs3Signature.stringToSign(canonical)));
    }

    private static Map<String, String> rpcVectorParams() {
        return new TreeMap<>(Map.of("Action", "GetFoTaskStatus", "Version", "2021-09-31", "Format", "json",
                "Timestamp", "2024-01-01T00:00:00Z", "SignatureNonce", "0123456789abcdef0123456789abcdef",
                "SignatureMethod", "HMAC-SHA1", "SignatureVersion", "1.0", "AccessKeyId", "testAK", "TaskId", "2615"));
    }

    @Test
    void rpcMatchesTheReferenceVectorsForPostAndGet() {
        assertEquals("4K+MVaHF34HTySOpstq/fk3RGRA=",
                RpcSignature.signature("testSK", RpcSignature.stringToSign("POST", rpcVectorParams())));
        assertEquals("YeYhWfhUhesL15ZafEQwQgE1jRU=",
                RpcSignature.signature("testSK", RpcSignature.stringToSign("GET", rpcVectorParams())));
    }

    @Test
    void rpcMatchesOpenapiutilWithValuesToEncodeAndEmptyOnesSkipped() throws Exception {
        Map<String, String> params = rpcVectorParams();
        params.put("Name", "a b*~/+&=未命名");
        params.put("ResourceGroupId", "");
        assertEquals(com.aliyun.openapiutil.Client.getRPCSignature(params, "POST", "SK"),
                RpcSignature.signature("SK", RpcSignature.stringToSign("POST", params)));
    }
}
