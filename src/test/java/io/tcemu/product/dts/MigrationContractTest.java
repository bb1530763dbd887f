package io.tcemu.product.dts;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/** One embedded emulator per test class, driven through the official SDK. */
abstract class MigrationContractTest {
    @TempDir
    static Path tmp;
    static MigrationFixture f;

    @BeforeAll
    static void startEmulator() throws Exception {
        f = new MigrationFixture(tmp);
    }

    @AfterAll
    static void stopEmulator() {
        f.close();
    }
}
