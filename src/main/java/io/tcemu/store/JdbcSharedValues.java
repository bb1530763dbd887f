package io.tcemu.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Objects;
import java.util.function.UnaryOperator;
import javax.sql.DataSource;

/**
 * {@link SharedValues} in table tcemu_shared: each change is a compare-and-set on the row's
 * version, retried when another gateway wrote first, so no change is lost and none is applied twice.
 */
final class JdbcSharedValues implements SharedValues {
    private static final String DUPLICATE_KEY = "23505";

    private final DataSource dataSource;

    JdbcSharedValues(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    private record Row(long version, String value) {}

    @Override
    public String get(String name) {
        try (Connection c = dataSource.getConnection()) {
            Row row = read(c, name);
            return row == null ? null : row.value();
        } catch (SQLException e) {
            throw new StoreException("store: cannot read shared value " + name + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String update(String name, UnaryOperator<String> change) {
        try (Connection c = dataSource.getConnection()) {
            while (true) {
                Row row = read(c, name);
                String current = row == null ? null : row.value();
                String next = change.apply(current);
                if (Objects.equals(next, current)) {
                    return current;
                }
                if (row == null ? inserted(c, name, next) : replaced(c, name, row.version(), next)) {
                    return next;
                }
            }
        } catch (SQLException e) {
            throw new StoreException("store: cannot change shared value " + name + ": " + e.getMessage(), e);
        }
    }

    private static Row read(Connection c, String name) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT version, shared_value FROM tcemu_shared WHERE name = ?")) {
            p.setString(1, name);
            try (ResultSet rs = p.executeQuery()) {
                return rs.next() ? new Row(rs.getLong(1), rs.getString(2)) : null;
            }
        }
    }

    private static boolean inserted(Connection c, String name, String value) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(
                "INSERT INTO tcemu_shared (name, version, shared_value) VALUES (?, 1, ?)")) {
            p.setString(1, name);
            p.setString(2, value);
            return p.executeUpdate() == 1;
        } catch (SQLException e) {
            if (DUPLICATE_KEY.equals(e.getSQLState())) {
                return false;
            }
            throw e;
        }
    }

    private static boolean replaced(Connection c, String name, long version, String value) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(
                "UPDATE tcemu_shared SET version = ?, shared_value = ? WHERE name = ? AND version = ?")) {
            p.setLong(1, version + 1);
            p.setString(2, value);
            p.setString(3, name);
            p.setLong(4, version);
            return p.executeUpdate() == 1;
        }
    }
}
