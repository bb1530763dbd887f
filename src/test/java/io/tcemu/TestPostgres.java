package io.tcemu;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

/**
 * The PostgreSQL cluster tests of the shared store run against: the one {@code scripts/postgres start}
 * prints (TCEMU_TEST_PG_URL, user TCEMU_TEST_PG_USER or tcemu), which .ci/run starts. Each test takes
 * a database of its own. Without a cluster a test is skipped, saying how to get one; in CI (CI=true)
 * it fails, since a skipped shared-store test there would hide a broken setup.
 */
public final class TestPostgres {
    public static final String USER = System.getenv().getOrDefault("TCEMU_TEST_PG_USER", "tcemu");

    private TestPostgres() {
    }

    /** The JDBC URL of a new, empty database on the test cluster. */
    public static String freshDatabase() {
        String base = System.getenv("TCEMU_TEST_PG_URL");
        if (base == null || base.isBlank()) {
            String why = "no PostgreSQL for the shared-store tests: run `export $(scripts/postgres start)` first";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(why + " (.ci/run does)");
            }
            System.err.println("SKIPPED: " + why);
            assumeTrue(false, why);
        }
        String name = "tcemu_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toLowerCase(Locale.ROOT);
        try (Connection c = DriverManager.getConnection(base, USER, null); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            fail("cannot create a test database on " + base + " as " + USER + ": " + e.getMessage(), e);
        }
        URI uri = URI.create(base.substring("jdbc:".length()));
        return "jdbc:postgresql://" + uri.getAuthority() + "/" + name;
    }
}
