package io.tcemu.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.tcemu.store.JdbcResourceStore;
import io.tcemu.store.ResourceKey;
import io.tcemu.store.Scope;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** State groups and wire mappings: checked against their dimension's states when a file loads, and against product code's names at start. */
class StateTermsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TASK = """
            {"lifecycle": "demo.Task", "resourceName": {"en": "Task", "zh": "任务"}, "notFoundError": "ResourceNotFound",
             "dimensions": [{"name": "Status", "initial": "idle", "states": ["idle", "busy", "done"],
                             "groups": {"ended": ["done"]},
                             "wire": {"Result": {"idle": 0, "busy": 1, "done": 2}}}]}
            """;

    private static LifecycleCatalog catalog() throws IOException {
        return LifecycleCatalog.of(List.of(LifecycleCatalog.read("demo.json", JSON.readTree(TASK))));
    }

    private static String invalid(String from, String to) {
        String text = TASK.replace(from, to);
        assertTrue(!text.equals(TASK), "test edit did not apply: " + from);
        return assertThrows(IllegalStateException.class, () -> LifecycleCatalog.read("demo.json", JSON.readTree(text)))
                .getMessage();
    }

    @Test
    void aGroupOrMappingNamingAStateTheDimensionLacksFailsTheLoad() {
        String group = invalid("\"ended\": [\"done\"]", "\"ended\": [\"done\", \"dne\"]");
        assertTrue(group.startsWith("invalid lifecycle file demo.json") && group.contains(
                "dimension Status group ended names `dne`, which is not one of its states [idle, busy, done]"), group);
        String mapping = invalid("\"busy\": 1", "\"bsy\": 1");
        assertTrue(mapping.contains("dimension Status wire Result names `bsy`, which is not one of its states"), mapping);
    }

    @Test
    void productCodeAskingForATermAFileDoesNotDefineFailsWhenChecked() throws IOException {
        LifecycleCatalog catalog = catalog();
        StateTerms defined = new StateTerms();
        defined.group("demo.Task", "Status", "ended");
        defined.wire("demo.Task", "Status", "Result");
        defined.checkAgainst(catalog);

        StateTerms typo = new StateTerms();
        typo.group("demo.Task", "Status", "endd");
        assertEquals("demo.Task dimension Status has no group `endd`; known: [ended]",
                assertThrows(IllegalArgumentException.class, () -> typo.checkAgainst(catalog)).getMessage());
        StateTerms noMapping = new StateTerms();
        noMapping.wire("demo.Task", "Status", "Progress");
        assertEquals("demo.Task dimension Status has no wire mapping `Progress`; known: [Result]",
                assertThrows(IllegalArgumentException.class, () -> noMapping.checkAgainst(catalog)).getMessage());
        StateTerms noDimension = new StateTerms();
        noDimension.group("demo.Task", "Phase", "ended");
        assertThrows(IllegalArgumentException.class, () -> noDimension.checkAgainst(catalog));
    }

    @Test
    void aResourceAnswersFromItsState() throws IOException {
        StateTerms terms = new StateTerms();
        StateGroup ended = terms.group("demo.Task", "Status", "ended");
        WireMapping result = terms.wire("demo.Task", "Status", "Result");
        LifecycleEngine engine = new LifecycleEngine(catalog(), JdbcResourceStore.inMemory(),
                new EmulatorClock(new ManualWallClock(EngineFixture.START), 1.0));
        ResourceKey key = new ResourceKey(Scope.of("100001", "ap-guangzhou"), "demo.Task", "t-1");
        Resource busy = engine.create(key, JsonNodeFactory.instance.objectNode(), Map.of("Status", "busy"));
        assertFalse(ended.contains(busy));
        assertEquals(1, result.of(busy).asInt());
        Resource done = engine.create(new ResourceKey(key.scope(), "demo.Task", "t-2"), JsonNodeFactory.instance.objectNode(), Map.of("Status", "done"));
        assertTrue(ended.contains(done));
        assertEquals(2, result.of(done).asInt());

        StateGroup otherLifecycle = terms.group("demo.Box", "Status", "ended");
        assertThrows(IllegalArgumentException.class, () -> otherLifecycle.contains(done));
    }
}
