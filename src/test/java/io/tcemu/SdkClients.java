package io.tcemu;

import com.tencentcloudapi.common.Credential;
import com.tencentcloudapi.common.exception.TencentCloudSDKException;
import com.tencentcloudapi.common.profile.ClientProfile;
import com.tencentcloudapi.common.profile.HttpProfile;
import com.tencentcloudapi.dts.v20211206.DtsClient;
import com.tencentcloudapi.redis.v20180412.RedisClient;
import com.tencentcloudapi.wedata.v20210820.WedataClient;
import io.tcemu.auth.Accounts;
import io.tcemu.fidelity.WireRecorder;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.function.Executable;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Official SDK clients pointed at an embedded emulator, configured as a user would. */
public final class SdkClients {
    public static final String REGION = "ap-guangzhou";
    private static final OkHttpClient RECORDED = new OkHttpClient.Builder().addInterceptor(WireRecorder.INSTANCE).build();

    private SdkClients() {
    }

    public static Credential devCredential() {
        return new Credential(Accounts.DEV.secretId(), Accounts.DEV.secretKey());
    }

    /**
     * Plain HTTP to {@code 127.0.0.1:port}, with the given request method and signature method. Every
     * answer is checked against the API's models as it arrives (see {@link WireRecorder}).
     */
    public static ClientProfile http(Emulator emulator, String reqMethod, String signMethod) {
        HttpProfile http = new HttpProfile();
        http.setEndpoint(emulator.httpEndpoint());
        http.setProtocol("http://");
        http.setReqMethod(reqMethod);
        http.setHttpClient(RECORDED);
        ClientProfile profile = new ClientProfile(signMethod, http);
        return profile;
    }

    public static ClientProfile http(Emulator emulator) {
        return http(emulator, "POST", ClientProfile.SIGN_TC3_256);
    }

    /** HTTPS to {@code localhost:port}, trusting only the certificate the emulator exported. */
    public static ClientProfile https(Emulator emulator, Path exportedCertificate) throws Exception {
        HttpProfile http = new HttpProfile();
        http.setEndpoint("localhost:" + emulator.httpsPort());
        http.setProtocol("https://");
        X509TrustManager trust = trustOnly(exportedCertificate);
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(null, new javax.net.ssl.TrustManager[]{trust}, null);
        http.setSslSocketFactory(tls.getSocketFactory());
        http.setX509TrustManager(trust);
        return new ClientProfile(ClientProfile.SIGN_TC3_256, http);
    }

    public static DtsClient dts(Credential credential, ClientProfile profile) {
        return new DtsClient(credential, REGION, profile);
    }

    public static WedataClient wedata(Credential credential, ClientProfile profile) {
        return new WedataClient(credential, REGION, profile);
    }

    public static RedisClient redis(Credential credential, ClientProfile profile) {
        return new RedisClient(credential, REGION, profile);
    }

    /** Asserts that the call fails with this Tencent error code, and returns the error for further checks. */
    public static TencentCloudSDKException refused(String code, Executable call) {
        TencentCloudSDKException e = assertThrows(TencentCloudSDKException.class, call);
        assertEquals(code, e.getErrorCode(), e.getMessage());
        return e;
    }

    private static X509TrustManager trustOnly(Path certificate) throws Exception {
        KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
        store.load(null, null);
        try (InputStream in = Files.newInputStream(certificate)) {
            store.setCertificateEntry("tcemu", CertificateFactory.getInstance("X.509").generateCertificate(in));
        }
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(store);
        return (X509TrustManager) factory.getTrustManagers()[0];
    }
}
