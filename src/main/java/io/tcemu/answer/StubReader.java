package io.tcemu.answer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tcemu.api.ApiError;
import io.tcemu.spec.ActionSpec;
import io.tcemu.spec.ApiSpecs;
import io.tcemu.spec.OutputModel;

import java.util.Iterator;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Reads a stub as posted to /_tcemu/stubs and checks it against the spec: a known product and action,
 * match parameters the action has, response members of its output model, an error code it documents
 * (or any, with {@code "force": true}). A problem is an IllegalArgumentException naming the field.
 */
final class StubReader {
    /** Longer than any SDK waits by default: a longer delay is a mistake, not a test. */
    static final long MAX_DELAY_MS = 300_000;
    private static final Set<String> FIELDS = Set.of("product", "version", "action", "match", "response", "error",
            "times", "delayMs", "force");
    private static final Set<String> MATCH_FIELDS = Set.of("params", "account", "region");

    private final ApiSpecs specs;

    StubReader(ApiSpecs specs) {
        this.specs = specs;
    }

    Stub read(String id, JsonNode body) {
        known(body, FIELDS, "");
        String product = text(body, "product", true);
        if (!specs.products().contains(product)) {
            throw new IllegalArgumentException("\"product\" " + product + " is not one of " + specs.products());
        }
        String version = version(product, text(body, "version", false));
        String actionName = text(body, "action", true);
        ActionSpec action = specs.action(product, version, actionName).orElseThrow(() -> new IllegalArgumentException(
                "\"action\" " + actionName + " is not an action of " + product + " " + version));
        JsonNode match = body.path("match");
        if (!match.isMissingNode() && !match.isObject()) {
            throw new IllegalArgumentException("\"match\" must be an object with \"params\", \"account\" and/or \"region\"");
        }
        known(match, MATCH_FIELDS, "match.");
        boolean hasResponse = body.has("response");
        if (hasResponse == body.has("error")) {
            throw new IllegalArgumentException("send either \"response\" (members of " + actionName
                    + "'s answer) or \"error\" ({\"code\", \"message\"}), not " + (hasResponse ? "both" : "neither"));
        }
        ObjectNode response = hasResponse ? response(action, body.get("response"), id) : null;
        ApiError error = hasResponse ? null : error(action, body.get("error"), flag(body, "force"));
        return new Stub(id, product, version, actionName, matchParams(action, match.path("params")),
                text(match, "account", false), text(match, "region", false), response, error,
                new AtomicInteger(times(body)), delayMs(body));
    }

    private String version(String product, String version) {
        Set<String> versions = specs.versions(product);
        if (version == null && versions.size() == 1) {
            return versions.iterator().next();
        }
        if (version == null || !versions.contains(version)) {
            throw new IllegalArgumentException("\"version\" must be one of " + versions + " for " + product);
        }
        return version;
    }

    private static ObjectNode matchParams(ActionSpec action, JsonNode params) {
        if (params.isMissingNode()) {
            return JsonNodeFactory.instance.objectNode();
        }
        if (!params.isObject()) {
            throw new IllegalArgumentException("\"match.params\" must be an object of request parameters");
        }
        for (Iterator<String> names = params.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!action.input().members().containsKey(name)) {
                throw new IllegalArgumentException("\"match.params." + name + "\" is not a parameter of "
                        + action.name() + "; it has " + action.input().members().keySet());
            }
        }
        return (ObjectNode) params;
    }

    private static ObjectNode response(ActionSpec action, JsonNode response, String id) {
        if (!response.isObject()) {
            throw new IllegalArgumentException("\"response\" must be an object of " + action.name() + "'s response members");
        }
        try {
            return OutputModel.of(action).complete((ObjectNode) response, id.hashCode());
        } catch (OutputModel.Mismatch mismatch) {
            throw new IllegalArgumentException("\"response." + mismatch.path() + "\": " + mismatch.getMessage());
        }
    }

    private ApiError error(ActionSpec action, JsonNode error, boolean force) {
        if (!error.isObject()) {
            throw new IllegalArgumentException("\"error\" must be an object: {\"code\": \"…\", \"message\": \"…\"}");
        }
        known(error, Set.of("code", "message"), "error.");
        String code = text(error, "code", true);
        Set<String> documented = specs.answerableErrorCodes(action.product(), action.version(), action.name());
        if (!force && !documented.contains(code)) {
            throw new IllegalArgumentException("\"error.code\" " + code + " is not documented for " + action.name()
                    + " (send \"force\": true to use it anyway); documented: " + documented);
        }
        String message = text(error, "message", false);
        return ApiError.of(code, message != null ? message : "A stub answers " + code + " for " + action.name() + ".");
    }

    private static int times(JsonNode body) {
        JsonNode times = body.path("times");
        if (times.isMissingNode() || times.isNull()) {
            return -1;
        }
        if (!times.canConvertToInt() || !times.isIntegralNumber() || times.intValue() < 1) {
            throw new IllegalArgumentException("\"times\" must be a whole number of 1 or more (answers before the stub is used up)");
        }
        return times.intValue();
    }

    private static long delayMs(JsonNode body) {
        JsonNode delay = body.path("delayMs");
        if (delay.isMissingNode() || delay.isNull()) {
            return 0;
        }
        if (!delay.isIntegralNumber() || delay.longValue() < 0 || delay.longValue() > MAX_DELAY_MS) {
            throw new IllegalArgumentException("\"delayMs\" must be a whole number of milliseconds from 0 to " + MAX_DELAY_MS);
        }
        return delay.longValue();
    }

    private static boolean flag(JsonNode body, String field) {
        JsonNode value = body.path(field);
        if (!value.isMissingNode() && !value.isBoolean()) {
            throw new IllegalArgumentException("\"" + field + "\" must be true or false");
        }
        return value.asBoolean(false);
    }

    private static String text(JsonNode body, String field, boolean required) {
        JsonNode value = body.path(field);
        if (value.isMissingNode() || value.isNull()) {
            if (required) {
                throw new IllegalArgumentException("\"" + field + "\" is required");
            }
            return null;
        }
        if (!value.isTextual() || value.textValue().isBlank()) {
            throw new IllegalArgumentException("\"" + field + "\" must be a non-empty string");
        }
        return value.textValue();
    }

    private static void known(JsonNode object, Set<String> fields, String prefix) {
        for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!fields.contains(name)) {
                throw new IllegalArgumentException("\"" + prefix + name + "\" is not a stub field; use " + fields);
            }
        }
    }
}
