package io.tcemu.dialect.tencent;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Derived TC3 signing keys by secret, date and service. A day's callers use a handful of keys;
 * when the dates have moved on the table is simply emptied, so it never grows without bound.
 */
final class SigningKeys {
    private static final int MAX_KEYS = 1024;

    interface Derivation {
        byte[] derive(String secretKey, String date, String service);
    }

    private record Key(String secretKey, String date, String service) {}

    private final Derivation derivation;
    private final Map<Key, byte[]> keys = new ConcurrentHashMap<>();

    SigningKeys(Derivation derivation) {
        this.derivation = derivation;
    }

    byte[] get(String secretKey, String date, String service) {
        if (keys.size() >= MAX_KEYS) {
            keys.clear();
        }
        return keys.computeIfAbsent(new Key(secretKey, date, service), k -> derivation.derive(k.secretKey(), k.date(), k.service()));
    }
}
