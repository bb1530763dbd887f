package io.tcemu.product.dts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tcemu.api.ApiError;
import io.tcemu.lifecycle.Fault;
import io.tcemu.lifecycle.LifecycleDefinition;
import io.tcemu.lifecycle.LifecycleEngine;
import io.tcemu.lifecycle.Operation;
import io.tcemu.lifecycle.ProgressionMode;
import io.tcemu.lifecycle.ProgressionSetting;
import io.tcemu.lifecycle.Resource;
import io.tcemu.store.ResourceKey;
import io.tcemu.store.Scope;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/**
 * A status table transcribed from the API reference, independently of the lifecycle file it is
 * checked against. A row reads {@code operation | dimension | from (one cell per dimension, * for
 * any) | transient | settled | failure}, - for none, (deleted) for a resource that goes. Driving it
 * creates a resource in every combination of states and applies each operation (held progression):
 * where the row allows it, the transient, settled and failure states are the row's; elsewhere the
 * answer is {@code refusal} and nothing changes.
 */
final class StatusTable {
    private static final String DELETED = "(deleted)";
    private static final Scope HERE = Scope.of("100000000001", "ap-guangzhou");
    private static final AtomicInteger IDS = new AtomicInteger();

    private record Row(String operation, String dimension, Map<String, List<String>> from, String transientState,
                       String settled, String failure) {
    }

    private final LifecycleEngine engine;
    private final String lifecycle;
    private final Map<String, List<String>> dimensions;
    private final ObjectNode attributes;
    private final String refusal;
    private final List<Row> rows;

    /** {@code dimensions}: each dimension's states, in the order of the table's from cells. */
    StatusTable(LifecycleEngine engine, String lifecycle, Map<String, List<String>> dimensions, ObjectNode attributes,
                String refusal, String table) {
        this.engine = engine;
        this.lifecycle = lifecycle;
        this.dimensions = dimensions;
        this.attributes = attributes;
        this.refusal = refusal;
        this.rows = table.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).map(this::row).toList();
    }

    private Row row(String line) {
        String[] c = Arrays.stream(line.split("\\|")).map(String::trim).toArray(String[]::new);
        Map<String, List<String>> from = new LinkedHashMap<>();
        int i = 2;
        for (var dimension : dimensions.entrySet()) {
            from.put(dimension.getKey(), c[i].equals("*") ? dimension.getValue() : List.of(c[i].split(" +")));
            i++;
        }
        return new Row(c[0], c[1], from, none(c[i]), none(c[i + 1]), none(c[i + 2]));
    }

    private static String none(String cell) {
        return cell.equals("-") ? null : cell;
    }

    /** The lifecycle file declares the table's dimensions, with their states, and its operations, in order. */
    void checkFile() {
        LifecycleDefinition definition = engine.catalog().get(lifecycle);
        dimensions.forEach((name, states) -> assertEquals(states, definition.dimension(name).states(), lifecycle + " " + name));
        assertEquals(rows.stream().map(Row::operation).toList(),
                definition.operations().stream().filter(o -> !o.automatic()).map(Operation::name).toList(), lifecycle + " operations");
    }

    Stream<DynamicTest> tests() {
        return rows.stream().map(row -> DynamicTest.dynamicTest(lifecycle + " " + row.operation(), () -> drive(row)));
    }

    private void drive(Row row) {
        engine.progressions().set(new ProgressionSetting(lifecycle, null, ProgressionMode.HELD, null, null));
        List<String> mismatches = new ArrayList<>();
        for (Map<String, String> states : combinations()) {
            ResourceKey key = create(states);
            String context = row.operation() + " from " + states;
            boolean allowed = row.from().entrySet().stream().allMatch(e -> e.getValue().contains(states.get(e.getKey())));
            if (!allowed) {
                ApiError refused = assertThrows(ApiError.class, () -> engine.apply(key, row.operation()), context);
                expect(refusal.equals(refused.code()), context + ": expected " + refusal + ", got " + refused.code(), mismatches);
                expect(engine.get(key).states().equals(states), context + ": refused but changed", mismatches);
                continue;
            }
            Resource applied = engine.apply(key, row.operation());
            if (applied.pending(row.dimension()).isPresent()) {
                String shown = row.transientState() == null ? states.get(row.dimension()) : row.transientState();
                expect(shown.equals(applied.state(row.dimension())), context + ": while in flight " + applied.states(), mismatches);
                applied = engine.release(key.id());
            } else {
                expect(row.transientState() == null, context + ": settled at once, without " + row.transientState(), mismatches);
            }
            String expected = row.settled() == null ? states.get(row.dimension()) : row.settled();
            String actual = applied.deleted() ? DELETED : applied.state(row.dimension());
            expect(expected.equals(actual), context + ": expected " + expected + ", got " + actual, mismatches);
            if (row.failure() != null) {
                ResourceKey failing = create(states);
                engine.faults().add(new Fault("dts", row.operation(), failing.id(), Fault.Outcome.FAIL));
                engine.apply(failing, row.operation());
                String failed = engine.release(failing.id()).state(row.dimension());
                expect(row.failure().equals(failed), context + " with a fault: expected " + row.failure() + ", got " + failed, mismatches);
            }
        }
        assertTrue(mismatches.isEmpty(), String.join("\n", mismatches));
    }

    private List<Map<String, String>> combinations() {
        List<Map<String, String>> combinations = List.of(Map.of());
        for (var dimension : dimensions.entrySet()) {
            List<Map<String, String>> extended = new ArrayList<>();
            for (Map<String, String> c : combinations) {
                for (String state : dimension.getValue()) {
                    Map<String, String> with = new LinkedHashMap<>(c);
                    with.put(dimension.getKey(), state);
                    extended.add(with);
                }
            }
            combinations = extended;
        }
        return combinations;
    }

    private ResourceKey create(Map<String, String> states) {
        ResourceKey key = new ResourceKey(HERE, lifecycle, "table-" + IDS.incrementAndGet());
        engine.create(key, attributes.deepCopy(), states);
        return key;
    }

    private static void expect(boolean ok, String mismatch, List<String> mismatches) {
        if (!ok) {
            mismatches.add(mismatch);
        }
    }
}
