package io.tcemu.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The constraints files cannot drift from the spec: each names a request member of a type its
 * values fit, raises a code the action may answer, and takes only values its documentation names
 * (the words scripts/import-specs keeps in src/test/resources/spec-words/), unless it says why
 * tcemu chose otherwise; README lists those choices.
 */
class ConstraintsFileTest {
    private static final ApiSpecs SPECS = ApiSpecs.load();
    private static final Set<String> INTEGERS = Set.of("int64", "uint64");

    @Test
    void everyConstraintNamesARequestMemberOfAFittingTypeAndAnAnswerableCode() {
        List<String> wrong = new ArrayList<>();
        forEachConstraint((action, constraint) -> {
            MemberSpec member = member(action, constraint.path());
            if (member == null) {
                wrong.add(action + " " + constraint.path() + ": no such request member");
                return;
            }
            boolean integer = INTEGERS.contains(member.member());
            boolean fits = constraint.isRange() ? integer
                    : member.member().equals("string") || integer && constraint.allowed().stream().allMatch(v -> v.matches("\\d+"));
            if (!fits) {
                wrong.add(action + " " + constraint.path() + ": a " + member.member() + " member");
            }
            if (!SPECS.answerableErrorCodes(action.product(), action.version(), action.name()).contains(constraint.code())) {
                wrong.add(action + " " + constraint.path() + ": " + constraint.code() + " is neither documented, common nor a choice");
            }
        });
        assertEquals(List.of(), wrong);
    }

    @Test
    void everyValueIsOneTheMembersDocumentationNamesUnlessMarkedAsTcemusChoice() {
        List<String> undocumented = new ArrayList<>();
        List<String> staleChoices = new ArrayList<>();
        forEachConstraint((action, constraint) -> {
            if (member(action, constraint.path()) == null) {
                return; // reported by the test above
            }
            Set<String> words = documentWords(action, constraint.path());
            List<String> values = constraint.isRange()
                    ? List.of(String.valueOf(constraint.min()), String.valueOf(constraint.max())) : constraint.allowed();
            boolean allNamed = words.containsAll(values);
            if (!allNamed && constraint.choice() == null) {
                undocumented.add(action + " " + constraint.path() + " " + values + " (documented words: " + words + ")");
            }
            if (allNamed && constraint.choice() != null) {
                staleChoices.add(action + " " + constraint.path());
            }
        });
        assertEquals(List.of(), undocumented, "values the documentation does not name need a \"choice\" saying why");
        assertEquals(List.of(), staleChoices, "constraints marked as tcemu's choice whose values the documentation names");
    }

    @Test
    void readmeListsEveryChoice() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        List<String> missing = new ArrayList<>();
        forEachConstraint((action, constraint) -> {
            if (constraint.choice() != null) {
                String row = "| " + action.product() + " | " + action.name() + " | `" + constraint.path() + "` | "
                        + constraint.choice() + " |";
                if (!readme.contains(row)) {
                    missing.add(row);
                }
            }
        });
        assertEquals(List.of(), missing, "README.md should list these rows of the constraints files' choices");
    }

    private interface ConstraintCheck {
        void check(ActionSpec action, ParamConstraint constraint);
    }

    private static void forEachConstraint(ConstraintCheck check) {
        int seen = 0;
        for (String product : SPECS.products()) {
            for (String version : SPECS.versions(product)) {
                for (String name : SPECS.actions(product, version)) {
                    ActionSpec action = SPECS.action(product, version, name).orElseThrow();
                    for (ParamConstraint constraint : action.constraints().values()) {
                        check.check(action, constraint);
                        seen++;
                    }
                }
            }
        }
        assertTrue(seen > 0, "no constraints were loaded");
    }

    /** The scalar request member a path names, or null. */
    private static MemberSpec member(ActionSpec action, String path) {
        StructSpec struct = action.input();
        MemberSpec member = null;
        for (String segment : path.split("\\.")) {
            if (struct == null || (member = struct.members().get(segment)) == null) {
                return null;
            }
            struct = member.isStructure() ? action.struct(member.member()) : null;
        }
        return member.isStructure() ? null : member;
    }

    /** The words and numbers of the documentation of the member a path names, as scripts/import-specs keeps them. */
    private static Set<String> documentWords(ActionSpec action, String path) {
        Path file = Path.of("src/test/resources/spec-words", action.product(), action.version() + ".json");
        if (!Files.exists(file)) {
            return Set.of();
        }
        try {
            JsonNode words = new ObjectMapper().readTree(file.toFile());
            String owner = action.input().name();
            String[] segments = path.split("\\.");
            for (int i = 0; i < segments.length - 1; i++) {
                owner = action.struct(owner).members().get(segments[i]).member();
            }
            Set<String> named = new HashSet<>();
            words.path(owner + "." + segments[segments.length - 1]).forEach(w -> named.add(w.asText()));
            return named;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
