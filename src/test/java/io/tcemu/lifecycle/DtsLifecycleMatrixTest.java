package io.tcemu.lifecycle;

import static io.tcemu.lifecycle.EngineFixture.HERE;
import static io.tcemu.lifecycle.EngineFixture.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tcemu.api.ApiError;
import io.tcemu.store.ResourceKey;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The DTS status tables, transcribed here from seed 003 (API table) and seed 000 (console page)
 * independently of the lifecycle files, with the same resolutions of their gaps and conflicts
 * (each explained in the file's note), and the sync job's modify-objects flow (OptObjStatus) from
 * task-apis.md A.3. The test first checks that the files say what the table
 * says, then drives the engine through every (Status, TradeStatus, operation) combination (and,
 * for operations with attribute conditions, two attribute profiles): allowed gives the documented
 * transient and settled state; not allowed gives the documented error and leaves the job untouched.
 */
class DtsLifecycleMatrixTest {
    private static final String ANY = "*";
    private static final String NONE = "-";
    private static final String DELETED = "(deleted)";

    /** A table row: one way an operation can go. {@code extra} holds the from cells of the table's extra dimensions. */
    private record Row(String operation, String dimension, String status, String trade, Map<String, String> extra,
                       String where, String transientState, String settled, String failure, String error, String notFound) {

        static Row parse(String line, List<String> extraDimensions) {
            String[] c = Arrays.stream(line.split("\\|")).map(String::trim).toArray(String[]::new);
            Map<String, String> extra = new LinkedHashMap<>();
            for (int i = 0; i < extraDimensions.size(); i++) {
                extra.put(extraDimensions.get(i), c[4 + i]);
            }
            int n = 4 + extraDimensions.size();
            return new Row(c[0], c[1], c[2], c[3], extra, c[n], nullIfNone(c[n + 1]), nullIfNone(c[n + 2]),
                    nullIfNone(c[n + 3]), c[n + 4], c[n + 5]);
        }

        /** The from cell of a dimension. */
        String from(String dimension) {
            return switch (dimension) {
                case "Status" -> status;
                case "TradeStatus" -> trade;
                default -> extra.get(dimension);
            };
        }

        boolean startsFrom(Map<String, String> states, ObjectNode attributes) {
            return states.entrySet().stream().allMatch(e -> allows(from(e.getKey()), e.getValue()))
                    && whereMap().entrySet().stream()
                    .allMatch(e -> Objects.equals(e.getValue().get(0), Attributes.text(attributes, e.getKey())));
        }

        Map<String, List<String>> whereMap() {
            if (where.equals(NONE)) {
                return Map.of();
            }
            Map<String, List<String>> conditions = new LinkedHashMap<>();
            for (String condition : where.split(",")) {
                String[] kv = condition.split("=");
                conditions.put(kv[0], List.of(kv[1]));
            }
            return conditions;
        }

        private static boolean allows(String cell, String state) {
            return cell.equals(ANY) || List.of(cell.split(" +")).contains(state);
        }

        private static String nullIfNone(String cell) {
            return cell.equals(NONE) ? null : cell;
        }
    }

    /**
     * A status table. Status and TradeStatus are driven through all their states for every
     * operation; an extra dimension (states listed initial first) only for the operations that
     * name or move it, and held at its initial state for the others.
     */
    private record Table(String lifecycle, List<String> statuses, List<String> tradeStatuses,
                         Map<String, List<String>> extraDimensions, List<ObjectNode> profiles, List<Row> rows) {

        static Table of(String lifecycle, String statuses, String tradeStatuses, Map<String, String> extraDimensions,
                        List<ObjectNode> profiles, String rows) {
            Map<String, List<String>> extra = new LinkedHashMap<>();
            extraDimensions.forEach((name, states) -> extra.put(name, words(states)));
            List<String> extraNames = List.copyOf(extra.keySet());
            return new Table(lifecycle, words(statuses), words(tradeStatuses), extra, profiles,
                    rows.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> Row.parse(l, extraNames)).toList());
        }

        static Table of(String lifecycle, String statuses, String tradeStatuses, List<ObjectNode> profiles, String rows) {
            return of(lifecycle, statuses, tradeStatuses, Map.of(), profiles, rows);
        }

        private static List<String> words(String text) {
            return List.of(text.trim().split("\\s+"));
        }

        List<String> operations() {
            return rows.stream().map(Row::operation).distinct().toList();
        }

        List<Row> rowsOf(String operation) {
            return rows.stream().filter(r -> r.operation().equals(operation)).toList();
        }

        /** Every profile for an operation with attribute conditions; the first alone suffices for the rest. */
        List<ObjectNode> profilesFor(String operation) {
            boolean conditional = rowsOf(operation).stream().anyMatch(r -> !r.whereMap().isEmpty());
            return conditional ? profiles : profiles.subList(0, 1);
        }

        /** Every combination of states the operation is driven from. */
        List<Map<String, String>> stateCombinations(String operation) {
            List<Map<String, String>> combinations = new ArrayList<>();
            for (String status : statuses) {
                for (String trade : tradeStatuses) {
                    combinations.add(Map.of("Status", status, "TradeStatus", trade));
                }
            }
            for (var extra : extraDimensions.entrySet()) {
                String name = extra.getKey();
                boolean driven = rowsOf(operation).stream().anyMatch(r -> r.dimension().equals(name) || !r.from(name).equals(ANY));
                List<String> states = driven ? extra.getValue() : extra.getValue().subList(0, 1);
                List<Map<String, String>> extended = new ArrayList<>();
                for (Map<String, String> c : combinations) {
                    for (String state : states) {
                        Map<String, String> with = new LinkedHashMap<>(c);
                        with.put(name, state);
                        extended.add(with);
                    }
                }
                combinations = extended;
            }
            return combinations;
        }

        List<String> dimensionNames() {
            List<String> names = new ArrayList<>(List.of("Status", "TradeStatus"));
            names.addAll(extraDimensions.keySet());
            return names;
        }
    }

    // Status and TradeStatus enums: task-apis.md A.2; the seed tables name a subset of them.
    private static final Table SYNC = Table.of("dts.SyncJob",
            "UnInitialized Initialized Checking CheckPass CheckNotPass ReadyRunning Running Pausing Paused Stopping"
                    + " Stopped ResumableErr Resuming Failed Released Resetting Unknown",
            "Normal Resizing Renewing Isolating Isolated Offlining Offlined NotBilled Recovering PostPay2Prepaying PrePay2Postpaying",
            Map.of("OptObjStatus", "Normal Initialized Checking CheckPass CheckNotPass Modifying"),
            List.of(json("{'PayMode':'PostPay','AutoRenew':0,'ResumedBy':'ResumeSyncJob'}"),
                    json("{'PayMode':'PrePay','AutoRenew':0,'ExpireTime':'2099-01-01 00:00:00'}"),
                    json("{'PayMode':'PostPay','AutoRenew':0,'ResumedBy':'ContinueSyncJob'}")),
            """
            # operation              | dimension    | Status from                                       | TradeStatus from | OptObjStatus from                         | where           | transient    | settled       | failure      | error                                          | not found
            # seed 003 UnInitialized/CheckPass/CheckNotPass: configure; seed 000 adds Initialized, not for free tasks' ... (free table allows it)
            ConfigureSyncJob         | Status       | UnInitialized Initialized CheckPass CheckNotPass  | Normal NotBilled | *                                         | -               | -            | Initialized   | -            | OperationDenied.OperationDeniedError           | ResourceNotFound.ResourceNotFoundError
            # verify: seed 003 CheckPass/CheckNotPass, seed 000 also Initialized; Checking → CheckPass, or CheckNotPass on failure
            CreateCheckSyncJob       | Status       | Initialized CheckPass CheckNotPass                | Normal NotBilled | *                                         | -               | Checking     | CheckPass     | CheckNotPass | UnsupportedOperation.UnsupportedOperationError | ResourceNotFound.ResourceNotFoundError
            # skip failed check items after a check did not pass; attributes only, the next check shows them skipped
            SkipSyncCheckItem        | Status       | CheckNotPass                                      | Normal NotBilled | *                                         | -               | -            | -             | -            | OperationDenied.OperationDeniedError           | ResourceNotFound.ResourceNotFoundError
            # start only after a passed check; Preparing (ReadyRunning)
            StartSyncJob             | Status       | CheckPass                                         | Normal NotBilled | *                                         | -               | ReadyRunning | Running       | Failed       | OperationDenied.OperationDeniedError           | ResourceNotFound.ResourceNotFoundError
            # stop: seed 003 ReadyRunning, Running, ResumableErr; seed 000 Running, Task error, Retrying, Paused
            StopSyncJob              | Status       | ReadyRunning Running ResumableErr Resuming Paused | Normal NotBilled | *                                         | -               | Stopping     | Stopped       | -            | FailedOperation                                | ResourceNotFound.ResourceNotFoundError
            # seed 000: pause while Running; Pausing → Paused
            PauseSyncJob             | Status       | Running                                           | Normal NotBilled | *                                         | -               | Pausing      | Paused        | -            | OperationDenied.OperationDeniedError           | ResourceNotFound.ResourceNotFoundError
            # seed 000: resume a Paused task; Resuming → Running
            ContinueSyncJob          | Status       | Paused                                            | Normal NotBilled | *                                         | -               | Resuming     | Running       | -            | OperationDenied.OperationDeniedError           | ResourceNotFound.ResourceNotFoundError
            # seed 003: retry from Task error; Retrying (Resuming); a failed retry → Task failed
            ResumeSyncJob            | Status       | ResumableErr                                      | Normal NotBilled | *                                         | -               | Resuming     | Running       | Failed       | FailedOperation                                | ResourceNotFound
            # seed 000: Reset in Stopped (billable table only); Resetting → Uninitialized
            ResetSyncJob             | Status       | Stopped                                           | Normal           | *                                         | -               | Resetting    | UnInitialized | -            | OperationDenied.OperationDeniedError           | ResourceNotFound.ResourceNotFoundError
            # seed 000: Modify Sync Configuration while Running (billable table only); (re)starts the modify flow
            ModifySyncJobConfig      | OptObjStatus | Running                                           | Normal           | Normal Initialized CheckPass CheckNotPass | -               | -            | Initialized   | -            | OperationDenied.OperationDeniedError           | ResourceNotFound
            # A.3: check the modification, then start it once the check passed; the flow states are the emulator's (only Normal is documented)
            CreateModifyCheckSyncJob | OptObjStatus | Running                                           | Normal           | Initialized CheckPass CheckNotPass        | -               | Checking     | CheckPass     | CheckNotPass | OperationDenied.OperationDeniedError           | ResourceNotFound.ResourceNotFoundError
            StartModifySyncJob       | OptObjStatus | Running                                           | Normal           | CheckPass                                 | -               | Modifying    | Normal        | -            | FailedOperation                                | ResourceNotFound.ResourceNotFoundError
            # limitRate is among a Running job's Actions
            ModifySyncRateLimit      | Status       | Running                                           | Normal NotBilled | *                                         | -               | -            | -             | -            | FailedOperation                                | ResourceNotFound.ResourceNotFoundError
            # createCmpTask is among AllActions; the seeds say when only for migrations (running), so the same here
            CreateSyncCompareTask    | Status       | Running                                           | Normal NotBilled | *                                         | -               | -            | -             | -            | OperationDenied.OperationDeniedError           | ResourceNotFound.ResourceNotFoundError
            # Terminate/Return in every status; a free (non-billed) task is deleted outright
            IsolateSyncJob           | TradeStatus  | *                                                 | Normal           | *                                         | -               | Isolating    | Isolated      | -            | OperationDenied.OperationDeniedError           | ResourceNotFound.ResourceNotFoundError
            # the free table's Delete passes through Deleting (TradeStatus Offlining)
            IsolateSyncJob           | TradeStatus  | *                                                 | NotBilled        | *                                         | -               | Offlining    | (deleted)     | -            | OperationDenied.OperationDeniedError           | ResourceNotFound.ResourceNotFoundError
            # Deisolate/Resume: isolated PostPay jobs
            RecoverSyncJob           | TradeStatus  | *                                                 | Isolated         | *                                         | PayMode=PostPay | Recovering   | Normal        | -            | OperationDenied.OperationDeniedError           | ResourceNotFound.ResourceNotFoundError
            # delete: isolated only; the job disappears
            DestroySyncJob           | TradeStatus  | *                                                 | Isolated         | *                                         | -               | Offlining    | (deleted)     | -            | FailedOperation                                | ResourceNotFound
            # adjust specification: seed 003's "all above status" (not Pausing, Paused, Resetting, nor Resuming after a pause), PostPay only
            ResizeSyncJob            | TradeStatus  | UnInitialized Initialized Checking CheckPass CheckNotPass ReadyRunning Running Stopping Stopped ResumableErr Failed | Normal | * | PayMode=PostPay | Resizing | Normal | - | UnsupportedOperation.UnsupportedOperationError | ResourceNotFound
            ResizeSyncJob            | TradeStatus  | Resuming                                          | Normal           | *                                         | PayMode=PostPay,ResumedBy=ResumeSyncJob | Resizing | Normal | - | UnsupportedOperation.UnsupportedOperationError | ResourceNotFound
            """);

    private static final Table MIGRATION = Table.of("dts.MigrateJob",
            "creating created checking checkPass checkNotPass readyRun running readyComplete success failed stopping"
                    + " completing pausing manualPaused resumableErr resuming unknown error canceled",
            "normal resizing reversing isolating isolated offlining offlined notBilled",
            List.of(json("{'TradeInfo':{'PayType':'postpay','IsolateReason':'user_isolate'},'SrcInfo':{'DatabaseType':'mysql'},'ConfiguredByModifyMigrationJob':true}"),
                    json("{'TradeInfo':{'PayType':'prepay','ExpireTime':'2099-01-01 00:00:00'},'SrcInfo':{'DatabaseType':'redis'},'ConfiguredByModifyMigrationJob':true}")),
            """
            # operation                   | dimension   | Status from                                              | TradeStatus from | where                                | transient  | settled      | failure      | error                                | not found
            # seed 003: configure in created, checkPass, checkNotPass; a modification needs a new check
            ModifyMigrationJob            | Status      | created checkPass checkNotPass                           | normal notBilled | -                                    | -          | created      | -            | OperationDenied.OperationDeniedError | ResourceNotFound.ResourceNotFoundError
            # verify in checkPass, checkNotPass, and after configuring (still created)
            CreateMigrateCheckJob         | Status      | created checkPass checkNotPass                           | normal notBilled | ConfiguredByModifyMigrationJob=true  | checking   | checkPass    | checkNotPass | OperationDenied.OperationDeniedError | ResourceNotFound.JobNotExist
            # the SkipCheckItem example: skipping the failed items of a failed check passes it
            SkipCheckItem                 | Status      | checkNotPass                                             | normal notBilled | -                                    | -          | checkPass    | -            | OperationDenied.OperationDeniedError | ResourceNotFound.ResourceNotFoundError
            # seed 003: start after a passed check; Preparing (readyRun)
            StartMigrateJob               | Status      | checkPass                                                | normal notBilled | -                                    | readyRun   | running      | error        | FailedOperation.StatusInConflict     | ResourceNotFound.JobNotExist
            # seed 003: readyRun, running, readyComplete, error; the action adds paused and unknown
            StopMigrateJob                | Status      | readyRun running readyComplete error manualPaused unknown | normal notBilled | -                                   | stopping   | canceled     | -            | FailedOperation.StatusInConflict     | ResourceNotFound.JobNotExist
            # seed 003: complete from Prepared (readyComplete)
            CompleteMigrateJob            | Status      | readyComplete                                            | normal notBilled | -                                    | completing | success      | -            | FailedOperation.StatusInConflict     | ResourceNotFound.JobNotExist
            PauseMigrateJob               | Status      | running                                                  | normal notBilled | -                                    | pausing    | manualPaused | -            | OperationDenied.OperationDeniedError | ResourceNotFound.ResourceNotFoundError
            ContinueMigrateJob            | Status      | manualPaused                                             | normal notBilled | -                                    | resuming   | running      | -            | OperationDenied.OperationDeniedError | ResourceNotFound.ResourceNotFoundError
            # seed 003: retry from Task error; from Task failed only for Redis
            ResumeMigrateJob              | Status      | error resumableErr                                       | normal notBilled | -                                    | resuming   | running      | failed       | OperationDenied.OperationDeniedError | ResourceNotFound.JobNotExist
            ResumeMigrateJob              | Status      | failed                                                   | normal notBilled | SrcInfo.DatabaseType=redis           | resuming   | running      | failed       | OperationDenied.OperationDeniedError | ResourceNotFound.JobNotExist
            ModifyMigrateRateLimit        | Status      | running                                                  | normal notBilled | -                                    | -          | -            | -            | FailedOperation.StatusInConflict     | ResourceNotFound.ResourceNotFoundError
            # seed 003: create data consistency check task while running and Prepared (readyComplete)
            CreateCompareTask             | Status      | running readyComplete                                    | normal notBilled | -                                    | -          | -            | -            | OperationDenied.OperationDeniedError | ResourceNotFound.ResourceNotFoundError
            ModifyMigrateName             | Status      | *                                                        | *                | -                                    | -          | -            | -            | OperationDenied.OperationDeniedError | ResourceNotFound.JobNotExist
            ModifyMigrateRuntimeAttribute | Status      | *                                                        | *                | -                                    | -          | -            | -            | OperationDenied.OperationDeniedError | ResourceNotFound.ResourceNotFoundError
            # seed 003: isolate in all statuses; non-billed jobs are deleted
            IsolateMigrateJob             | TradeStatus | *                                                        | normal           | -                                    | isolating  | isolated     | -            | OperationDenied.OperationDeniedError | ResourceNotFound.ResourceNotFoundError
            IsolateMigrateJob             | TradeStatus | *                                                        | notBilled        | -                                    | -          | (deleted)    | -            | OperationDenied.OperationDeniedError | ResourceNotFound.ResourceNotFoundError
            # seed 003 isolated row: deisolate (manual isolation only), delete
            RecoverMigrateJob             | TradeStatus | *                                                        | isolated         | TradeInfo.IsolateReason=user_isolate | -          | normal       | -            | FailedOperation                      | ResourceNotFound.ResourceNotFoundError
            DestroyMigrateJob             | TradeStatus | *                                                        | isolated         | -                                    | offlining  | (deleted)    | -            | OperationDenied.OperationDeniedError | ResourceNotFound.ResourceNotFoundError
            # seed 003: adjust specification in all statuses; postpaid, billing normal
            ModifyMigrateJobSpec          | TradeStatus | *                                                        | normal           | TradeInfo.PayType=postpay            | resizing   | normal       | -            | OperationDenied.OperationDeniedError | ResourceNotFound.ResourceNotFoundError
            """);

    private static final EngineFixture F = new EngineFixture();
    private static final AtomicInteger IDS = new AtomicInteger();

    @AfterAll
    static void close() {
        F.close();
    }

    @Test
    void lifecycleFilesSayWhatTheSeedTablesSay() {
        for (Table table : List.of(SYNC, MIGRATION)) {
            LifecycleDefinition d = EngineFixture.CATALOG.get(table.lifecycle());
            assertEquals(table.dimensionNames(), d.dimensionNames(), table.lifecycle() + " dimensions");
            assertEquals(Set.copyOf(table.statuses()), Set.copyOf(d.dimension("Status").states()), table.lifecycle() + " Status");
            assertEquals(Set.copyOf(table.tradeStatuses()), Set.copyOf(d.dimension("TradeStatus").states()), table.lifecycle() + " TradeStatus");
            table.extraDimensions().forEach((name, states) -> {
                assertEquals(Set.copyOf(states), Set.copyOf(d.dimension(name).states()), table.lifecycle() + " " + name);
                assertEquals(states.get(0), d.dimension(name).initial(), table.lifecycle() + " " + name + " initial");
            });
            List<String> apiOperations = d.operations().stream().filter(o -> !o.automatic()).map(Operation::name).toList();
            assertEquals(table.operations(), apiOperations, table.lifecycle() + " operations");
            for (String name : apiOperations) {
                Operation op = d.operation(name).orElseThrow();
                List<Row> rows = table.rowsOf(name);
                assertEquals(rows.size(), op.transitions().size(), name + " transitions");
                for (int i = 0; i < rows.size(); i++) {
                    Row row = rows.get(i);
                    Transition t = op.transitions().get(i);
                    String where = name + " transition " + i;
                    assertEquals(row.dimension(), op.dimension(), where + " dimension");
                    for (String dimension : table.dimensionNames()) {
                        assertEquals(row.from(dimension), cell(t.from().get(dimension)), where + " " + dimension + " from");
                    }
                    assertEquals(row.whereMap(), t.where(), where + " where");
                    assertEquals(row.transientState(), t.transientState(), where + " transient");
                    assertEquals(row.settled(), t.deletes() ? DELETED : t.settled(), where + " settled");
                    assertEquals(row.failure(), t.failure(), where + " failure");
                    assertEquals(row.error(), op.error(), where + " error");
                    assertEquals(row.notFound(), d.notFoundError(op), where + " not found");
                }
            }
        }
    }

    private static String cell(List<String> states) {
        return states == null ? ANY : String.join(" ", states);
    }

    @TestFactory
    Stream<DynamicTest> everyStatusAndOperationPairBehavesAsTheTableSays() {
        // Held progression shows each transient state until the test releases it; the clock is
        // frozen, so automatic runs and timed rules stay where they are.
        F.progression(ProgressionMode.HELD);
        F.engine.progressions().set(new ProgressionSetting("dts.MigrateJob", "FullMigration", ProgressionMode.TIME, null, null));
        return Stream.of(SYNC, MIGRATION).flatMap(table -> table.operations().stream()
                .map(op -> DynamicTest.dynamicTest(table.lifecycle() + " " + op, () -> drive(table, op))));
    }

    private void drive(Table table, String operation) {
        List<String> mismatches = new ArrayList<>();
        String missing = "missing-" + IDS.incrementAndGet();
        expectRefusal(() -> F.engine.apply(key(table, missing), operation), table.rowsOf(operation).get(0).notFound(),
                operation + " on a missing job", mismatches);
        for (Map<String, String> states : table.stateCombinations(operation)) {
            for (ObjectNode profile : table.profilesFor(operation)) {
                Row row = table.rowsOf(operation).stream().filter(r -> r.startsFrom(states, profile)).findFirst().orElse(null);
                String context = operation + " from " + states + ", attributes " + profile;
                if (row == null) {
                    checkRefused(table, operation, states, profile, context, mismatches);
                } else {
                    checkAccepted(table, row, states, profile, context, mismatches);
                    if (row.failure() != null) {
                        checkFailure(table, row, states, profile, context, mismatches);
                    }
                }
            }
        }
        assertTrue(mismatches.isEmpty(), mismatches.size() + " mismatches, e.g.:\n" + String.join("\n", mismatches.stream().limit(15).toList()));
    }

    private static ResourceKey key(Table table, String id) {
        return new ResourceKey(HERE, table.lifecycle(), id);
    }

    private static Resource create(Table table, Map<String, String> states, ObjectNode profile) {
        String id = "job-" + IDS.incrementAndGet();
        return F.engine.create(key(table, id), profile, states);
    }

    private void checkRefused(Table table, String operation, Map<String, String> states, ObjectNode profile,
                              String context, List<String> mismatches) {
        Resource before = create(table, states, profile);
        expectRefusal(() -> F.engine.apply(before.key(), operation, a -> a.put("touchedBy", operation)),
                table.rowsOf(operation).get(0).error(), context, mismatches);
        Resource after = F.engine.get(before.key());
        expect(before.version() == after.version() && before.states().equals(after.states())
                        && !after.attributes().has("touchedBy"),
                context + ": refused but the job changed to " + after.states(), mismatches);
    }

    private void checkAccepted(Table table, Row row, Map<String, String> states, ObjectNode profile,
                               String context, List<String> mismatches) {
        Resource before = create(table, states, profile);
        Resource applied;
        try {
            applied = F.engine.apply(before.key(), row.operation(), a -> a.put("touchedBy", row.operation()));
        } catch (ApiError e) {
            mismatches.add(context + ": expected success, got " + e.code() + " " + e.getMessage());
            return;
        }
        if (row.transientState() != null) {
            expect(row.transientState().equals(applied.state(row.dimension())),
                    context + ": expected transient " + row.transientState() + ", got " + applied.states(), mismatches);
            applied = F.engine.release(before.id());
        }
        if (DELETED.equals(row.settled())) {
            expect(applied.deleted(), context + ": expected the job deleted, got " + applied.states(), mismatches);
            expectRefusal(() -> F.engine.get(before.key()), EngineFixture.CATALOG.get(table.lifecycle()).notFoundError(),
                    context + ": deleted job read back", mismatches);
            return;
        }
        Resource after = F.engine.get(before.key());
        Map<String, String> expected = new LinkedHashMap<>(before.states());
        if (row.settled() != null) {
            expected.put(row.dimension(), row.settled());
        }
        expect(expected.equals(after.states()), context + ": expected " + expected + ", got " + after.states(), mismatches);
        expect(row.operation().equals(after.attributes().path("touchedBy").asText()),
                context + ": the attribute change was lost", mismatches);
    }

    private void checkFailure(Table table, Row row, Map<String, String> states, ObjectNode profile,
                              String context, List<String> mismatches) {
        Resource job = create(table, states, profile);
        F.engine.faults().add(new Fault("dts", row.operation(), job.id(), Fault.Outcome.FAIL));
        F.engine.apply(job.key(), row.operation());
        Resource failed = F.engine.release(job.id());
        expect(row.failure().equals(failed.state(row.dimension())),
                context + " with a fault: expected " + row.failure() + ", got " + failed.states(), mismatches);
    }

    private static void expectRefusal(Runnable call, String code, String context, List<String> mismatches) {
        try {
            call.run();
            mismatches.add(context + ": expected " + code + ", but it succeeded");
        } catch (ApiError e) {
            expect(Objects.equals(code, e.code()), context + ": expected " + code + ", got " + e.code(), mismatches);
        }
    }

    private static void expect(boolean ok, String mismatch, List<String> mismatches) {
        if (!ok) {
            mismatches.add(mismatch);
        }
    }
}
