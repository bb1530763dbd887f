package io.tcemu.junit;

import com.tencentcloudapi.common.Credential;
import com.tencentcloudapi.common.profile.ClientProfile;
import com.tencentcloudapi.common.profile.HttpProfile;

/** Builds tencentcloud-sdk-java clients as a user would point them at tcemu. Loaded only when that SDK is present. */
final class TencentClients {
    private TencentClients() {
    }

    static <T> T create(Class<T> type, Tcemu tcemu) {
        HttpProfile http = new HttpProfile();
        http.setEndpoint(tcemu.httpEndpoint());
        http.setProtocol("http://");
        ClientProfile profile = new ClientProfile(ClientProfile.SIGN_TC3_256, http);
        try {
            return type.getConstructor(Credential.class, String.class, ClientProfile.class)
                    .newInstance(new Credential(tcemu.secretId(), tcemu.secretKey()), Tcemu.REGION, profile);
        } catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException("cannot make a " + type.getName()
                    + ": it has no (Credential, String, ClientProfile) constructor", e);
        }
    }
}
