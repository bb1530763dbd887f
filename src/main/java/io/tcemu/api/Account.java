package io.tcemu.api;

/**
 * A caller's account. Resources are scoped by {@link #id()}. A temporary credential carries the
 * session token the caller must send with it.
 */
public record Account(String id, String secretId, String secretKey, String token) {

    /** An account made up on the spot for an unconfigured SecretId (lenient and off modes). */
    public static Account adHoc(String secretId) {
        return new Account(secretId, secretId, null, null);
    }

    public boolean verifiable() {
        return secretKey != null;
    }
}
