package io.tcemu.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * HTTP/1.1 calls made one at a time on the calling thread over a kept-alive connection, as the SDK's
 * OkHttp client makes them. The JDK's HttpClient hands every call between the caller, its selector
 * and a worker thread, which on two cores shared with the emulator cost more than the emulator's
 * answer, and it takes longer to warm up than a scenario of thirty runs lasts.
 */
final class SerialClient {
    private SerialClient() {
    }

    /** The answer's body; anything but HTTP 200 is an error. Host is left to the connection, which sets it. */
    static String exchange(String host, String method, String path, Map<String, String> headers, String body)
            throws IOException {
        HttpURLConnection http = (HttpURLConnection) URI.create("http://" + host + path).toURL().openConnection();
        http.setRequestMethod(method);
        headers.forEach((name, value) -> {
            if (!name.equals("Host")) {
                http.setRequestProperty(name, value);
            }
        });
        if (!body.isEmpty()) {
            http.setDoOutput(true);
            try (OutputStream out = http.getOutputStream()) {
                out.write(body.getBytes(StandardCharsets.UTF_8));
            }
        }
        int status = http.getResponseCode();
        // read to the end and closed, the connection goes back to the JDK's keep-alive cache
        try (InputStream in = status < 400 ? http.getInputStream() : http.getErrorStream()) {
            String answer = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
            if (status != 200) {
                throw new IllegalStateException(method + " " + path + " answered " + status + ": " + answer);
            }
            return answer;
        }
    }
}
