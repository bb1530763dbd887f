package io.tcemu.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writes sharing a commit on an H2 file: one that says no or fails is undone alone, and the rest are kept. */
class GroupCommitTest {

    @Test
    void aWriteThatSaysNoOrFailsIsUndoneAloneWhileTheOthersSharingItsCommitAreKept(@TempDir Path dir) throws Exception {
        JdbcConnectionPool pool = JdbcConnectionPool.create("jdbc:h2:file:" + dir.resolve("group") + ";WRITE_DELAY=0", "sa", "");
        try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE numbers (n INT PRIMARY KEY)");
            s.execute("INSERT INTO numbers VALUES (-1)");
        }
        ExecutorService writers = Executors.newFixedThreadPool(16);
        List<Future<Boolean>> answers = new ArrayList<>();
        try (GroupCommit commits = new GroupCommit(pool)) {
            for (int i = 0; i < 300; i++) {
                int n = i;
                answers.add(writers.submit(() -> commits.write("write " + n, c -> {
                    insert(c, n);
                    if (n % 3 == 2) {
                        insert(c, -1); // taken: this write fails
                    }
                    return n % 3 == 0; // n % 3 == 1 says no after writing
                })));
            }
            for (int i = 0; i < answers.size(); i++) {
                Future<Boolean> answer = answers.get(i);
                if (i % 3 == 2) {
                    ExecutionException failed = assertThrows(ExecutionException.class, answer::get);
                    assertTrue(failed.getCause() instanceof StoreException, "write " + i + ": " + failed.getCause());
                } else {
                    assertEquals(i % 3 == 0, answer.get(), "write " + i);
                }
            }
        } finally {
            writers.shutdown();
        }
        try (Connection c = pool.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*), COUNT(CASE WHEN MOD(n, 3) = 0 THEN 1 END) FROM numbers WHERE n >= 0")) {
            rs.next();
            assertEquals(100, rs.getInt(1), "only the writes that said yes are kept");
            assertEquals(100, rs.getInt(2));
        } finally {
            pool.dispose();
        }
    }

    private static void insert(Connection c, int n) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO numbers VALUES (?)")) {
            p.setInt(1, n);
            p.executeUpdate();
        }
    }
}
