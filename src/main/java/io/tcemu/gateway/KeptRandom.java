package io.tcemu.gateway;

import java.util.Random;

/**
 * java.util.Random's generator (the linear congruential one its documentation specifies), whose
 * state can be kept and resumed: a seeded API fault draws the same sequence as {@code new
 * Random(seed)}, even when its draws are spread over several gateways that keep the state in the store.
 */
final class KeptRandom extends Random {
    private static final long MULTIPLIER = 0x5DEECE66DL;
    private static final long MASK = (1L << 48) - 1;

    private long state;

    private KeptRandom(long state) {
        this.state = state;
    }

    static KeptRandom seeded(long seed) {
        return new KeptRandom((seed ^ MULTIPLIER) & MASK);
    }

    static KeptRandom resumed(long state) {
        return new KeptRandom(state);
    }

    long state() {
        return state;
    }

    @Override
    protected int next(int bits) {
        state = (state * MULTIPLIER + 0xBL) & MASK;
        return (int) (state >>> (48 - bits));
    }
}
