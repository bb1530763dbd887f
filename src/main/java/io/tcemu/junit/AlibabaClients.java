package io.tcemu.junit;

import com.aliyun.teaopenapi.models.Config;

/** Builds Alibaba tea-openapi clients (and generated ones, such as BPStudio's) pointed at tcemu. Loaded only when present. */
final class AlibabaClients {
    private AlibabaClients() {
    }

    static <T> T create(Class<T> type, Tcemu tcemu) {
        Config config = new Config().setAccessKeyId(tcemu.alibabaAccessKeyId())
                .setAccessKeySecret(tcemu.alibabaAccessKeySecret())
                .setEndpoint(tcemu.httpEndpoint()).setProtocol("HTTP");
        try {
            return type.getConstructor(Config.class).newInstance(config);
        } catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException("cannot make a " + type.getName() + ": " + e, e);
        }
    }
}
