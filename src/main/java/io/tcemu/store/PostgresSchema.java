package io.tcemu.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;

/**
 * Creates and upgrades tcemu's tables in a PostgreSQL database with versioned scripts
 * ({@code postgresql/V<n>__<what>.sql} beside this class), each applied once and recorded in
 * tcemu_schema_version. The whole upgrade is one transaction under an advisory lock, and
 * PostgreSQL's DDL is transactional: gateways starting together on an empty database take turns,
 * and the later ones find the work done.
 */
final class PostgresSchema {
    /** The scripts in order; a new schema version is a new script at the end, never an edit. */
    static final List<String> MIGRATIONS = List.of("V1__tables.sql", "V2__due_times.sql", "V3__journal.sql");
    /** Any fixed number: the advisory lock only tcemu's migrations take. */
    private static final long LOCK = 0x7463656d75L;

    private PostgresSchema() {
    }

    /** @return the schema version the database is at */
    static int migrate(DataSource dataSource) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("SELECT pg_advisory_xact_lock(" + LOCK + ")");
                s.execute("CREATE TABLE IF NOT EXISTS tcemu_schema_version (version INT PRIMARY KEY, "
                        + "script VARCHAR(200) NOT NULL, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())");
                int current;
                try (ResultSet rs = s.executeQuery("SELECT coalesce(max(version), 0) FROM tcemu_schema_version")) {
                    rs.next();
                    current = rs.getInt(1);
                }
                if (current > MIGRATIONS.size()) {
                    throw new SQLException("the database's tcemu schema is at version " + current
                            + ", newer than this tcemu knows (" + MIGRATIONS.size() + "): run a newer tcemu on it");
                }
                for (int v = current + 1; v <= MIGRATIONS.size(); v++) {
                    s.execute(script(MIGRATIONS.get(v - 1)));
                    try (PreparedStatement p = c.prepareStatement(
                            "INSERT INTO tcemu_schema_version (version, script) VALUES (?, ?)")) {
                        p.setInt(1, v);
                        p.setString(2, MIGRATIONS.get(v - 1));
                        p.executeUpdate();
                    }
                }
                c.commit();
                return MIGRATIONS.size();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        }
    }

    private static String script(String name) {
        try (InputStream in = PostgresSchema.class.getResourceAsStream("postgresql/" + name)) {
            if (in == null) {
                throw new IllegalStateException("migration " + name + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read migration " + name, e);
        }
    }
}
