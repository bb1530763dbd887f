package io.tcemu.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Sequences and settings in their own tables, in portable SQL, beside a database's resources however it files them. */
final class JdbcSequencesAndSettings implements SequencesAndSettings {
    private static final String DUPLICATE_KEY = "23505";

    private final Sql sql;

    JdbcSequencesAndSettings(Sql sql) {
        this.sql = sql;
    }

    static void createTables(Statement s) throws SQLException {
        s.execute("CREATE TABLE IF NOT EXISTS tcemu_sequence ("
                + "name VARCHAR(128) NOT NULL PRIMARY KEY, "
                + "last_value BIGINT NOT NULL)");
        s.execute("CREATE TABLE IF NOT EXISTS tcemu_setting ("
                + "name VARCHAR(128) NOT NULL PRIMARY KEY, "
                + "setting_value TEXT NOT NULL)");
    }

    @Override
    public long nextNumber(String sequence) {
        // Compare-and-set like every other write, so it needs no vendor-specific sequence syntax.
        while (true) {
            Long next = sql.read("advance sequence " + sequence, c -> {
                Long last = null;
                try (PreparedStatement p = c.prepareStatement("SELECT last_value FROM tcemu_sequence WHERE name = ?")) {
                    p.setString(1, sequence);
                    try (ResultSet rs = p.executeQuery()) {
                        if (rs.next()) {
                            last = rs.getLong(1);
                        }
                    }
                }
                if (last == null) {
                    try (PreparedStatement p = c.prepareStatement("INSERT INTO tcemu_sequence (name, last_value) VALUES (?, 1)")) {
                        p.setString(1, sequence);
                        p.executeUpdate();
                        return 1L;
                    } catch (SQLException e) {
                        if (DUPLICATE_KEY.equals(e.getSQLState())) {
                            return null;
                        }
                        throw e;
                    }
                }
                try (PreparedStatement p = c.prepareStatement(
                        "UPDATE tcemu_sequence SET last_value = ? WHERE name = ? AND last_value = ?")) {
                    p.setLong(1, last + 1);
                    p.setString(2, sequence);
                    p.setLong(3, last);
                    return p.executeUpdate() == 1 ? last + 1 : null;
                }
            });
            if (next != null) {
                return next;
            }
        }
    }

    @Override
    public Optional<String> setting(String name) {
        return sql.read("read setting " + name, c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT setting_value FROM tcemu_setting WHERE name = ?")) {
                p.setString(1, name);
                try (ResultSet rs = p.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
                }
            }
        });
    }

    @Override
    public void putSetting(String name, String value) {
        sql.read("keep setting " + name, c -> {
            // update first, insert when absent: portable, unlike MERGE and ON CONFLICT
            try (PreparedStatement p = c.prepareStatement("UPDATE tcemu_setting SET setting_value = ? WHERE name = ?")) {
                p.setString(1, value);
                p.setString(2, name);
                if (p.executeUpdate() == 1) {
                    return null;
                }
            }
            try (PreparedStatement p = c.prepareStatement("INSERT INTO tcemu_setting (name, setting_value) VALUES (?, ?)")) {
                p.setString(1, name);
                p.setString(2, value);
                p.executeUpdate();
            } catch (SQLException e) {
                if (!DUPLICATE_KEY.equals(e.getSQLState())) {
                    throw e;
                }
                putSetting(name, value); // another writer inserted it first: update theirs
            }
            return null;
        });
    }

    @Override
    public Map<String, Long> sequences() {
        return sql.read("read the sequences", JdbcSequencesAndSettings::sequences);
    }

    static Map<String, Long> sequences(Connection c) throws SQLException {
        Map<String, Long> sequences = new LinkedHashMap<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT name, last_value FROM tcemu_sequence ORDER BY name")) {
            while (rs.next()) {
                sequences.put(rs.getString(1), rs.getLong(2));
            }
        }
        return sequences;
    }

    /** Puts these sequences in place of all there were, inside the caller's transaction. */
    static void replaceSequences(Connection c, Map<String, Long> sequences) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM tcemu_sequence");
        }
        try (PreparedStatement p = c.prepareStatement("INSERT INTO tcemu_sequence (name, last_value) VALUES (?, ?)")) {
            for (var sequence : sequences.entrySet()) {
                p.setString(1, sequence.getKey());
                p.setLong(2, sequence.getValue());
                p.executeUpdate();
            }
        }
    }
}
