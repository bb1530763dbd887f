package io.tcemu.admin;

import io.restassured.path.json.JsonPath;
import io.tcemu.Emulator;
import io.tcemu.EmulatorConfig;
import io.tcemu.junit.TcemuExtension;
import io.tcemu.RawCalls;
import io.tcemu.answer.UnsupportedMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** GET /_tcemu/coverage, and the README's copy of its table. */
class CoverageApiTest {
    private static final String START = "<!-- coverage:start -->\n";
    private static final String END = "<!-- coverage:end -->";
    @RegisterExtension
    static final TcemuExtension tcemu = TcemuExtension.newInstance().build();

    private static String kind(JsonPath coverage, String product, String action) {
        return coverage.getString("products.find { it.product == '" + product + "' }.actions." + action);
    }

    @Test
    void eachActionIsListedWithHowItIsAnswered() {
        JsonPath coverage = new RawCalls(tcemu.emulator()).plain().contentType("application/json").get("/_tcemu/coverage").then().statusCode(200).extract().jsonPath();

        assertEquals("emulated", kind(coverage, "dts", "StartSyncJob"));
        assertEquals("example", kind(coverage, "dts", "DescribeMigrateGtidCompareReport"));
        assertEquals("synthesized", kind(coverage, "bpstudio", "GetTemplate"), "BPStudio documents no examples");
        Map<String, Integer> counts = coverage.getMap("products.find { it.product == 'redis' }.counts");
        assertEquals(119, counts.values().stream().mapToInt(Integer::intValue).sum(), counts.toString());
        assertEquals(0, counts.get("unsupported"));
    }

    @Test
    void aStubbedActionIsListedAsStubbedUntilTheStubIsGone() {
        new RawCalls(tcemu.emulator()).plain().contentType("application/json").body("{\"product\": \"redis\", \"action\": \"DescribeSlowLog\", \"response\": {}}")
                .post("/_tcemu/stubs").then().statusCode(201);
        assertEquals("stubbed", kind(new RawCalls(tcemu.emulator()).plain().contentType("application/json").get("/_tcemu/coverage").jsonPath(), "redis", "DescribeSlowLog"));
        new RawCalls(tcemu.emulator()).plain().contentType("application/json").delete("/_tcemu/stubs").then().statusCode(200);
        assertEquals("example", kind(new RawCalls(tcemu.emulator()).plain().contentType("application/json").get("/_tcemu/coverage").jsonPath(), "redis", "DescribeSlowLog"));
    }

    @Test
    void underUnsupportedErrorTheOtherActionsAreUnsupported() {
        try (Emulator strict = Emulator.start(EmulatorConfig.ephemeral().unsupported(UnsupportedMode.ERROR))) {
            JsonPath coverage = new RawCalls(strict).plain().get("/_tcemu/coverage").jsonPath();
            assertEquals("unsupported", kind(coverage, "dts", "DescribeMigrateGtidCompareReport"));
            assertEquals("emulated", kind(coverage, "dts", "StartSyncJob"));
        }
    }

    @Test
    void anUnknownFormatIsExplained() {
        new RawCalls(tcemu.emulator()).plain().contentType("application/json").get("/_tcemu/coverage?format=csv").then().statusCode(400)
                .body("error", containsString("format must be json or markdown"));
    }

    @Test
    void theReadmeTableIsTheOneTheDefaultSettingsGive() throws Exception {
        String table = new RawCalls(tcemu.emulator()).plain().contentType("application/json").get("/_tcemu/coverage?format=markdown").then().statusCode(200)
                .extract().asString();
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        int start = readme.indexOf(START);
        int end = readme.indexOf(END);
        assertTrue(start >= 0 && end > start, "README.md has the coverage markers");
        assertEquals(table, readme.substring(start + START.length(), end),
                "README.md's coverage table is stale: run scripts/coverage");
    }
}
