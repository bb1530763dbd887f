package io.tcemu.product.wedata;

import io.tcemu.EmulatorConfig;
import io.tcemu.api.Language;
import static io.tcemu.product.wedata.WedataTasks.PROJECT;
import static io.tcemu.product.wedata.WedataTasks.refused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tencentcloudapi.common.exception.TencentCloudSDKException;
import com.tencentcloudapi.wedata.v20210820.models.DeleteIntegrationTaskRequest;
import com.tencentcloudapi.wedata.v20210820.models.DeleteIntegrationTaskResponse;
import io.tcemu.junit.TcemuExtension;
import io.tcemu.lifecycle.Fault;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every operation in every status, through the SDK, against seed 001's "Real-time Task Status and
 * Corresponding Allowed Operations" table, transcribed here independently of the lifecycle file.
 * The seed's rows are Initialize to Stopped and its columns Running (Start), Pause/Forced Pause,
 * Continue (Resume) and Stop; the New row, the Failure and Detection Exception rows and the Commit
 * and Delete columns are the choices the lifecycle file's notes explain. An allowed operation
 * answers success and moves the task as the cell says; a refused one answers OperationDenied
 * (Delete: Data false with DeleteFlag 100, as DeleteIntegrationTask documents) and leaves the
 * status as it was.
 */
class StatusTableTest {
    private static final String REFUSED = "-";
    private static final List<String> OPERATIONS = List.of("Commit", "Start", "Pause", "ForcedPause", "Continue", "Stop", "Delete");
    /** Cells: the Status code the task shows right after the call (2 = Operating), "gone", or "-" (refused). */
    private static final String TABLE = """
            # status | Commit | Start | Pause | ForcedPause | Continue | Stop | Delete
            0        | 1      | -     | -     | -           | -        | -    | gone
            1        | 1      | 2     | -     | -           | -        | -    | gone
            2        | -      | -     | -     | -           | -        | -    | -
            3        | 3      | -     | 2     | 2           | -        | 2    | -
            4        | 4      | -     | -     | -           | 2        | 2    | -
            6        | 6      | 2     | -     | -           | -        | -    | gone
            7        | 7      | 2     | -     | -           | -        | 2    | gone
            20       | 20     | 2     | -     | -           | -        | 2    | gone
            """;
    /**
     * Where each allowed operation settles after its 2 s in Operating, by status and operation. The
     * task in Detection Exception still names a missing resource group, so starting it again ends there again.
     */
    private static final String SETTLED = """
            1 Start 3
            3 Pause 4
            3 ForcedPause 4
            3 Stop 6
            4 Continue 3
            4 Stop 6
            6 Start 3
            7 Start 3
            7 Stop 6
            20 Start 20
            20 Stop 6
            """;

    @RegisterExtension
    static final TcemuExtension tc = TcemuExtension.newInstance().config(() -> EmulatorConfig.ephemeral().language(Language.EN_US)).frozenClock(true).resetEachTest(false).build();
    private static final WedataTasks wedata = new WedataTasks(tc);

    @TestFactory
    Stream<DynamicTest> everyOperationInEveryStatus() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String line : TABLE.lines().filter(l -> !l.startsWith("#")).toList()) {
            String[] cells = Arrays.stream(line.split("\\|")).map(String::trim).toArray(String[]::new);
            long status = Long.parseLong(cells[0]);
            for (int i = 0; i < OPERATIONS.size(); i++) {
                String operation = OPERATIONS.get(i);
                String expected = cells[i + 1];
                tests.add(DynamicTest.dynamicTest(operation + " in status " + status + " -> " + expected,
                        () -> check(status, operation, expected)));
            }
        }
        return tests.stream();
    }

    private static void check(long status, String operation, String expected) throws Exception {
        String id = taskIn(status);
        if (expected.equals(REFUSED)) {
            if (operation.equals("Delete")) {
                DeleteIntegrationTaskResponse kept = wedata.client().DeleteIntegrationTask(delete(id));
                assertFalse(kept.getData());
                assertEquals(100, kept.getDeleteFlag());
            } else {
                TencentCloudSDKException e = refused("OperationDenied", () -> apply(operation, id));
                assertTrue(e.getMessage().contains("is allowed only when"), e.getMessage());
            }
            assertEquals(status, wedata.status(id), "a refused operation leaves the task as it was");
            return;
        }
        apply(operation, id);
        if (expected.equals("gone")) {
            refused("ResourceNotFound", () -> wedata.describe(id));
            return;
        }
        assertEquals(Long.parseLong(expected), wedata.status(id));
        String settled = settled(status, operation);
        if (settled != null) {
            wedata.advanceSeconds(2);
            assertEquals(Long.parseLong(settled), wedata.status(id), "after Operating");
        }
    }

    private static String settled(long status, String operation) {
        return SETTLED.lines().map(l -> l.split(" "))
                .filter(c -> Long.parseLong(c[0]) == status && c[1].equals(operation))
                .map(c -> c[2]).findFirst().orElse(null);
    }

    /** A fresh task brought to {@code status} through the API (Failure: a fault injected into its start). */
    private static String taskIn(long status) throws Exception {
        String id = status == 20
                ? wedata.create(PROJECT, "orders-missing-group", "append", "rg-deleted")
                : wedata.create(PROJECT, "orders-" + status, "append", null);
        if (status == 0) {
            return id;
        }
        wedata.commit(id);
        if (status == 1) {
            return id;
        }
        if (status == 7) {
            wedata.emulator().engine().faults().add(new Fault("wedata", "StartIntegrationTask", id, null));
        }
        wedata.start(id);
        if (status != 2) {
            wedata.advanceSeconds(2);
        }
        if (status == 4) {
            wedata.suspend(id, "SUSPEND");
            wedata.advanceSeconds(2);
        } else if (status == 6) {
            wedata.stop(id);
            wedata.advanceSeconds(2);
        }
        assertEquals(status, wedata.status(id), "set-up");
        return id;
    }

    private static void apply(String operation, String id) throws TencentCloudSDKException {
        switch (operation) {
            case "Commit" -> wedata.commit(id);
            case "Start" -> wedata.start(id);
            case "Pause" -> wedata.suspend(id, "SUSPEND");
            case "ForcedPause" -> wedata.suspend(id, "SUSPEND_WITHOUT_SP");
            case "Continue" -> wedata.resume(id);
            case "Stop" -> wedata.stop(id);
            case "Delete" -> assertTrue(wedata.client().DeleteIntegrationTask(delete(id)).getData());
            default -> throw new IllegalArgumentException(operation);
        }
    }

    private static DeleteIntegrationTaskRequest delete(String id) {
        DeleteIntegrationTaskRequest request = new DeleteIntegrationTaskRequest();
        request.setProjectId(PROJECT);
        request.setTaskId(id);
        return request;
    }
}
