package io.tcemu.junit;

/**
 * Tells SDK client types by name, so this code loads whether or not an SDK is on the classpath;
 * the classes that build clients are only touched once a parameter proves their SDK is there.
 */
final class SdkClients {
    private static final String TENCENT_CLIENT = "com.tencentcloudapi.common.AbstractClient";
    private static final String ALIBABA_CLIENT = "com.aliyun.teaopenapi.Client";

    private SdkClients() {
    }

    static boolean tencent(Class<?> type) {
        return extendsNamed(type, TENCENT_CLIENT) && !type.getName().equals(TENCENT_CLIENT);
    }

    static boolean alibaba(Class<?> type) {
        return extendsNamed(type, ALIBABA_CLIENT);
    }

    private static boolean extendsNamed(Class<?> type, String name) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            if (c.getName().equals(name)) {
                return true;
            }
        }
        return false;
    }
}
