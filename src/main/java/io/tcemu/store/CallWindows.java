package io.tcemu.store;

/**
 * The recent calls of each key (an account's calls of one action), for a rate limit counted over a
 * sliding window. Blocking.
 */
public interface CallWindows {

    /**
     * Counts a call at {@code nowMillis} if fewer than {@code limit} calls of {@code key} fall within
     * the {@code windowMillis} before it.
     *
     * @return 0 when the call was counted; else the milliseconds until the oldest call leaves the window
     */
    long admit(String key, long nowMillis, long windowMillis, int limit);

    /** Forgets every counted call. */
    void clear();

    /** Windows of this process only. */
    static CallWindows inMemory() {
        return new MemoryCallWindows();
    }
}
