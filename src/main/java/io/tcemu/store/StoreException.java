package io.tcemu.store;

import java.net.ConnectException;
import java.sql.SQLException;

/** The store could not be reached or answered unexpectedly; never caused by a client. */
public final class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * Whether the database could not be reached (no connection, or one lost: SQLSTATE class 08, or
     * 57P, the server shutting down), rather than refusing a statement: a state that ends by itself
     * when the database is back.
     */
    public boolean unreachable() {
        for (Throwable t = getCause(); t != null; t = t.getCause()) {
            if (t instanceof ConnectException) {
                return true;
            }
            if (t instanceof SQLException s && s.getSQLState() != null
                    && (s.getSQLState().startsWith("08") || s.getSQLState().startsWith("57P"))) {
                return true;
            }
        }
        return false;
    }
}
