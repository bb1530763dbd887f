package io.tcemu.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * The H2 database behind the in-memory index ({@code --db jdbc:h2:...}). Rows are filed under the
 * number the index gives them, and history under its row's number, so a new resource is written at
 * the end of each table and no index keyed by random ids takes a page of every commit; on a file,
 * concurrent writes share commits ({@link GroupCommit}). Only the index reads rows, all of them,
 * when it opens.
 */
final class H2WriteThrough implements WriteThrough {
    private static final String INSERT_HISTORY = "INSERT INTO " + H2Layout.HISTORY + " (" + JdbcResourceHistory.COLUMNS
            + ", row_seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final JdbcConnectionPool pool;
    private final Sql sql;
    private final JdbcSequencesAndSettings kept;
    private final AtomicBoolean closed = new AtomicBoolean();

    private H2WriteThrough(JdbcConnectionPool pool, boolean onDisk) {
        this.pool = pool;
        this.sql = new Sql(pool, onDisk);
        this.kept = new JdbcSequencesAndSettings(sql);
    }

    /** The database at {@code url} (jdbc:h2:mem:... or jdbc:h2:file:...), its tables made or brought up to date. */
    static H2WriteThrough open(String url) {
        JdbcConnectionPool pool = JdbcConnectionPool.create(withSafeDefaults(url), "sa", "");
        // A file pays for each commit on disk; concurrent writes share one there.
        H2WriteThrough store = new H2WriteThrough(pool, !url.toUpperCase(Locale.ROOT).startsWith("JDBC:H2:MEM:"));
        try {
            store.sql.read("make the tables", c -> {
                H2Layout.prepare(c);
                return null;
            });
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
        return store;
    }

    /**
     * Adds what tcemu needs from H2 unless the URL says otherwise: WRITE_DELAY=0, so a committed
     * write reaches the file before the client is answered and a killed process loses no
     * acknowledged write (H2 otherwise delays writes by up to half a second); and
     * DB_CLOSE_ON_EXIT=FALSE, so on SIGTERM H2's own shutdown hook does not close the database
     * under requests still running: tcemu closes it last, in {@link #close()}.
     */
    static String withSafeDefaults(String url) {
        String upper = url.toUpperCase(Locale.ROOT);
        StringBuilder safe = new StringBuilder(url);
        if (!upper.startsWith("JDBC:H2:MEM:") && !upper.contains(";WRITE_DELAY=")) {
            safe.append(";WRITE_DELAY=0");
        }
        if (!upper.contains(";DB_CLOSE_ON_EXIT=")) {
            safe.append(";DB_CLOSE_ON_EXIT=FALSE");
        }
        return safe.toString();
    }

    /** Closes the database behind {@code pool}: DB_CLOSE_DELAY=-1 would keep one in memory alive. */
    static void shutDown(JdbcConnectionPool pool) {
        try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
            s.execute("SHUTDOWN");
        } catch (SQLException e) {
            throw new StoreException("cannot shut down the H2 database", e);
        } finally {
            pool.dispose();
        }
    }

    @Override
    public boolean writeTogether(List<Write> writes) {
        return sql.write("write " + writes.size() + " resources together", c -> {
            for (Write w : writes) {
                StoredWrite write = w.write();
                boolean written = write.insert() ? insertRow(c, w.seq(), write.resource())
                        : updateRow(c, w.seq(), write.resource(), write.expectedVersion());
                if (!written) {
                    return false;
                }
                if (!write.history().isEmpty()) {
                    JdbcResourceHistory.insert(c, INSERT_HISTORY, w.seq(), write.resource().key(), write.history());
                }
            }
            return true;
        });
    }

    /** @return false if the number is taken */
    private static boolean insertRow(Connection c, long seq, StoredResource r) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO " + H2Layout.ROWS + " (" + JdbcResourceStore.COLUMNS
                + ", seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            int i = JdbcResourceStore.bindRow(p, r);
            p.setLong(i, seq);
            p.executeUpdate();
            return true;
        } catch (SQLException e) {
            if (JdbcResourceStore.DUPLICATE_KEY.equals(e.getSQLState())) {
                return false;
            }
            throw e;
        }
    }

    /** @return false if the row is no longer at {@code expectedVersion} */
    private static boolean updateRow(Connection c, long seq, StoredResource r, long expectedVersion) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("UPDATE " + H2Layout.ROWS
                + " SET version = ?, lifecycle = ?, attributes = ?, due_at = ? WHERE seq = ? AND version = ?")) {
            p.setLong(1, r.version());
            p.setString(2, JdbcResourceStore.write(r.lifecycle()));
            p.setString(3, JdbcResourceStore.write(r.attributes()));
            p.setLong(4, r.dueAt());
            p.setLong(5, seq);
            p.setLong(6, expectedVersion);
            return p.executeUpdate() == 1;
        }
    }

    @Override
    public boolean delete(long seq, ResourceKey key, long expectedVersion) {
        return sql.write("delete " + key, c -> {
            try (PreparedStatement row = c.prepareStatement("DELETE FROM " + H2Layout.ROWS + " WHERE seq = ? AND version = ?");
                 PreparedStatement history = c.prepareStatement("DELETE FROM " + H2Layout.HISTORY + " WHERE row_seq = ?")) {
                row.setLong(1, seq);
                row.setLong(2, expectedVersion);
                if (row.executeUpdate() != 1) {
                    return false;
                }
                history.setLong(1, seq);
                history.executeUpdate();
                return true;
            }
        });
    }

    @Override
    public List<NumberedRow> all() {
        return sql.read("read every resource", c -> {
            List<NumberedRow> rows = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement("SELECT seq, " + JdbcResourceStore.COLUMNS + " FROM " + H2Layout.ROWS + " ORDER BY seq");
                 ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    rows.add(new NumberedRow(rs.getLong("seq"), JdbcResourceStore.rowOf(rs)));
                }
            }
            return rows;
        });
    }

    @Override
    public SequencesAndSettings kept() {
        return kept;
    }

    @Override
    public List<HistoryEntry> history(long seq, ResourceKey key) {
        return sql.read("read the history of " + key, c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT " + JdbcResourceHistory.COLUMNS + " FROM "
                    + H2Layout.HISTORY + " WHERE row_seq = ? ORDER BY seq")) {
                p.setLong(1, seq);
                return JdbcResourceHistory.read(p).getOrDefault(key, List.of());
            }
        });
    }

    @Override
    public void clearHistory() {
        sql.read("clear the history", c -> deleteAll(c, H2Layout.HISTORY));
    }

    @Override
    public Map<ResourceKey, List<HistoryEntry>> histories() {
        return sql.read("read every history", c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT " + JdbcResourceHistory.COLUMNS + " FROM "
                    + H2Layout.HISTORY + " ORDER BY seq")) {
                return JdbcResourceHistory.read(p);
            }
        });
    }

    @Override
    public void replace(StoreContents contents) {
        sql.write("load a snapshot", c -> {
            deleteAll(c, H2Layout.ROWS);
            deleteAll(c, H2Layout.HISTORY);
            long seq = 0;
            for (StoreContents.Item item : contents.resources()) {
                insertRow(c, ++seq, item.resource());
                JdbcResourceHistory.insert(c, INSERT_HISTORY, seq, item.resource().key(), item.history());
            }
            JdbcSequencesAndSettings.replaceSequences(c, contents.sequences());
            return true;
        });
    }

    @Override
    public void clear() {
        sql.read("clear", c -> deleteAll(c, H2Layout.ROWS));
    }

    private static Void deleteAll(Connection c, String table) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM " + table);
        }
        return null;
    }

    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            sql.close();
            shutDown(pool);
        }
    }
}
