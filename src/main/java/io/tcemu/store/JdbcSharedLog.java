package io.tcemu.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** {@link SharedLog} in the tcemu_journal table of a PostgreSQL database (schema V3). */
final class JdbcSharedLog implements SharedLog {
    /** Old entries are trimmed once in this many appends, not on every one. */
    private static final int TRIM_EVERY = 100;

    private final Sql sql;

    JdbcSharedLog(DataSource dataSource) {
        this.sql = new Sql(dataSource, false);
    }

    @Override
    public long append(String entry, int keep) {
        return sql.read("keep a journal entry", c -> {
            long seq;
            try (PreparedStatement p = c.prepareStatement("INSERT INTO tcemu_journal (entry) VALUES (?) RETURNING seq")) {
                p.setString(1, entry);
                try (ResultSet rs = p.executeQuery()) {
                    rs.next();
                    seq = rs.getLong(1);
                }
            }
            if (seq % TRIM_EVERY == 0) {
                try (PreparedStatement p = c.prepareStatement("DELETE FROM tcemu_journal WHERE seq <= ?")) {
                    p.setLong(1, seq - keep);
                    p.executeUpdate();
                }
            }
            return seq;
        });
    }

    @Override
    public List<Entry> newest(int limit) {
        return sql.read("read the journal", c -> {
            List<Entry> entries = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement("SELECT seq, entry FROM (SELECT seq, entry FROM tcemu_journal"
                    + " ORDER BY seq DESC LIMIT ?) newest ORDER BY seq")) {
                p.setInt(1, limit);
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        entries.add(new Entry(rs.getLong(1), rs.getString(2)));
                    }
                }
            }
            return entries;
        });
    }

    @Override
    public void clear() {
        sql.read("clear the journal", c -> {
            try (Statement s = c.createStatement()) {
                s.executeUpdate("DELETE FROM tcemu_journal");
            }
            return null;
        });
    }
}
