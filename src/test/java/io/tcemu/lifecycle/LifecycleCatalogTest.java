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
        assertTrue(invalid(", \"seconds\": 2}]}]", "}]}]").contains("needs seconds or steps"));
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
}
