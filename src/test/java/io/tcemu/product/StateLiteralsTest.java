package io.tcemu.product;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Product code asks its lifecycle files about states (state groups, wire mappings) instead of
 * writing state names: a state renamed or added in a file then changes what code answers, with no
 * Java set or switch left behind. A quoted string spelt like a state of the product's own
 * lifecycles fails here, unless it is one of the few below.
 */
class StateLiteralsTest {
    private static final Path SOURCES = Path.of("src/main/java/io/tcemu/product");
    private static final Pattern QUOTED = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
    /** Source file, under product/, and the state names it may quote. */
    private static final Map<String, Set<String>> ALLOWED = Map.of(
            // wire words for how far a check, a run or a step has got, which DTS spells like some of its states
            "dts/RunStatus.java", Set.of("notStarted", "running", "success", "failed", "unknown", "checkPass", "checkNotPass"),
            // the state a resource is created in, which the creating action chooses
            "dts/MigrationPurchase.java", Set.of("notBilled"),
            "dts/SyncJobPurchase.java", Set.of("NotBilled"),
            "bpstudio/ApplicationActions.java", Set.of("Modified"),
            // constant values of other members: a subscription's Kafka instance is always running; a MigrateOption choice
            "dts/SubscribeView.java", Set.of("running"),
            "dts/MigrationActions.java", Set.of("normal"));

    @Test
    void productCodeQuotesNoStateOfItsLifecycles() throws IOException {
        Map<String, Set<String>> statesByProduct = statesByProduct();
        List<String> literals = new ArrayList<>();
        Map<String, Set<String>> unused = new HashMap<>();
        ALLOWED.forEach((file, allowed) -> unused.put(file, new HashSet<>(allowed)));
        for (var product : statesByProduct.entrySet()) {
            try (Stream<Path> sources = Files.walk(SOURCES.resolve(product.getKey()))) {
                for (Path source : sources.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                    String file = SOURCES.relativize(source).toString().replace('\\', '/');
                    List<String> lines = Files.readAllLines(source);
                    for (int i = 0; i < lines.size(); i++) {
                        Matcher quoted = QUOTED.matcher(lines.get(i));
                        while (quoted.find()) {
                            String text = quoted.group(1);
                            if (product.getValue().contains(text) && !ALLOWED.getOrDefault(file, Set.of()).contains(text)) {
                                literals.add(file + ":" + (i + 1) + " \"" + text + "\"");
                            }
                            unused.getOrDefault(file, new HashSet<>()).remove(text);
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), literals, "ask the lifecycle file (a state group or wire mapping, DtsStates and the like)"
                + " instead of naming its states");
        unused.values().removeIf(Set::isEmpty);
        assertEquals(Map.of(), unused, "allowed literals no source quotes any more: drop them from ALLOWED");
    }

    /** Every state of every dimension of the lifecycle files in api-specs, by the product their lifecycle belongs to. */
    private static Map<String, Set<String>> statesByProduct() throws IOException {
        ObjectMapper json = new ObjectMapper();
        Map<String, Set<String>> states = new HashMap<>();
        try (Stream<Path> files = Files.walk(Path.of("api-specs"))) {
            for (Path file : files.filter(p -> p.getFileName().toString().startsWith("lifecycle-")).toList()) {
                JsonNode lifecycle = json.readTree(file.toFile());
                String product = lifecycle.path("lifecycle").asText().split("\\.")[0];
                lifecycle.path("dimensions").forEach(d -> d.path("states")
                        .forEach(s -> states.computeIfAbsent(product, p -> new HashSet<>()).add(s.asText())));
            }
        }
        return states;
    }
}
