package io.tcemu.gateway;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * RequestIds in the form of random (version 4) UUIDs, as Tencent's. They need to be unique, not
 * unguessable, so they come from a thread-local generator instead of a contended SecureRandom.
 */
final class RequestIds {
    private RequestIds() {
    }

    static String next() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & ~(0xC000L << 48)) | (0x8000L << 48);
        return new UUID(high, low).toString();
    }
}
