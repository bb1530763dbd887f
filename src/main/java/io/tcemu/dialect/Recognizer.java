package io.tcemu.dialect;

/** Tells whether a request speaks a dialect; dialects are asked in order, and the last takes the rest. */
@FunctionalInterface
public interface Recognizer {
    boolean recognizes(HttpCall call);
}
