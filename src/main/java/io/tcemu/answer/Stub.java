package io.tcemu.answer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tcemu.api.AnswerKind;
import io.tcemu.api.Answerer;
import io.tcemu.api.ApiError;
import io.tcemu.api.ApiRequest;

import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A canned answer for one action: members that fit its output model, or an error. It answers the
 * calls that match (a subset of the parameters, an account, a region) until {@code times} are used up.
 *
 * @param matchParams members each matching call must carry with these values (objects may carry more)
 * @param account     the account a matching call comes from, or null for any
 * @param region      the region a matching call names, or null for any
 * @param response    the members answered, complete for the output model; null when {@code error} is set
 * @param error       the error answered instead
 * @param remaining   answers left, or -1 for no limit
 */
record Stub(String id, String product, String version, String action, ObjectNode matchParams, String account,
            String region, ObjectNode response, ApiError error, AtomicInteger remaining, long delayMs) {

    /** JSON numbers compare by value, so a stub's 10 matches the 10 a request's "10" was coerced to. */
    private static final Comparator<JsonNode> SAME_VALUE = (a, b) ->
            a.isNumber() && b.isNumber() ? a.decimalValue().compareTo(b.decimalValue()) : (a.equals(b) ? 0 : 1);

    boolean matches(ApiRequest request) {
        return product.equals(request.product()) && version.equals(request.version())
                && action.equals(request.action())
                && (account == null || account.equals(request.account().id()))
                && (region == null || region.equals(request.region()))
                && contains(request.params(), matchParams);
    }

    /** Takes one answer; false when another call took the last one first. */
    boolean take() {
        return remaining.get() < 0 || remaining.getAndUpdate(left -> Math.max(left - 1, 0)) > 0;
    }

    boolean usedUp() {
        return remaining.get() == 0;
    }

    Answerer answerer() {
        return new Answerer(AnswerKind.STUBBED, request -> {
            if (error != null) {
                throw error;
            }
            return response.deepCopy();
        });
    }

    ObjectNode view() {
        ObjectNode view = JsonNodeFactory.instance.objectNode().put("id", id).put("product", product)
                .put("version", version).put("action", action);
        ObjectNode match = view.putObject("match");
        match.set("params", matchParams);
        match.put("account", account).put("region", region);
        if (error != null) {
            view.putObject("error").put("code", error.code()).put("message", error.getMessage());
        } else {
            view.set("response", response);
        }
        return view.put("remaining", remaining.get() < 0 ? null : remaining.get()).put("delayMs", delayMs);
    }

    /** Whether {@code actual} carries every member of {@code expected}: objects by subset, anything else whole. */
    private static boolean contains(JsonNode actual, JsonNode expected) {
        if (expected.isObject() && actual.isObject()) {
            for (Map.Entry<String, JsonNode> member : expected.properties()) {
                if (!actual.has(member.getKey()) || !contains(actual.get(member.getKey()), member.getValue())) {
                    return false;
                }
            }
            return true;
        }
        return actual.equals(SAME_VALUE, expected);
    }
}
