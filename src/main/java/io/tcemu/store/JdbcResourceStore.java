package io.tcemu.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * {@link ResourceStore} over plain JDBC. The SQL is portable (it runs on H2 and PostgreSQL):
 * one table, JSON documents as TEXT, and an optimistic version column that every update and
 * delete compares, so concurrent writers from the same version cannot both win.
 */
public final class JdbcResourceStore implements ResourceStore, WriteThrough {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String DUPLICATE_KEY = "23505";
    private static final String COLUMNS = "account, region, namespace, kind, id, version, lifecycle, attributes, due_at";
    private static final String INSERT = "INSERT INTO tcemu_resource (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String SCOPE_MATCH = "account = ? AND region = ? AND namespace = ? AND kind = ?";
    static final String KEY_MATCH = "account = ? AND region = ? AND namespace = ? AND kind = ? AND id = ?";

    private final Sql sql;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final Runnable onClose;
    private final ResourceHistory history;

    /** Uses a data source the caller owns (and closes); each write commits alone. */
    public JdbcResourceStore(DataSource dataSource) {
        this(dataSource, false, () -> {}, true);
    }

    private JdbcResourceStore(DataSource dataSource, boolean groupCommits, Runnable onClose, boolean createSchema) {
        this.sql = new Sql(dataSource, groupCommits);
        this.onClose = onClose;
        this.history = new JdbcResourceHistory(sql);
        if (createSchema) {
            createSchema();
        }
    }

    /**
     * A store on a PostgreSQL database whose tables {@link PostgresSchema} keeps; the caller owns the
     * data source. Each write commits alone: the server takes concurrent commits itself.
     */
    static JdbcResourceStore migrated(DataSource dataSource) {
        return new JdbcResourceStore(dataSource, false, () -> {}, false);
    }

    /** A private H2 database in memory, gone when the store is closed. */
    public static JdbcResourceStore inMemory() {
        return h2("jdbc:h2:mem:tcemu-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    }

    /** An H2 database at {@code url} (jdbc:h2:mem:... or jdbc:h2:file:...), with a small pool this store owns. */
    public static JdbcResourceStore h2(String url) {
        JdbcConnectionPool pool = JdbcConnectionPool.create(withSafeDefaults(url), "sa", "");
        // A file pays for each commit on disk; concurrent writes share one there.
        boolean onDisk = !url.toUpperCase(Locale.ROOT).startsWith("JDBC:H2:MEM:");
        return new JdbcResourceStore(pool, onDisk, () -> {
            // DB_CLOSE_DELAY=-1 keeps an in-memory database alive after its last connection closes.
            try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
                s.execute("SHUTDOWN");
            } catch (SQLException e) {
                throw new StoreException("cannot shut down " + url, e);
            } finally {
                pool.dispose();
            }
        }, true);
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

    private void createSchema() {
        sql.read("create the resource table", c -> {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE IF NOT EXISTS tcemu_resource ("
                        + "account VARCHAR(64) NOT NULL, "
                        + "region VARCHAR(64) NOT NULL, "
                        + "namespace VARCHAR(128) NOT NULL, "
                        + "kind VARCHAR(128) NOT NULL, "
                        + "id VARCHAR(128) NOT NULL, "
                        + "seq BIGINT GENERATED BY DEFAULT AS IDENTITY, "
                        + "version BIGINT NOT NULL, "
                        + "lifecycle TEXT NOT NULL, "
                        + "attributes TEXT NOT NULL, "
                        + "PRIMARY KEY (account, region, namespace, kind, id))");
                // Rows written before due times were kept are due on every read until they change.
                s.execute("ALTER TABLE tcemu_resource ADD COLUMN IF NOT EXISTS due_at BIGINT NOT NULL DEFAULT "
                        + StoredResource.ALWAYS_DUE);
                // The in-memory index in front of an H2 file answers lookups by id, order and due
                // time; indexes here would only add pages to every commit. Earlier files had them.
                for (String unused : List.of("tcemu_resource_by_id", "tcemu_resource_in_order", "tcemu_resource_by_due")) {
                    s.execute("DROP INDEX IF EXISTS " + unused);
                }
                s.execute("CREATE TABLE IF NOT EXISTS tcemu_sequence ("
                        + "name VARCHAR(128) NOT NULL PRIMARY KEY, "
                        + "last_value BIGINT NOT NULL)");
                s.execute("CREATE TABLE IF NOT EXISTS tcemu_setting ("
                        + "name VARCHAR(128) NOT NULL PRIMARY KEY, "
                        + "setting_value TEXT NOT NULL)");
                JdbcResourceHistory.createSchema(s);
                // H2 commits a sequence's state every time its cache runs out, which costs a whole
                // store of the file; a large cache makes that rare (a crash only skips numbers).
                s.execute("ALTER TABLE tcemu_resource ALTER COLUMN seq SET CACHE 100000");
                s.execute("ALTER TABLE tcemu_history ALTER COLUMN seq SET CACHE 100000");
            }
            return null;
        });
    }

    @Override
    public boolean insert(StoredResource r) {
        return sql.write("insert " + r.key(), c -> insertRow(c, r));
    }

    /** @return false if the key is taken */
    private static boolean insertRow(Connection c, StoredResource r) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(INSERT)) {
            bindRow(p, r);
            p.executeUpdate();
            return true;
        } catch (SQLException e) {
            if (DUPLICATE_KEY.equals(e.getSQLState())) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public Optional<StoredResource> find(ResourceKey key) {
        return sql.read("find " + key, c -> {
            try (PreparedStatement p = c.prepareStatement(
                    "SELECT " + COLUMNS + " FROM tcemu_resource WHERE " + KEY_MATCH)) {
                bindKey(p, 1, key);
                return read(p).stream().findFirst();
            }
        });
    }

    @Override
    public List<StoredResource> list(Scope scope, String kind) {
        return sql.read("list " + kind + " in " + scope, c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT " + COLUMNS + " FROM tcemu_resource"
                    + " WHERE " + SCOPE_MATCH + " ORDER BY seq")) {
                bindScope(p, scope, kind);
                return read(p);
            }
        });
    }

    @Override
    public ResourcePage query(ResourceQuery query) {
        boolean oneId = query.ids() != null && query.ids().size() == 1;
        List<StoredResource> matching = sql.read("query " + query.kind() + " in " + query.scope(), c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT " + COLUMNS + " FROM tcemu_resource WHERE "
                    + SCOPE_MATCH + (oneId ? " AND id = ?" : "") + " ORDER BY seq")) {
                int i = bindScope(p, query.scope(), query.kind());
                if (oneId) {
                    p.setString(i, query.ids().iterator().next());
                }
                return read(p);
            }
        }).stream().filter(query::matches).toList();
        return ResourcePage.of(query.sorted(matching), query);
    }

    @Override
    public List<StoredResource> due(Scope scope, String kind, long epochMilli) {
        return sql.read("list due " + kind + " in " + scope, c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT " + COLUMNS + " FROM tcemu_resource"
                    + " WHERE " + SCOPE_MATCH + " AND due_at <= ? ORDER BY seq")) {
                p.setLong(bindScope(p, scope, kind), epochMilli);
                return read(p);
            }
        });
    }

    @Override
    public List<StoredResource> findById(String id) {
        return sql.read("find id " + id, c -> {
            try (PreparedStatement p = c.prepareStatement(
                    "SELECT " + COLUMNS + " FROM tcemu_resource WHERE id = ? ORDER BY seq")) {
                p.setString(1, id);
                return read(p);
            }
        });
    }

    @Override
    public boolean update(StoredResource r, long expectedVersion) {
        return sql.write("update " + r.key(), c -> updateRow(c, r, expectedVersion));
    }

    /** @return false if the row is no longer at {@code expectedVersion} */
    private static boolean updateRow(Connection c, StoredResource r, long expectedVersion) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("UPDATE tcemu_resource"
                + " SET version = ?, lifecycle = ?, attributes = ?, due_at = ? WHERE " + KEY_MATCH + " AND version = ?")) {
            p.setLong(1, r.version());
            p.setString(2, write(r.lifecycle()));
            p.setString(3, write(r.attributes()));
            p.setLong(4, r.dueAt());
            int i = bindKey(p, 5, r.key());
            p.setLong(i, expectedVersion);
            return p.executeUpdate() == 1;
        }
    }

    @Override
    public boolean writeTogether(List<StoredWrite> writes) {
        return sql.write("write " + writes.size() + " resources together", c -> {
            for (StoredWrite w : writes) {
                boolean written = w.insert() ? insertRow(c, w.resource()) : updateRow(c, w.resource(), w.expectedVersion());
                if (!written) {
                    return false;
                }
                if (!w.history().isEmpty()) {
                    JdbcResourceHistory.insert(c, w.resource().key(), w.history());
                }
            }
            return true;
        });
    }

    @Override
    public boolean delete(ResourceKey key, long expectedVersion) {
        return sql.write("delete " + key, c -> {
            try (PreparedStatement p = c.prepareStatement(
                    "DELETE FROM tcemu_resource WHERE " + KEY_MATCH + " AND version = ?")) {
                int i = bindKey(p, 1, key);
                p.setLong(i, expectedVersion);
                return p.executeUpdate() == 1;
            }
        });
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
    public void clear() {
        sql.read("clear", c -> {
            try (Statement s = c.createStatement()) {
                s.executeUpdate("DELETE FROM tcemu_resource");
            }
            return null;
        });
    }

    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            sql.close();
            onClose.run();
        }
    }

    @Override
    public ResourceHistory history() {
        return history;
    }

    @Override
    public List<StoredResource> all() {
        return sql.read("list every resource", c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT " + COLUMNS + " FROM tcemu_resource ORDER BY seq")) {
                return read(p);
            }
        });
    }

    @Override
    public StoreContents contents() {
        return sql.read("export the store", c -> {
            List<StoredResource> rows;
            try (PreparedStatement p = c.prepareStatement("SELECT " + COLUMNS + " FROM tcemu_resource ORDER BY seq")) {
                rows = read(p);
            }
            Map<ResourceKey, List<HistoryEntry>> histories = JdbcResourceHistory.readAll(c);
            return new StoreContents(rows.stream()
                    .map(r -> new StoreContents.Item(r, histories.getOrDefault(r.key(), List.of()))).toList(), sequences(c));
        });
    }

    @Override
    public Map<ResourceKey, List<HistoryEntry>> histories() {
        return sql.read("read every history", JdbcResourceHistory::readAll);
    }

    @Override
    public Map<String, Long> sequences() {
        return sql.read("read the sequences", JdbcResourceStore::sequences);
    }

    private static Map<String, Long> sequences(Connection c) throws SQLException {
        Map<String, Long> sequences = new LinkedHashMap<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT name, last_value FROM tcemu_sequence ORDER BY name")) {
            while (rs.next()) {
                sequences.put(rs.getString(1), rs.getLong(2));
            }
        }
        return sequences;
    }

    @Override
    public void replace(StoreContents contents) {
        sql.write("load a snapshot", c -> replaceAll(c, contents));
    }

    private static boolean replaceAll(Connection c, StoreContents contents) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM tcemu_resource");
            s.executeUpdate("DELETE FROM tcemu_sequence");
            JdbcResourceHistory.deleteAll(c);
            try (PreparedStatement p = c.prepareStatement(INSERT)) {
                for (StoreContents.Item item : contents.resources()) {
                    StoredResource r = item.resource();
                    bindRow(p, r);
                    p.executeUpdate();
                    JdbcResourceHistory.insert(c, r.key(), item.history());
                }
            }
            try (PreparedStatement p = c.prepareStatement("INSERT INTO tcemu_sequence (name, last_value) VALUES (?, ?)")) {
                for (var sequence : contents.sequences().entrySet()) {
                    p.setString(1, sequence.getKey());
                    p.setLong(2, sequence.getValue());
                    p.executeUpdate();
                }
            }
        }
        return true;
    }

    static int bindKey(PreparedStatement p, int first, ResourceKey key) throws SQLException {
        int i = first;
        p.setString(i++, key.scope().account());
        p.setString(i++, key.scope().region());
        p.setString(i++, key.scope().namespace());
        p.setString(i++, key.kind());
        p.setString(i++, key.id());
        return i;
    }

    private static int bindScope(PreparedStatement p, Scope scope, String kind) throws SQLException {
        p.setString(1, scope.account());
        p.setString(2, scope.region());
        p.setString(3, scope.namespace());
        p.setString(4, kind);
        return 5;
    }

    private static void bindRow(PreparedStatement p, StoredResource r) throws SQLException {
        int i = bindKey(p, 1, r.key());
        p.setLong(i++, r.version());
        p.setString(i++, write(r.lifecycle()));
        p.setString(i++, write(r.attributes()));
        p.setLong(i, r.dueAt());
    }

    private static List<StoredResource> read(PreparedStatement p) throws SQLException {
        List<StoredResource> rows = new ArrayList<>();
        try (ResultSet rs = p.executeQuery()) {
            while (rs.next()) {
                rows.add(new StoredResource(keyOf(rs), rs.getLong("version"),
                        parse(rs.getString("lifecycle")), parse(rs.getString("attributes")), rs.getLong("due_at")));
            }
        }
        return rows;
    }

    static ResourceKey keyOf(ResultSet rs) throws SQLException {
        return new ResourceKey(new Scope(rs.getString("account"), rs.getString("region"), rs.getString("namespace")),
                rs.getString("kind"), rs.getString("id"));
    }

    private static String write(ObjectNode node) throws SQLException {
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new SQLException("cannot serialise a resource document", e);
        }
    }

    private static ObjectNode parse(String text) throws SQLException {
        try {
            return (ObjectNode) JSON.readTree(text);
        } catch (JsonProcessingException | ClassCastException e) {
            throw new SQLException("stored resource document is not a JSON object", e);
        }
    }

}
