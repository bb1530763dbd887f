package io.tcemu.store;

import io.tcemu.TestPostgres;

/** The store contract of {@link JdbcResourceStoreTest}, held by the shared store on a real PostgreSQL server. */
class PostgresResourceStoreTest extends JdbcResourceStoreTest {
    @Override
    ResourceStore open() {
        return StoreBackend.open(TestPostgres.freshDatabase(), TestPostgres.USER, null).resources();
    }
}
