package io.tcemu.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * {@link CallWindows} in table tcemu_rate_call, so a limit holds for an account across every gateway.
 * The count and the insert are one transaction under an advisory lock on the key: two gateways
 * cannot both take the last place in a window.
 */
final class PostgresCallWindows implements CallWindows {
    private final DataSource dataSource;

    PostgresCallWindows(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public long admit(String key, long nowMillis, long windowMillis, int limit) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                long wait = admit(c, key, nowMillis, windowMillis, limit);
                c.commit();
                return wait;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("store: cannot count a call of " + key + ": " + e.getMessage(), e);
        }
    }

    private static long admit(Connection c, String key, long nowMillis, long windowMillis, int limit) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT pg_advisory_xact_lock(hashtext(?))")) {
            p.setString(1, key);
            p.execute();
        }
        try (PreparedStatement p = c.prepareStatement("DELETE FROM tcemu_rate_call WHERE call_key = ? AND at_millis <= ?")) {
            p.setString(1, key);
            p.setLong(2, nowMillis - windowMillis);
            p.executeUpdate();
        }
        try (PreparedStatement p = c.prepareStatement(
                "SELECT count(*), min(at_millis) FROM tcemu_rate_call WHERE call_key = ?")) {
            p.setString(1, key);
            try (ResultSet rs = p.executeQuery()) {
                rs.next();
                if (rs.getInt(1) >= limit) {
                    return Math.max(1, rs.getLong(2) + windowMillis - nowMillis);
                }
            }
        }
        try (PreparedStatement p = c.prepareStatement("INSERT INTO tcemu_rate_call (call_key, at_millis) VALUES (?, ?)")) {
            p.setString(1, key);
            p.setLong(2, nowMillis);
            p.executeUpdate();
        }
        return 0;
    }

    @Override
    public void clear() {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM tcemu_rate_call");
        } catch (SQLException e) {
            throw new StoreException("store: cannot forget the counted calls: " + e.getMessage(), e);
        }
    }
}
