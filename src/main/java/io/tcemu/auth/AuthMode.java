package io.tcemu.auth;

import io.tcemu.api.Account;

import java.util.Locale;

/** How strictly callers are authenticated. */
public enum AuthMode {
    /**
     * Known SecretId, verified signature, timestamp within 300 s of the wall clock (Alibaba: 15
     * minutes, and a SignatureNonce is refused the second time, as their gateways do).
     */
    STRICT,
    /** Any SecretId becomes its own account; only configured accounts' signatures are verified; no expiry. */
    LENIENT,
    /** No Authorization needed; a SecretId, when sent, still names the account. */
    OFF;

    /** Whether a caller's signature is checked: always in strict, only for configured accounts in lenient. */
    public boolean verifies(Account account) {
        return this == STRICT || (this == LENIENT && account.verifiable());
    }

    public static AuthMode parse(String value) {
        try {
            return valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("auth mode must be strict, lenient or off, not `" + value + "`");
        }
    }
}
