package io.tcemu.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tencentcloudapi.dts.v20211206.DtsClient;
import com.tencentcloudapi.dts.v20211206.models.CreateSyncJobRequest;
import com.tencentcloudapi.dts.v20211206.models.DescribeSyncJobsRequest;
import com.tencentcloudapi.dts.v20211206.models.SyncJobInfo;
import io.tcemu.ConcurrentClients;
import io.tcemu.Emulator;
import io.tcemu.EmulatorConfig;
import io.tcemu.SdkClients;
import io.tcemu.auth.AuthMode;
import io.tcemu.spec.ApiSpecs;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A generated corpus of hostile requests ({@code -Dtcemu.fuzz.requests}, 10,000 by default; the
 * seed is printed, {@code -Dtcemu.fuzz.seed} repeats a run), half sent to a strict emulator and
 * half to one with authentication off, where they reach validation and the handlers. Every request
 * is answered, never with a 5xx or InternalError, every API answer carries a RequestId, and the
 * emulator is healthy afterwards with the job seeded before it unchanged.
 */
class FuzzTest {
    private static final int REQUESTS = Integer.getInteger("tcemu.fuzz.requests", 10_000);
    private static final int SENDERS = 8;
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyHostileRequestIsAnsweredAndNothingBreaks() throws Exception {
        long seed = Long.getLong("tcemu.fuzz.seed", System.nanoTime());
        System.out.println("FuzzTest: " + REQUESTS + " requests, seed " + seed + " (repeat with -Dtcemu.fuzz.seed=" + seed + ")");
        ApiSpecs specs = ApiSpecs.load();
        List<HostileCorpus.Probe> corpus;
        List<String> failures = new ArrayList<>();
        try (Emulator strict = Emulator.start(EmulatorConfig.ephemeral());
             Emulator off = Emulator.start(EmulatorConfig.ephemeral().authMode(AuthMode.OFF))) {
            corpus = new HostileCorpus(new Random(seed), specs, emulated(off, specs)).generate(REQUESTS);
            String strictJob = seedJob(strict);
            String offJob = seedJob(off);
            SyncJobInfo strictBefore = describe(strict, strictJob);
            SyncJobInfo offBefore = describe(off, offJob);

            failures.addAll(send(strict, corpus.subList(0, corpus.size() / 2)));
            failures.addAll(send(off, corpus.subList(corpus.size() / 2, corpus.size())));

            for (Emulator emulator : List.of(strict, off)) {
                HttpResponse<String> health = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://" + emulator.httpEndpoint() + "/_tcemu/health")).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertEquals(200, health.statusCode(), health.body());
            }
            assertEquals(SyncJobInfo.toJsonString(strictBefore), SyncJobInfo.toJsonString(describe(strict, strictJob)));
            assertEquals(SyncJobInfo.toJsonString(offBefore), SyncJobInfo.toJsonString(describe(off, offJob)));
        }
        assertTrue(failures.isEmpty(), failures.size() + " of " + corpus.size() + " requests (seed " + seed
                + ") went wrong, e.g.\n" + String.join("\n", failures.subList(0, Math.min(10, failures.size()))));
    }

    /** The spec's actions the emulator answers with something other than UnsupportedOperation. */
    private static List<String> emulated(Emulator off, ApiSpecs specs) throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        List<String> emulated = new ArrayList<>();
        for (String qualified : HostileCorpus.specActions(specs)) {
            String[] parts = qualified.split("/");
            if (parts[0].equals("bpstudio")) {
                continue;
            }
            HttpResponse<String> answer = client.send(HttpRequest.newBuilder(URI.create("http://" + off.httpEndpoint() + "/"))
                    .header("Content-Type", "application/json").header("X-TC-Action", parts[2])
                    .header("X-TC-Version", parts[1]).header("X-TC-Region", "ap-guangzhou")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"DryRun\":true}")).build(), HttpResponse.BodyHandlers.ofString());
            if (!answer.body().contains("\"UnsupportedOperation\"") || !answer.body().contains("does not emulate")) {
                emulated.add(qualified);
            }
        }
        assertTrue(emulated.size() > 40, "emulated actions found: " + emulated);
        return emulated;
    }

    private static List<String> send(Emulator emulator, List<HostileCorpus.Probe> probes) throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        ConcurrentClients.run(SENDERS, sender -> {
            for (int i = sender; i < probes.size(); i += SENDERS) {
                String problem = problem(client, emulator, probes.get(i));
                if (problem != null) {
                    failures.add(probes.get(i).label() + ": " + problem);
                }
            }
        });
        return new ArrayList<>(failures);
    }

    /** What is wrong with the answer to one probe, or null. */
    private static String problem(HttpClient client, Emulator emulator, HostileCorpus.Probe probe) {
        HttpResponse<byte[]> answer;
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://" + emulator.httpEndpoint()
                    + probe.pathAndQuery())).timeout(Duration.ofSeconds(30))
                    .method(probe.method(), HttpRequest.BodyPublishers.ofByteArray(probe.body()));
            probe.headers().forEach(request::header);
            answer = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IllegalArgumentException unsendable) {
            return null; // the client library refuses to send it (an illegal method or header): nothing reached tcemu
        } catch (IOException | InterruptedException e) {
            return "no answer: " + e;
        }
        if (answer.statusCode() >= 500) {
            return "HTTP " + answer.statusCode() + " " + new String(answer.body());
        }
        if (probe.method().equals("HEAD")) {
            return null;
        }
        JsonNode body;
        try {
            body = JSON.readTree(answer.body());
        } catch (IOException e) {
            return "HTTP " + answer.statusCode() + ", not JSON: " + new String(answer.body()).substring(0, Math.min(200, answer.body().length));
        }
        if (probe.admin() || answer.uri().getRawPath().startsWith("/_tcemu/")) {
            return body != null && body.isContainerNode() ? null : "admin answer is not JSON: " + body;
        }
        JsonNode envelope = body.has("Response") ? body.get("Response") : body;
        if (!envelope.path("RequestId").isTextual() || envelope.path("RequestId").asText().isEmpty()) {
            return "no RequestId: " + body.toString().substring(0, Math.min(300, body.toString().length()));
        }
        String code = envelope.path("Error").path("Code").asText(envelope.path("Code").asText());
        return code.startsWith("InternalError") ? "InternalError: " + envelope : null;
    }

    private static String seedJob(Emulator emulator) throws Exception {
        DtsClient dts = SdkClients.dts(SdkClients.devCredential(), SdkClients.http(emulator));
        CreateSyncJobRequest purchase = new CreateSyncJobRequest();
        purchase.setPayMode("PostPay");
        purchase.setSrcDatabaseType("mysql");
        purchase.setSrcRegion(SdkClients.REGION);
        purchase.setDstDatabaseType("mysql");
        purchase.setDstRegion(SdkClients.REGION);
        return dts.CreateSyncJob(purchase).getJobIds()[0];
    }

    private static SyncJobInfo describe(Emulator emulator, String job) throws Exception {
        DescribeSyncJobsRequest request = new DescribeSyncJobsRequest();
        request.setJobId(job);
        emulator.engine().clock().setFrozen(true);
        return SdkClients.dts(SdkClients.devCredential(), SdkClients.http(emulator)).DescribeSyncJobs(request).getJobList()[0];
    }
}
