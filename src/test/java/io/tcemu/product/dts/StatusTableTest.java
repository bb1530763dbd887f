package io.tcemu.product.dts;

import io.tcemu.junit.TcemuExtension;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A test of status tables against their lifecycle files: the files declare them, and the engine follows them. */
abstract class StatusTableTest {
    @RegisterExtension
    static final TcemuExtension tc = TcemuExtension.newInstance().frozenClock(true).build();

    abstract List<StatusTable> tables();

    @Test
    void theFilesDeclareTheTablesStatesAndOperations() {
        tables().forEach(StatusTable::checkFile);
    }

    @TestFactory
    Stream<DynamicTest> everyOperationFromEveryStateBehavesAsTheTableSays() {
        return tables().stream().flatMap(StatusTable::tests);
    }
}
