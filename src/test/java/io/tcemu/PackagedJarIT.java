package io.tcemu;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The runnable jar as a user starts it: one ready line naming the ports, health, a clean SIGTERM
 * stop that saves the state; and a jar that bundles the JUnit extension but neither JUnit nor an SDK.
 */
class PackagedJarIT {

    @Test
    void startsAnswersAndStopsOnSigtermSavingItsState(@TempDir Path dir) throws Exception {
        Path saved = dir.resolve("state.json");
        Process process = new ProcessBuilder("java", "-jar", Path.of("target", "tcemu.jar").toString(),
                "--port", "0", "--https-port", "0", "--save-on-exit", saved.toString()).redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String ready = out.readLine();
            Matcher ports = Pattern.compile("ready: http://127\\.0\\.0\\.1:(\\d+) https://127\\.0\\.0\\.1:(\\d+)").matcher(ready);
            assertTrue(ports.find(), ready);

            HttpResponse<String> health = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + ports.group(1) + "/_tcemu/health")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, health.statusCode());
            assertTrue(health.body().contains("\"status\":\"ok\""), health.body());
            // without --db nothing but memory holds the resources
            assertTrue(health.body().contains("\"store\":{\"kind\":\"memory\",\"reachable\":true}"), health.body());

            process.toHandle().destroy(); // SIGTERM; Process.destroy() would also close our end of stdout
            assertTrue(process.waitFor(20, TimeUnit.SECONDS), "stops within 20 s of SIGTERM");
            assertEquals("tcemu stopped", out.readLine());
            assertTrue(Files.readString(saved).contains("\"format\" : \"tcemu-state\""), Files.readString(saved));
        } finally {
            process.destroyForcibly();
        }
    }

    @Test
    void theJarCarriesTheExtensionButNoTestLibraries() throws Exception {
        try (JarFile jar = new JarFile(Path.of("target", "tcemu.jar").toFile())) {
            assertNotNull(jar.getEntry("io/tcemu/junit/TcemuExtension.class"));
            List<String> foreign = jar.stream().map(JarEntry::getName)
                    .filter(n -> n.startsWith("org/junit/") || n.startsWith("com/tencentcloudapi/")
                            || n.startsWith("com/aliyun/"))
                    .limit(5).toList();
            assertEquals(List.of(), foreign);
        }
    }
}
