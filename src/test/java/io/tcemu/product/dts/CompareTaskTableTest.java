package io.tcemu.product.dts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.tcemu.api.ApiError;
import io.tcemu.lifecycle.Fault;
import io.tcemu.lifecycle.LifecycleEngine;
import io.tcemu.lifecycle.ProgressionMode;
import io.tcemu.lifecycle.ProgressionSetting;
import io.tcemu.lifecycle.Resource;
import io.tcemu.junit.TcemuExtension;
import io.tcemu.store.ResourceKey;
import io.tcemu.store.Scope;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The consistency-check status table, transcribed from the API reference independently of the
 * lifecycle files: CompareTaskItem.Status's seven states, StartCompare for a created check,
 * StopCompare for a running one, ModifyCompareTask before the start (its document), renaming at
 * any time, DeleteCompareTask for success, failed and canceled (its document). Every operation is
 * driven from every state, for migration jobs' checks and sync jobs' alike: allowed gives the
 * transient and settled state, refused gives OperationDenied.OperationDeniedError and changes nothing.
 */
class CompareTaskTableTest {
    @RegisterExtension
    static final TcemuExtension tc = TcemuExtension.newInstance().frozenClock(true).build();
    private static final List<String> STATES = List.of("created", "readyRun", "running", "stopping", "success", "failed", "canceled");
    private static final String DELETED = "(deleted)";
    private static final String DENIED = "OperationDenied.OperationDeniedError";
    private static final Scope HERE = Scope.of("100000000001", "ap-guangzhou");
    private static final AtomicInteger IDS = new AtomicInteger();

    /** operation (with %s for the family's infix) | from | transient | settled | failure */
    private static final String TABLE = """
            Start%sCompare          | created                  | running  | success     | failed
            Stop%sCompare           | running                  | stopping | canceled    | -
            Modify%sCompareTask     | created                  | -        | -           | -
            Modify%sCompareTaskName | *                        | -        | -           | -
            Delete%sCompareTask     | success failed canceled  | -        | (deleted)   | -
            """;

    private record Row(String operation, List<String> from, String transientState, String settled, String failure) {
        static Row parse(String line, String infix) {
            String[] c = Arrays.stream(line.split("\\|")).map(String::trim).toArray(String[]::new);
            return new Row(c[0].formatted(infix), c[1].equals("*") ? STATES : List.of(c[1].split(" +")),
                    none(c[2]), none(c[3]), none(c[4]));
        }

        private static String none(String cell) {
            return cell.equals("-") ? null : cell;
        }
    }

    private static List<Row> rows(String infix) {
        return TABLE.lines().filter(l -> !l.isBlank()).map(l -> Row.parse(l, infix)).toList();
    }

    private static LifecycleEngine engine() {
        return tc.emulator().engine();
    }

    @Test
    void theFilesDeclareTheTablesStatesAndOperations() {
        for (var family : Map.of("dts.CompareTask", "", "dts.SyncCompareTask", "Sync").entrySet()) {
            var definition = engine().catalog().get(family.getKey());
            assertEquals(STATES, definition.dimension("Status").states(), family.getKey());
            assertEquals("created", definition.dimension("Status").initial(), family.getKey());
            assertEquals(rows(family.getValue()).stream().map(Row::operation).toList(),
                    definition.operations().stream().map(o -> o.name()).toList(), family.getKey());
        }
    }

    @TestFactory
    Stream<DynamicTest> everyOperationFromEveryStateBehavesAsTheTableSays() {
        return Stream.of("dts.CompareTask", "dts.SyncCompareTask").flatMap(lifecycle -> {
            String infix = lifecycle.equals("dts.CompareTask") ? "" : "Sync";
            return rows(infix).stream().map(row -> DynamicTest.dynamicTest(lifecycle + " " + row.operation(), () -> drive(lifecycle, row)));
        });
    }

    private void drive(String lifecycle, Row row) {
        engine().progressions().set(new ProgressionSetting(lifecycle, null, ProgressionMode.HELD, null, null));
        List<String> mismatches = new ArrayList<>();
        for (String state : STATES) {
            ResourceKey key = create(lifecycle, state);
            String context = row.operation() + " from " + state;
            if (!row.from().contains(state)) {
                ApiError refused = assertThrows(ApiError.class, () -> engine().apply(key, row.operation()), context);
                expect(DENIED.equals(refused.code()), context + ": expected " + DENIED + ", got " + refused.code(), mismatches);
                expect(engine().get(key).state("Status").equals(state), context + ": refused but changed", mismatches);
                continue;
            }
            Resource applied = engine().apply(key, row.operation());
            if (row.transientState() != null) {
                expect(row.transientState().equals(applied.state("Status")), context + ": transient " + applied.state("Status"), mismatches);
                applied = engine().release(key.id());
            }
            String expected = row.settled() == null ? state : row.settled();
            String actual = applied.deleted() ? DELETED : applied.state("Status");
            expect(expected.equals(actual), context + ": expected " + expected + ", got " + actual, mismatches);
            if (row.failure() != null) {
                ResourceKey failing = create(lifecycle, state);
                engine().faults().add(new Fault("dts", row.operation(), failing.id(), Fault.Outcome.FAIL));
                engine().apply(failing, row.operation());
                String failed = engine().release(failing.id()).state("Status");
                expect(row.failure().equals(failed), context + " with a fault: expected " + row.failure() + ", got " + failed, mismatches);
            }
        }
        assertTrue(mismatches.isEmpty(), String.join("\n", mismatches));
    }

    private static ResourceKey create(String lifecycle, String state) {
        ResourceKey key = new ResourceKey(HERE, lifecycle, "dts-table001-cmp-" + IDS.incrementAndGet());
        engine().create(key, JsonNodeFactory.instance.objectNode().put("JobId", "dts-table001"), Map.of("Status", state));
        return key;
    }

    private static void expect(boolean ok, String mismatch, List<String> mismatches) {
        if (!ok) {
            mismatches.add(mismatch);
        }
    }
}
