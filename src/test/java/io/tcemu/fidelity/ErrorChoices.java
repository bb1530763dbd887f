package io.tcemu.fidelity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tcemu.spec.ApiSpecs;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * api-specs/error-choices.json, beside the documented codes: whether a refusal's code is one its
 * action documents, a common code of its dialect, or one of the choices the file explains.
 */
public final class ErrorChoices {
    public static final ErrorChoices FILE = load();
    private static final ApiSpecs SPECS = ApiSpecs.load();

    /** One row of the choices table. */
    public record Choice(String product, String code, List<String> actions, String why) {
    }

    private final List<Choice> choices;
    private final List<Choice> refusedExamples;

    private ErrorChoices(List<Choice> choices, List<Choice> refusedExamples) {
        this.choices = choices;
        this.refusedExamples = refusedExamples;
    }

    private static ErrorChoices load() {
        try (InputStream in = ErrorChoices.class.getClassLoader().getResourceAsStream("api-specs/error-choices.json")) {
            JsonNode file = new ObjectMapper().readTree(in);
            return new ErrorChoices(rows(file.get("choices")), rows(file.get("refusedExamples")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Choice> rows(JsonNode table) {
        List<Choice> rows = new ArrayList<>();
        table.forEach(c -> rows.add(new Choice(c.get("product").asText(), c.get("code").asText(),
                texts(c.get("actions")), c.get("why").asText())));
        return List.copyOf(rows);
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(t -> texts.add(t.asText()));
        return texts;
    }

    public List<Choice> choices() {
        return choices;
    }

    public List<Choice> refusedExamples() {
        return refusedExamples;
    }

    /** Whether api-specs/error-choices.json explains why a documented example of this action is refused with this code. */
    public boolean refusesExample(String product, String action, String code) {
        return refusedExamples.stream().anyMatch(c -> c.product().equals(product) && c.code().equals(code)
                && c.actions().contains(action));
    }

    /**
     * Whether a refusal of this action may answer this code: documented for it, common to its cloud
     * (index.json), or chosen in api-specs/error-choices.json; the specs know all three.
     */
    public boolean allows(String product, String version, String action, String code) {
        return SPECS.answerableErrorCodes(product, version, action).contains(code);
    }
}
