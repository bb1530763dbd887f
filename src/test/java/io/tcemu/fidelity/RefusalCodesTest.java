package io.tcemu.fidelity;

import io.tcemu.lifecycle.LifecycleCatalog;
import io.tcemu.lifecycle.LifecycleDefinition;
import io.tcemu.lifecycle.Operation;
import io.tcemu.lifecycle.Refusal;
import io.tcemu.spec.ApiSpecs;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every refusal a lifecycle file can produce (an operation's state error, its refusals, its
 * not-found code) is documented for its action, common, or a choice in api-specs/error-choices.json;
 * README renders that file's choices. The walkthroughs' refusals are checked as they happen
 * (see the recorder in the SDK test clients).
 */
class RefusalCodesTest {
    private static final ApiSpecs SPECS = ApiSpecs.load();

    @TestFactory
    Stream<DynamicTest> everyLifecycleRefusalIsDocumentedCommonOrChosen() {
        return LifecycleCatalog.fromClasspath().all().stream().map(definition ->
                DynamicTest.dynamicTest(definition.lifecycle(), () -> {
                    List<String> undocumented = new ArrayList<>();
                    String product = definition.product();
                    String version = SPECS.versions(product).iterator().next();
                    for (Operation op : definition.operations().stream().filter(o -> !o.automatic()).toList()) {
                        List<String> codes = new ArrayList<>(List.of(op.error(), definition.notFoundError(op)));
                        op.refusals().stream().map(Refusal::error).forEach(codes::add);
                        codes.stream().filter(code -> !ErrorChoices.FILE.allows(product, version, op.name(), code))
                                .forEach(code -> undocumented.add(op.name() + " " + code));
                    }
                    assertEquals(List.of(), undocumented, definition.lifecycle()
                            + ": codes neither documented for the action, common, nor in api-specs/error-choices.json");
                }));
    }

    @Test
    void readmeRendersTheChoicesAndTheRefusedExamples() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        for (List<ErrorChoices.Choice> rows : List.of(ErrorChoices.FILE.choices(), ErrorChoices.FILE.refusedExamples())) {
            String table = rows.stream()
                    .map(c -> "| " + c.product() + " | `" + c.code() + "` | " + String.join(", ", c.actions()) + " | " + c.why() + " |")
                    .collect(Collectors.joining("\n", "| product | code | actions | why |\n|---|---|---|---|\n", "\n"));
            assertTrue(readme.contains(table), "README.md should carry this table of api-specs/error-choices.json:\n" + table);
        }
    }
}
