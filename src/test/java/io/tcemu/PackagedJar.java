package io.tcemu;

import com.tencentcloudapi.common.Credential;
import com.tencentcloudapi.common.profile.ClientProfile;
import com.tencentcloudapi.common.profile.HttpProfile;
import com.tencentcloudapi.dts.v20211206.DtsClient;
import com.tencentcloudapi.redis.v20180412.RedisClient;
import io.tcemu.auth.Accounts;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** One run of the packaged jar (target/tcemu.jar) as a user starts it, its output in a file. */
public record PackagedJar(Process process, Path log, int port) {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    /** Starts the jar on free ports with {@code flags}, and waits for its ready line. */
    public static PackagedJar start(Path log, String... flags) throws Exception {
        List<String> command = new ArrayList<>(List.of("java", "-jar", Path.of("target", "tcemu.jar").toString(),
                "--port", "0", "--https-port", "0"));
        command.addAll(List.of(flags));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        Pattern ready = Pattern.compile("ready: http://127\\.0\\.0\\.1:(\\d+)");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline && process.isAlive()) {
            Matcher found = ready.matcher(Files.readString(log, StandardCharsets.UTF_8));
            if (found.find()) {
                return new PackagedJar(process, log, Integer.parseInt(found.group(1)));
            }
            Thread.sleep(50);
        }
        process.destroyForcibly();
        throw new AssertionError("tcemu did not start: " + Files.readString(log));
    }

    public ClientProfile profile() {
        HttpProfile http = new HttpProfile();
        http.setEndpoint("127.0.0.1:" + port);
        http.setProtocol("http://");
        http.setConnTimeout(5);
        http.setReadTimeout(30);
        return new ClientProfile(ClientProfile.SIGN_TC3_256, http);
    }

    public DtsClient dts() {
        return new DtsClient(new Credential(Accounts.DEV.secretId(), Accounts.DEV.secretKey()), SdkClients.REGION, profile());
    }

    public RedisClient redis() {
        return new RedisClient(new Credential(Accounts.DEV.secretId(), Accounts.DEV.secretKey()), SdkClients.REGION, profile());
    }

    /** POSTs {@code body} to an admin path and asserts it was taken. */
    public void admin(String path, String body) throws IOException, InterruptedException {
        HttpResponse<String> answer = send(HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.ofString(body)));
        assertEquals(200, answer.statusCode(), answer.body());
    }

    /** GETs an admin path. */
    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
