package io.tcemu.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OutputModelTest {
    private static final ApiSpecs SPECS = ApiSpecs.load();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final OutputModel DESCRIBE_INSTANCES = model("redis", "2018-04-12", "DescribeInstances");

    private static OutputModel model(String product, String version, String action) {
        return OutputModel.of(SPECS.action(product, version, action).orElseThrow());
    }

    private static ObjectNode json(String text) throws Exception {
        return (ObjectNode) JSON.readTree(text);
    }

    @Test
    void completingNothingSynthesizesEveryRequiredMemberWithItsType() {
        ObjectNode answer = DESCRIBE_INSTANCES.complete(JSON.createObjectNode(), 7);

        assertEquals(1, answer.get("TotalCount").longValue(), "a count describes the one element a list gets");
        assertEquals(1, answer.get("InstanceSet").size());
        JsonNode instance = answer.get("InstanceSet").get(0);
        assertTrue(instance.get("VpcId").isIntegralNumber(), instance.toString());
        assertTrue(instance.get("InstanceId").asText().startsWith("redis-"), instance.toString());
        assertTrue(instance.get("WanIp").asText().matches("10\\.\\d+\\.\\d+\\.\\d+"), instance.toString());
        assertFalse(answer.has("RequestId"), "the envelope sets it");
    }

    @Test
    void theSameSeedGivesTheSameAnswerAndAnotherSeedAnother() {
        assertEquals(DESCRIBE_INSTANCES.complete(JSON.createObjectNode(), 7),
                DESCRIBE_INSTANCES.complete(JSON.createObjectNode(), 7));
        assertNotEquals(DESCRIBE_INSTANCES.complete(JSON.createObjectNode(), 7),
                DESCRIBE_INSTANCES.complete(JSON.createObjectNode(), 8));
    }

    @Test
    void givenMembersAreKeptAndTheirStructuresCompleted() throws Exception {
        ObjectNode answer = DESCRIBE_INSTANCES.complete(json("{\"TotalCount\": 3, \"InstanceSet\": [{\"InstanceName\": \"cache\"}]}"), 1);

        assertEquals(3, answer.get("TotalCount").intValue());
        JsonNode instance = answer.get("InstanceSet").get(0);
        assertEquals("cache", instance.get("InstanceName").asText());
        assertTrue(instance.has("InstanceId") && instance.has("Status"), instance.toString());
    }

    @Test
    void strictCompletionNamesTheMemberThatDoesNotFit() throws Exception {
        OutputModel.Mismatch unknown = assertThrows(OutputModel.Mismatch.class,
                () -> DESCRIBE_INSTANCES.complete(json("{\"InstanceSet\": [{\"Colour\": \"red\"}]}"), 1));
        assertEquals("InstanceSet.0.Colour", unknown.path());
        assertTrue(unknown.getMessage().contains("not a member of InstanceSet"), unknown.getMessage());

        OutputModel.Mismatch wrongType = assertThrows(OutputModel.Mismatch.class,
                () -> DESCRIBE_INSTANCES.complete(json("{\"TotalCount\": \"3\"}"), 1));
        assertEquals("TotalCount", wrongType.path());
        assertTrue(wrongType.getMessage().contains("must be an integer"), wrongType.getMessage());

        assertEquals("InstanceSet", assertThrows(OutputModel.Mismatch.class,
                () -> DESCRIBE_INSTANCES.complete(json("{\"InstanceSet\": {}}"), 1)).path());
        assertEquals("RequestId", assertThrows(OutputModel.Mismatch.class,
                () -> DESCRIBE_INSTANCES.complete(json("{\"RequestId\": \"r\"}"), 1)).path());
    }

    @Test
    void repairReplacesWhatStraysFromTheModel() throws Exception {
        // the documented example of DestroyPostpaidInstance gives its int64 TaskId as a string
        ObjectNode repaired = model("redis", "2018-04-12", "DestroyPostpaidInstance")
                .repair(json("{\"TaskId\": \"6954227\", \"Colour\": \"red\", \"RequestId\": \"r\"}"), 1);

        assertTrue(repaired.get("TaskId").isIntegralNumber(), repaired.toString());
        assertEquals(1, repaired.size(), repaired.toString());
    }

    @Test
    void everyExampleAndEverySynthesizedAnswerOfEveryActionFitsItsModel() {
        for (String product : SPECS.products()) {
            for (String version : SPECS.versions(product)) {
                for (String name : SPECS.actions(product, version)) {
                    ActionSpec action = SPECS.action(product, version, name).orElseThrow();
                    OutputModel model = OutputModel.of(action);
                    ObjectNode answer = model.repair(action.example().orElse(JSON.createObjectNode()), 3);
                    assertDoesNotThrow(() -> model.complete(answer, 4), action.toString());
                }
            }
        }
    }
}
