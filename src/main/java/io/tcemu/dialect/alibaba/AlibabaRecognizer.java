package io.tcemu.dialect.alibaba;

import io.tcemu.dialect.HttpCall;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * Tells an Alibaba request from a Tencent one on the shared port: x-acs-* headers or an ACS3
 * Authorization (V3, and the V2 SDK sends x-acs-action too), or the RPC common parameters, where
 * AccessKeyId stands for Tencent's SecretId.
 */
final class AlibabaRecognizer {
    /** Sent with AccessKeyId by every RPC client; Tencent's v1 parameters share none of them but SignatureMethod. */
    private static final Set<String> RPC_COMPANIONS = Set.of("SignatureVersion", "SignatureMethod", "Format");

    private AlibabaRecognizer() {
    }

    static boolean recognizes(HttpCall call) {
        if (call.headers().keySet().stream().anyMatch(name -> name.startsWith("x-acs-"))) {
            return true;
        }
        String authorization = call.header("authorization");
        if (authorization != null && authorization.startsWith("ACS3-")) {
            return true;
        }
        Set<String> names = parameterNames(call);
        return names.contains("AccessKeyId") && names.stream().anyMatch(RPC_COMPANIONS::contains);
    }

    /**
     * The raw parameter names of the query and a form body. The common names need no decoding, and
     * scanning cannot fail, so a malformed Alibaba request still reaches this dialect to be reported.
     */
    private static Set<String> parameterNames(HttpCall call) {
        Set<String> names = new HashSet<>();
        addNames(call.rawQuery(), names);
        if (call.mediaType().equals("application/x-www-form-urlencoded")) {
            addNames(new String(call.body(), StandardCharsets.ISO_8859_1), names);
        }
        return names;
    }

    private static void addNames(String encoded, Set<String> names) {
        for (String pair : encoded.split("&")) {
            int eq = pair.indexOf('=');
            names.add(eq < 0 ? pair : pair.substring(0, eq));
        }
    }
}
