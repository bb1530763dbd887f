package io.tcemu.journal;

/** A journal verification that did not hold; an AssertionError, so every test framework reports it as a failure. */
public final class VerificationException extends AssertionError {
    public VerificationException(String message) {
        super(message);
    }
}
