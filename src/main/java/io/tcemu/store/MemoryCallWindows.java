package io.tcemu.store;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** {@link CallWindows} of one process: a queue of call times per key. */
final class MemoryCallWindows implements CallWindows {
    private final Map<String, Deque<Long>> recentCalls = new ConcurrentHashMap<>();

    @Override
    public long admit(String key, long nowMillis, long windowMillis, int limit) {
        Deque<Long> calls = recentCalls.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (calls) {
            while (!calls.isEmpty() && calls.peekFirst() <= nowMillis - windowMillis) {
                calls.pollFirst();
            }
            if (calls.size() >= limit) {
                return Math.max(1, calls.peekFirst() + windowMillis - nowMillis);
            }
            calls.addLast(nowMillis);
            return 0;
        }
    }

    @Override
    public void clear() {
        recentCalls.clear();
    }
}
