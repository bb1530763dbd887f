package io.tcemu.dialect;

import io.tcemu.api.Account;

/**
 * Who sent a request, as authentication established it.
 *
 * @param scopeService the service named in a TC3 credential scope, or null (v1, or no signature)
 */
public record Caller(Account account, String scopeService) {
}
