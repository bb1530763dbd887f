package io.tcemu.dialect.alibaba;

import com.aliyun.teaopenapi.Client;
import com.aliyun.teaopenapi.models.Config;
import com.aliyun.teaopenapi.models.OpenApiRequest;
import com.aliyun.teaopenapi.models.Params;
import com.aliyun.teautil.models.RuntimeOptions;
import io.tcemu.Emulator;
import io.tcemu.auth.Accounts;

import java.util.Map;

/**
 * Alibaba's official tea-openapi client pointed at an embedded emulator as a user would, calling an
 * action exactly as the generated bpstudio client does (that client is not on Maven Central).
 */
public final class AlibabaSdk {
    public static final String BPSTUDIO = "2021-09-31";

    /** The two signatures the SDK can send: V3 (ACS3-HMAC-SHA256) by default, V2 (RPC HMAC-SHA1) on request. */
    public enum Signing {
        V3(null), V2("v2");

        private final String signatureAlgorithm;

        Signing(String signatureAlgorithm) {
            this.signatureAlgorithm = signatureAlgorithm;
        }
    }

    private final Client client;

    private AlibabaSdk(Client client) {
        this.client = client;
    }

    public static AlibabaSdk of(Emulator emulator, Signing signing, String accessKeyId, String accessKeySecret,
                         String securityToken) throws Exception {
        Config config = new Config().setAccessKeyId(accessKeyId).setAccessKeySecret(accessKeySecret)
                .setSecurityToken(securityToken)
                .setEndpoint(emulator.httpEndpoint()).setProtocol("HTTP")
                .setSignatureAlgorithm(signing.signatureAlgorithm);
        return new AlibabaSdk(new Client(config));
    }

    public static AlibabaSdk dev(Emulator emulator, Signing signing) throws Exception {
        return of(emulator, signing, Accounts.ALIBABA_DEV.secretId(), Accounts.ALIBABA_DEV.secretKey(), null);
    }

    /** Calls an RPC action with its parameters in the form body; returns the response body. */
    @SuppressWarnings("unchecked")
    public Map<String, Object> call(String action, String version, Map<String, ?> body) throws Exception {
        Params params = new Params().setAction(action).setVersion(version).setProtocol("HTTPS").setPathname("/")
                .setMethod("POST").setAuthType("AK").setStyle("RPC").setReqBodyType("formData").setBodyType("json");
        OpenApiRequest request = new OpenApiRequest().setBody(body);
        return (Map<String, Object>) client.callApi(params, request, new RuntimeOptions()).get("body");
    }

    public Map<String, Object> bpstudio(String action, Map<String, ?> body) throws Exception {
        return call(action, BPSTUDIO, body);
    }
}
