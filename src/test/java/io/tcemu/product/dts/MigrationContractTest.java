package io.tcemu.product.dts;

import io.tcemu.junit.TcemuExtension;
import org.junit.jupiter.api.extension.RegisterExtension;

/** One embedded emulator per test class, on a frozen clock, driven through the official SDK. */
abstract class MigrationContractTest {
    @RegisterExtension
    static final TcemuExtension tc = TcemuExtension.newInstance().config(MigrationSteps::withAnotherAccount)
            .frozenClock(true).resetEachTest(false).build();
    static final MigrationSteps f = new MigrationSteps(tc);
}
