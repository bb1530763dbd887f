package io.tcemu.dialect.alibaba;

import io.tcemu.dialect.HttpCall;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * Tells an Alibaba request from a Tencent one on the shared port: x-acs-* headers or an ACS3
 * Authorization (V3, and the V2 SDK sends x-acs-action too), or the RPC common parameters, where
 * AccessKeyId stands for Tencent's SecretId. Asked of every Tencent call first, so a request
 * without those marks is turned away without a stream or a set.
 */
final class AlibabaRecognizer {
    private static final String ACCESS_KEY_ID = "AccessKeyId";
    /** Sent with AccessKeyId by every RPC client; Tencent's v1 parameters share none of them but SignatureMethod. */
    private static final Set<String> RPC_COMPANIONS = Set.of("SignatureVersion", "SignatureMethod", "Format");

    private AlibabaRecognizer() {
    }

    static boolean recognizes(HttpCall call) {
        if (hasAcsHeader(call)) {
            return true;
        }
        String authorization = call.header("authorization");
        if (authorization != null && authorization.startsWith("ACS3-")) {
            return true;
        }
        String query = call.rawQuery();
        String form = call.mediaType().equals("application/x-www-form-urlencoded")
                ? new String(call.body(), StandardCharsets.ISO_8859_1) : "";
        if (!query.contains(ACCESS_KEY_ID) && !form.contains(ACCESS_KEY_ID)) {
            return false; // no parameter can be named AccessKeyId without the text
        }
        Set<String> names = parameterNames(query, form);
        return names.contains(ACCESS_KEY_ID) && names.stream().anyMatch(RPC_COMPANIONS::contains);
    }

    private static boolean hasAcsHeader(HttpCall call) {
        for (String name : call.headers().keySet()) {
            if (name.startsWith("x-acs-")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The raw parameter names of the query and a form body. The common names need no decoding, and
     * scanning cannot fail, so a malformed Alibaba request still reaches this dialect to be reported.
     */
    private static Set<String> parameterNames(String query, String form) {
        Set<String> names = new HashSet<>();
        addNames(query, names);
        addNames(form, names);
        return names;
    }

    private static void addNames(String encoded, Set<String> names) {
        for (String pair : encoded.split("&")) {
            int eq = pair.indexOf('=');
            names.add(eq < 0 ? pair : pair.substring(0, eq));
        }
    }
}
