package io.tcemu.gateway;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tcemu.auth.Account;

/**
 * What an action handler sees: an authenticated, routed and validated call. No HTTP in sight.
 *
 * @param params the business parameters, coerced to the spec's types
 */
public record ApiRequest(String requestId, String product, String version, String action, String region,
                         Account account, boolean chinese, ObjectNode params) {
}
