package io.tcemu.dialect;

import java.util.Map;

/**
 * An HTTP request exactly as it arrived: what the signature stages need byte for byte.
 *
 * @param headers header values by lower-case name (the first value where a name repeats)
 * @param rawQuery the query string as sent, without '?', never null
 */
public record HttpCall(String method, String path, String rawQuery, Map<String, String> headers, byte[] body) {

    public String header(String lowerCaseName) {
        return headers.get(lowerCaseName);
    }

    public String host() {
        return headers.getOrDefault("host", "");
    }

    /** The media type without parameters, lower case, or "" when absent. */
    public String mediaType() {
        String contentType = headers.getOrDefault("content-type", "");
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).trim().toLowerCase(java.util.Locale.ROOT);
    }
}
