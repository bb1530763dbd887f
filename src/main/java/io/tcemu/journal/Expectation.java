package io.tcemu.journal;

/** How many calls matching a pattern a verification expects: from {@code min} to {@code max}, inclusive. */
public record Expectation(RequestPattern pattern, int min, int max) {

    boolean accepts(long count) {
        return count >= min && count <= max;
    }

    String describe() {
        if (min == max) {
            return "exactly " + min;
        }
        return "at least " + min;
    }
}
