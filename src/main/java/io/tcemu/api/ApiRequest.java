package io.tcemu.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tcemu.api.Account;

/**
 * What an action handler sees: an authenticated, routed and validated call. No HTTP in sight.
 *
 * @param params the business parameters, coerced to the spec's types
 */
public record ApiRequest(String requestId, String product, String version, String action, String region,
                         Account account, Language language, ObjectNode params) {
}
