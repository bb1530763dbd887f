package io.tcemu.dialect.alibaba;

import java.time.Instant;
import java.util.HashSet;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * The SignatureNonces used recently, so that a replayed request is refused. A nonce is forgotten
 * once its request's timestamp has left the skew window: from then on the timestamp check refuses
 * a replay anyway, and memory stays bounded by the traffic of one window.
 */
final class NonceRegistry {
    private record Use(String nonce, Instant forgetAt) {
    }

    private final Set<String> used = new HashSet<>();
    private final PriorityQueue<Use> byExpiry = new PriorityQueue<>((a, b) -> a.forgetAt().compareTo(b.forgetAt()));

    /** @return false when the nonce is still remembered, i.e. the request is a replay */
    synchronized boolean firstUse(String nonce, Instant forgetAt, Instant now) {
        while (!byExpiry.isEmpty() && !byExpiry.peek().forgetAt().isAfter(now)) {
            used.remove(byExpiry.poll().nonce());
        }
        if (!used.add(nonce)) {
            return false;
        }
        byExpiry.add(new Use(nonce, forgetAt));
        return true;
    }
}
