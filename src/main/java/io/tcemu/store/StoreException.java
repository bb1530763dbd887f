package io.tcemu.store;

/** The store could not be reached or answered unexpectedly; never caused by a client. */
public final class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
