package io.tcemu.fidelity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.response.Response;
import io.tcemu.Emulator;
import io.tcemu.EmulatorConfig;
import io.tcemu.RawCalls;
import io.tcemu.api.Language;
import io.tcemu.lifecycle.ProgressionMode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Replays every documented request example of every emulated action (the spec's examples, imported
 * by scripts/import-specs) and expects its parameters to be accepted: the answer may be a success, or
 * a refusal about the resource (the example's ids name resources of someone else's account, so ids of
 * this emulator's own jobs and instances are put in their place, whatever their state), but never a
 * refusal of the parameters themselves, unless api-specs/error-choices.json lists it with the reason.
 */
class DocumentedExamplesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> PRODUCTS = List.of("dts/2021-12-06", "redis/2018-04-12", "wedata/2021-08-20");
    /** Ids in the examples, by the prefix that says what they name; a Redis replication group (crs-rpl-) is no instance. */
    private static final Pattern IDS = Pattern.compile("\\b(sync|dts|crs)-(?!rpl-)[A-Za-z0-9]+\\b");
    private static Emulator emulator;
    private static RawCalls calls;
    private static Map<String, String> ownIds;

    @BeforeAll
    static void start() throws IOException {
        emulator = Emulator.start(EmulatorConfig.ephemeral().language(Language.EN_US).progression(ProgressionMode.IMMEDIATE));
        calls = new RawCalls(emulator);
        String sync = created("CreateSyncJob", "2021-12-06", """
                {"PayMode":"PostPay","SrcDatabaseType":"mysql","SrcRegion":"ap-guangzhou","DstDatabaseType":"mysql","DstRegion":"ap-guangzhou"}""",
                "/Response/JobIds/0");
        String migration = created("CreateMigrationService", "2021-12-06", """
                {"SrcDatabaseType":"mysql","DstDatabaseType":"mysql","SrcRegion":"ap-guangzhou","DstRegion":"ap-guangzhou","InstanceClass":"small"}""",
                "/Response/JobIds/0");
        String instance = created("CreateInstances", "2018-04-12", """
                {"TypeId":15,"MemSize":1024,"GoodsNum":1,"Period":1,"BillingMode":0,"ZoneId":100003,"Password":"Example#2025",
                 "VpcId":"vpc-mjwornzj","SubnetId":"subnet-1ed4w7to"}""", "/Response/InstanceIds/0");
        ownIds = Map.of("sync", sync, "dts", migration, "crs", instance);
    }

    @AfterAll
    static void stop() {
        emulator.close();
    }

    private static String created(String action, String version, String body, String idPath) throws IOException {
        JsonNode answer = JSON.readTree(calls.postJson(action, version, body).asString());
        String id = answer.at(idPath).asText();
        assertFalse(id.isEmpty(), action + " answered " + answer);
        return id;
    }

    @TestFactory
    Stream<DynamicTest> everyDocumentedRequestExampleIsAccepted() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (String productVersion : PRODUCTS) {
            String product = productVersion.split("/")[0];
            String version = productVersion.split("/")[1];
            JsonNode examples = read("spec-examples/" + productVersion + ".json");
            examples.properties().stream().filter(action -> emulator.emulates(product, version, action.getKey())).forEach(action -> {
                for (int i = 0; i < action.getValue().size(); i++) {
                    JsonNode example = action.getValue().get(i);
                    tests.add(DynamicTest.dynamicTest(product + "." + action.getKey() + " #" + (i + 1),
                            () -> replay(product, version, action.getKey(), example)));
                }
            });
        }
        return tests.stream();
    }

    private static void replay(String product, String version, String action, JsonNode example) throws IOException {
        Response response = example.has("json")
                ? calls.postJson(action, version, ownIds(example.get("json").toString()))
                : calls.get(action, version, ownIds(example.get("query").asText()).replace(" ", "%20"));
        JsonNode error = JSON.readTree(response.asString()).at("/Response/Error");
        String code = error.path("Code").asText("");
        if (refusesParameters(code) && !ErrorChoices.FILE.refusesExample(product, action, code)) {
            throw new AssertionError(product + "." + action + "'s documented example " + example + " was refused: "
                    + code + " " + error.path("Message").asText());
        }
    }

    private static boolean refusesParameters(String code) {
        return code.startsWith("InvalidParameter") || code.startsWith("MissingParameter") || code.startsWith("UnknownParameter");
    }

    private static String ownIds(String text) {
        Matcher m = IDS.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(ownIds.get(m.group(1))));
        }
        return m.appendTail(out).toString();
    }

    private static JsonNode read(String resource) throws IOException {
        try (InputStream in = DocumentedExamplesTest.class.getClassLoader().getResourceAsStream(resource)) {
            return JSON.readTree(in);
        }
    }
}
