package io.tcemu.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class LifecycleCatalogTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void indexListsEveryLifecycleInItsOrder() {
        LifecycleCatalog catalog = LifecycleCatalog.fromClasspath();
        // other products' lifecycles follow; the DTS ones come first, in index order
        assertEquals(List.of("dts.MigrateJob", "dts.SyncJob"),
                catalog.all().stream().map(LifecycleDefinition::lifecycle).limit(2).toList());
        assertTrue(catalog.contains("redis.Instance") && catalog.contains("redis.Task"));
        assertEquals("dts", catalog.get("dts.SyncJob").product());
    }

    @Test
    void everyLifecycleFileInTheSourceTreeIsInTheIndex() throws IOException {
        ObjectNode index = (ObjectNode) JSON.readTree(Path.of("api-specs/lifecycles.json").toFile());
        List<String> listed = JSON.convertValue(index.get("lifecycles"), JSON.getTypeFactory()
                .constructCollectionType(List.class, String.class));
        try (Stream<Path> files = Files.walk(Path.of("api-specs"))) {
            List<String> found = files.filter(p -> p.getFileName().toString().startsWith("lifecycle-"))
                    .map(p -> Path.of("api-specs").relativize(p).toString().replace('\\', '/'))
                    .sorted().toList();
            assertEquals(found, listed.stream().sorted().toList());
        }
    }

    @Test
    void unknownLifecycleNamesTheKnownOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> LifecycleCatalog.fromClasspath().get("dts.Nope"));
        assertTrue(e.getMessage().contains("dts.SyncJob"), e.getMessage());
    }

    private static final String VALID = """
            {"lifecycle": "demo.Task", "resourceName": {"en": "Task", "zh": "任务"}, "notFoundError": "ResourceNotFound",
             "dimensions": [{"name": "Status", "initial": "idle", "states": ["idle", "busy", "done"]}],
             "operations": [{"name": "Run", "error": "FailedOperation",
                             "transitions": [{"from": {"Status": ["idle"]}, "transient": "busy", "settled": "done", "seconds": 2}]}],
             "rules": [{"name": "Expire", "in": {"Status": ["done"]}, "afterSeconds": 60, "deletes": true}]}
            """;

    private static String invalid(String from, String to) {
        String text = VALID.replace(from, to);
        assertTrue(!text.equals(VALID), "test edit did not apply: " + from);
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> LifecycleCatalog.read("demo.json", JSON.readTree(text)));
        return e.getMessage();
    }

    @Test
    void aValidDefinitionLoadsWithTheDefaultDimension() throws IOException {
        LifecycleDefinition d = LifecycleCatalog.read("demo.json", JSON.readTree(VALID));
        assertEquals("Status", d.operation("Run").orElseThrow().dimension());
        assertEquals("UTC", d.timeZone());
    }

    @Test
    void fileMistakesFailAtLoadNamingWhatIsWrong() {
        assertTrue(invalid("\"settled\": \"done\"", "\"settled\": \"dne\"").contains("`dne` is not a Status state"));
        assertTrue(invalid("\"from\": {\"Status\": [\"idle\"]}", "\"from\": {\"Phase\": [\"idle\"]}").contains("no dimension Phase"));
        assertTrue(invalid(", \"seconds\": 2}]}]", "}]}]").contains("needs seconds, steps or awaits"));
        assertTrue(invalid("\"error\": \"FailedOperation\",", "").contains("needs the error code"));
        assertTrue(invalid("\"deletes\": true", "\"then\": {\"Status\": \"done\"}").contains("fire for ever"));
        assertTrue(invalid("\"afterSeconds\": 60,", "").contains("exactly one of afterSeconds and atAttribute"));
        assertTrue(invalid("\"name\": \"Run\",", "\"name\": \"Run\", \"colour\": \"red\",").contains("colour"));
        assertTrue(invalid("\"demo.Task\"", "\"demoTask\"").contains("<product>.<Resource>"));
        assertTrue(invalid("\"states\": [\"idle\", \"busy\", \"done\"]",
                "\"states\": [\"idle\", \"busy\", \"done\"], \"stateSteps\": {\"bsy\": [{\"id\": \"a\"}]}")
                .contains("steps for `bsy`"));
    }

    @Test
    void anAutomaticOperationMustLeaveTheStatesItStartsFrom() {
        String restarts = VALID.replace("\"error\": \"FailedOperation\",", "\"automatic\": true,")
                .replace("\"settled\": \"done\"", "\"settled\": \"idle\"");
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> LifecycleCatalog.read("demo.json", JSON.readTree(restarts)));
        assertTrue(e.getMessage().contains("restart for ever"), e.getMessage());
    }

    private static final String AWAITING = """
            {"lifecycle": "demo.Box", "resourceName": {"en": "Box", "zh": "盒子"}, "notFoundError": "ResourceNotFound",
             "dimensions": [{"name": "Status", "initial": "open", "states": ["open", "busy", "shut"]}],
             "operations": [{"name": "Shut", "error": "FailedOperation",
                             "transitions": [{"from": {"Status": ["open"]}, "transient": "busy", "settled": "shut", "failure": "open",
                                              "awaits": {"lifecycle": "demo.Task", "idAttribute": "TaskId",
                                                         "settled": {"Status": ["done"]}, "failed": {"Status": ["busy"]}}}]}]}
            """;

    private static String invalidCatalog(String from, String to) throws IOException {
        LifecycleDefinition task = LifecycleCatalog.read("demo.json", JSON.readTree(VALID));
        LifecycleDefinition box = LifecycleCatalog.read("box.json", JSON.readTree(AWAITING.replace(from, to)));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> LifecycleCatalog.of(List.of(task, box)));
        return e.getMessage();
    }

    @Test
    void awaitsIsCheckedAgainstTheLifecycleItAwaits() throws IOException {
        LifecycleCatalog.of(List.of(LifecycleCatalog.read("demo.json", JSON.readTree(VALID)),
                LifecycleCatalog.read("box.json", JSON.readTree(AWAITING))));

        assertTrue(invalidCatalog("\"demo.Task\"", "\"demo.Tsk\"").contains("not a known lifecycle"));
        assertTrue(invalidCatalog("[\"done\"]", "[\"finished\"]").contains("`finished` is not a Status state"));
        assertTrue(invalidCatalog("\"settled\": {\"Status\"", "\"settled\": {\"Phase\"").contains("no dimension Phase"));
        assertTrue(invalidCatalog("\"lifecycle\": \"demo.Task\", \"idAttribute\"", "\"lifecycle\": \"demo.Box\", \"idAttribute\"")
                .contains("awaits another lifecycle itself"));
    }

    @Test
    void anAwaitingTransitionTakesNoTimeOfItsOwnAndNeedsAFailureStateForFailedStates() {
        String timed = AWAITING.replace("\"failure\": \"open\",", "\"failure\": \"open\", \"seconds\": 3,");
        assertTrue(assertThrows(IllegalStateException.class, () -> LifecycleCatalog.read("box.json", JSON.readTree(timed)))
                .getMessage().contains("drop its seconds and steps"));
        String noFailure = AWAITING.replace("\"failure\": \"open\",", "");
        assertTrue(assertThrows(IllegalStateException.class, () -> LifecycleCatalog.read("box.json", JSON.readTree(noFailure)))
                .getMessage().contains("needs a failure state"));
    }

    @Test
    void refusalsAndErrorStatesNameRealStates() {
        String refusal = VALID.replace("\"error\": \"FailedOperation\",",
                "\"error\": \"FailedOperation\", \"refusals\": [{\"from\": {\"Status\": [\"gone\"]}, \"error\": \"ResourceInUse\"}],");
        assertTrue(assertThrows(IllegalStateException.class, () -> LifecycleCatalog.read("demo.json", JSON.readTree(refusal)))
                .getMessage().contains("`gone` is not a Status state"));
        assertTrue(invalid("\"settled\": \"done\"", "\"settled\": \"done\", \"errorState\": \"broken\"")
                .contains("`broken` is not a Status state"));
    }
}
