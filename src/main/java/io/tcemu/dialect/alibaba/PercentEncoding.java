package io.tcemu.dialect.alibaba;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Alibaba's percent-encoding for signatures: RFC 3986, so a space is %20, `*` is %2A and `~` stays. */
final class PercentEncoding {
    private PercentEncoding() {
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8)
                .replace("+", "%20").replace("*", "%2A").replace("%7E", "~");
    }
}
