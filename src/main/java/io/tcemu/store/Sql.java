package io.tcemu.store;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * How the JDBC store reaches its database: a read on a pooled connection; a write in a transaction
 * of its own or, for a file database, in the next {@link GroupCommit}, so concurrent writers share a
 * commit. A write returns whether it was kept: one that answers false is undone.
 */
final class Sql implements AutoCloseable {
    interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    private final DataSource dataSource;
    private final GroupCommit groups;

    /** @param grouped whether writes share commits (worth it where a commit costs a disk write) */
    Sql(DataSource dataSource, boolean grouped) {
        this.dataSource = dataSource;
        this.groups = grouped ? new GroupCommit(dataSource) : null;
    }

    <T> T read(String what, Work<T> work) {
        try (Connection c = dataSource.getConnection()) {
            return work.run(c);
        } catch (SQLException e) {
            throw new StoreException("store: cannot " + what + ": " + e.getMessage(), e);
        }
    }

    boolean write(String what, Work<Boolean> work) {
        if (groups != null) {
            return groups.write(what, work);
        }
        return read(what, c -> transaction(c, work));
    }

    /** Runs {@code work} as one transaction on {@code c}: committed if it answers true, rolled back if false or if it throws. */
    static boolean transaction(Connection c, Work<Boolean> work) throws SQLException {
        c.setAutoCommit(false);
        try {
            boolean kept = work.run(c);
            if (kept) {
                c.commit();
            } else {
                c.rollback();
            }
            return kept;
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
    }

    @Override
    public void close() {
        if (groups != null) {
            groups.close();
        }
    }
}
