package io.tcemu.store;

import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Where an emulator keeps its state, chosen by the {@code --db} URL: H2 in memory or in a file for
 * one process, or a PostgreSQL database that any number of gateway processes share. In PostgreSQL
 * everything gateways must agree on lives in the database (resources, history, sequences, shared
 * values, rate-limit counts) and nothing is cached, so any gateway answers any call the same way;
 * H2 keeps its resources indexed in memory, written through, as only one process uses it.
 */
public final class StoreBackend implements AutoCloseable {
    /** How long a gateway waits for PostgreSQL to accept a connection before it answers that it cannot. */
    private static final int CONNECT_TIMEOUT_SECONDS = 5;

    private final String kind;
    private final ResourceStore resources;
    private final SharedValues shared;
    private final CallWindows calls;
    private final SharedLog journal;

    private StoreBackend(String kind, ResourceStore resources, SharedValues shared, CallWindows calls, SharedLog journal) {
        this.kind = kind;
        this.resources = resources;
        this.shared = shared;
        this.calls = calls;
        this.journal = journal;
    }

    /**
     * Opens the store a {@code --db} URL names: null for H2 in memory, {@code jdbc:h2:...} or
     * {@code jdbc:postgresql://host[:port]/database} (user and password may be null).
     *
     * @throws IllegalArgumentException for a URL of no supported database, or a PostgreSQL database
     *                                  that cannot be reached or upgraded, saying what to fix
     */
    public static StoreBackend open(String url, String user, String password) {
        if (url == null) {
            return local("memory", IndexedResourceStore.inMemory());
        }
        String lower = url.toLowerCase(Locale.ROOT);
        if (lower.startsWith("jdbc:h2:")) {
            return local(lower.startsWith("jdbc:h2:mem:") ? "h2-memory" : "h2-file",
                    IndexedResourceStore.inH2(url));
        }
        if (lower.startsWith("jdbc:postgresql:")) {
            return postgres(url, user, password);
        }
        throw new IllegalArgumentException("--db must be an H2 URL (jdbc:h2:file:./tcemu-data) or a PostgreSQL one "
                + "(jdbc:postgresql://127.0.0.1:5432/tcemu), not `" + url + "`");
    }

    private static StoreBackend local(String kind, ResourceStore resources) {
        return new StoreBackend(kind, resources, SharedValues.inMemory(), CallWindows.inMemory(), null);
    }

    private static StoreBackend postgres(String url, String user, String password) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        try {
            dataSource.setURL(url);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--db " + url + " is not a PostgreSQL JDBC URL: " + e.getMessage(), e);
        }
        if (user != null) {
            dataSource.setUser(user);
        }
        if (password != null) {
            dataSource.setPassword(password);
        }
        dataSource.setConnectTimeout(CONNECT_TIMEOUT_SECONDS);
        dataSource.setApplicationName("tcemu");
        try {
            PostgresSchema.migrate(dataSource);
        } catch (SQLException e) {
            throw new IllegalArgumentException("cannot use the PostgreSQL database " + url + ": " + e.getMessage()
                    + " (check that it runs and that --db-user and --db-password, or TCEMU_DB_USER and "
                    + "TCEMU_DB_PASSWORD, name a user who may create tables in it)", e);
        }
        return shared(dataSource);
    }

    private static StoreBackend shared(DataSource dataSource) {
        return new StoreBackend("postgresql", JdbcResourceStore.migrated(dataSource), new JdbcSharedValues(dataSource),
                new PostgresCallWindows(dataSource), new JdbcSharedLog(dataSource));
    }

    /** {@code memory} (no database), {@code h2-memory}, {@code h2-file} or {@code postgresql}: what health reports. */
    public String kind() {
        return kind;
    }

    /** Whether other gateway processes may share this store, so nothing may be kept in this one. */
    public boolean sharedByGateways() {
        return kind.equals("postgresql");
    }

    /** Whether the database answers now. Blocking. */
    public boolean reachable() {
        try {
            resources.setting("tcemu.health");
            return true;
        } catch (StoreException e) {
            return false;
        }
    }

    public ResourceStore resources() {
        return resources;
    }

    public SharedValues shared() {
        return shared;
    }

    /** The journal every gateway on this store writes; empty when the store is this process's alone. */
    public Optional<SharedLog> journal() {
        return Optional.ofNullable(journal);
    }

    public CallWindows calls() {
        return calls;
    }

    @Override
    public void close() {
        resources.close();
    }
}
