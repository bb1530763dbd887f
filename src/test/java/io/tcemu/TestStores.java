package io.tcemu;

/**
 * The store the SDK walkthroughs run on: H2 in memory, or, with {@code -Dtcemu.test.store=postgresql}
 * (the pom's walkthroughs-on-postgresql execution), a fresh PostgreSQL database for each emulator.
 */
public final class TestStores {
    private TestStores() {
    }

    public static EmulatorConfig ephemeral() {
        EmulatorConfig config = EmulatorConfig.ephemeral();
        if ("postgresql".equals(System.getProperty("tcemu.test.store"))) {
            config.database(TestPostgres.freshDatabase()).databaseCredentials(TestPostgres.USER, null);
        }
        return config;
    }
}
