package io.tcemu.answer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tencentcloudapi.common.CommonClient;
import com.tencentcloudapi.common.exception.TencentCloudSDKException;
import io.restassured.RestAssured;
import io.tcemu.Emulator;
import io.tcemu.EmulatorConfig;
import io.tcemu.SdkClients;
import io.tcemu.spec.ActionSpec;
import io.tcemu.spec.ApiSpecs;
import io.tcemu.spec.MemberSpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every action of the three Tencent products, called once through the SDK's CommonClient with its
 * documented example request, under default settings: none is UnsupportedOperation or an internal
 * error, and every action tcemu does not emulate answers with each member its model requires.
 */
class EverySpecActionContractTest {
    private static final Map<String, String> PRODUCTS = Map.of("dts", "2021-12-06", "redis", "2018-04-12",
            "wedata", "2021-08-20");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ApiSpecs SPECS = ApiSpecs.load();
    private static Emulator emulator;
    private static JsonNode coverage;

    @BeforeAll
    static void start() {
        emulator = Emulator.start(EmulatorConfig.ephemeral());
        coverage = JSON.valueToTree(RestAssured.get("http://" + emulator.httpEndpoint() + "/_tcemu/coverage")
                .then().statusCode(200).extract().as(Map.class));
    }

    @AfterAll
    static void stop() {
        emulator.close();
    }

    @TestFactory
    Stream<DynamicTest> everyActionAnswersItsExampleRequest() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (var product : PRODUCTS.entrySet()) {
            CommonClient client = new CommonClient(product.getKey(), product.getValue(), SdkClients.devCredential(),
                    SdkClients.REGION, SdkClients.http(emulator));
            JsonNode requests = exampleRequests(product.getKey(), product.getValue());
            assertEquals(SPECS.actions(product.getKey(), product.getValue()), fieldNames(requests),
                    "an example request for every action of " + product.getKey());
            requests.properties().forEach(example -> tests.add(DynamicTest.dynamicTest(
                    product.getKey() + "." + example.getKey(),
                    () -> call(client, product.getKey(), product.getValue(), example.getKey(), example.getValue()))));
        }
        return tests.stream();
    }

    private static void call(CommonClient client, String product, String version, String action, JsonNode params)
            throws Exception {
        String kind = kind(product, action);
        try {
            JsonNode response = JSON.readTree(client.call(action, params.toString())).get("Response");
            assertFalse(response.path("RequestId").asText().isEmpty(), "a RequestId");
            if (!kind.equals("emulated")) {
                requiredMembersPresent(SPECS.action(product, version, action).orElseThrow(), response);
            }
        } catch (TencentCloudSDKException error) {
            assertEquals("emulated", kind, action + " is answered from its model, so it must not fail: " + error);
            assertNotEquals("UnsupportedOperation", error.getErrorCode(), error.getMessage());
            assertNotEquals("InternalError", error.getErrorCode(), error.getMessage());
        }
    }

    private static void requiredMembersPresent(ActionSpec action, JsonNode response) {
        for (MemberSpec member : action.output().members().values()) {
            if (member.outputRequired()) {
                assertNotNull(response.get(member.name()), action + " answers its required member " + member.name()
                        + ": " + response);
            }
        }
    }

    private static String kind(String product, String action) {
        for (JsonNode entry : coverage.get("products")) {
            if (entry.get("product").asText().equals(product)) {
                return entry.get("actions").get(action).asText();
            }
        }
        throw new AssertionError("coverage lists no " + product);
    }

    private static JsonNode exampleRequests(String product, String version) throws IOException {
        try (InputStream in = EverySpecActionContractTest.class.getResourceAsStream(
                "/spec-examples/" + product + "/" + version + "/requests.json")) {
            assertNotNull(in, "spec-examples for " + product + " (scripts/import-specs writes them)");
            return JSON.readTree(in);
        }
    }

    private static java.util.Set<String> fieldNames(JsonNode node) {
        java.util.Set<String> names = new java.util.TreeSet<>();
        node.fieldNames().forEachRemaining(names::add);
        assertTrue(names.size() > 0);
        return names;
    }
}
