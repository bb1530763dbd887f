package io.tcemu.product.dts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tcemu.fidelity.ResponseWalker;
import io.tcemu.lifecycle.Fault;
import io.tcemu.spec.ActionSpec;
import io.tcemu.spec.ApiSpecs;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The describe responses carry the spec's output members and nothing else, in every phase of a
 * job, so an SDK of any language finds each field where its model expects it.
 */
class MigrationWireShapeTest extends MigrationContractTest {
    private static final ApiSpecs SPECS = ApiSpecs.load();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> DESCRIBE = List.of("DescribeMigrationJobs", "DescribeMigrationDetail",
            "DescribeMigrationCheckJob");

    @Test
    void everyDescribeResponseHasExactlyTheSpecsMembersInEveryPhase() throws Exception {
        String id = f.buy();
        List<String> mismatches = new ArrayList<>();
        conforms(id, "created", mismatches);
        f.configure(id, "fullAndIncrement");
        f.emulator().engine().faults().add(new Fault("dts", "CreateMigrateCheckJob", id, Fault.Outcome.FAIL));
        f.admin().postJson("CreateMigrateCheckJob", new DtsModule().version(), "{\"JobId\":\"" + id + "\"}");
        f.advance(4);
        conforms(id, "checking", mismatches);
        f.advance(9);
        conforms(id, "checkNotPass", mismatches);
        f.admin().postJson("SkipCheckItem", new DtsModule().version(), "{\"JobId\":\"" + id + "\",\"StepIds\":[\"OptimizeCheck\"]}");
        f.admin().postJson("StartMigrateJob", new DtsModule().version(), "{\"JobId\":\"" + id + "\"}");
        f.advance(10);
        conforms(id, "running", mismatches);
        f.emulator().engine().fail(id);
        conforms(id, "error", mismatches);
        assertTrue(mismatches.isEmpty(), String.join("\n", mismatches));
    }

    @Test
    void passwordsAndTemporaryKeysAreNeverShownBack() throws Exception {
        String id = f.buy();
        f.configure(id, "fullAndIncrement");
        JsonNode detail = JSON.readTree(f.admin().postJson("DescribeMigrationDetail", new DtsModule().version(),
                "{\"JobId\":\"" + id + "\"}").asString()).path("Response");
        JsonNode listed = JSON.readTree(f.admin().postJson("DescribeMigrationJobs", new DtsModule().version(), "{}").asString())
                .at("/Response/JobList/0");
        for (JsonNode job : List.of(detail, listed)) {
            JsonNode src = job.at("/SrcInfo/Info/0");
            assertEquals(List.of("root", "", "", ""), List.of(src.path("User").asText(), src.path("Password").asText("missing"),
                    src.path("TmpSecretKey").asText("missing"), src.path("TmpToken").asText("missing")), job.toString());
        }
    }

    private void conforms(String id, String status, List<String> mismatches) throws Exception {
        assertEquals(status, f.status(id));
        for (String action : DESCRIBE) {
            String body = action.equals("DescribeMigrationJobs") ? "{}" : "{\"JobId\":\"" + id + "\"}";
            JsonNode response = JSON.readTree(f.admin().postJson(action, new DtsModule().version(), body).asString()).path("Response");
            ActionSpec spec = SPECS.action("dts", new DtsModule().version(), action).orElseThrow();
            Set<String> missing = new TreeSet<>(spec.output().members().keySet());
            response.fieldNames().forEachRemaining(missing::remove);
            if (!missing.isEmpty()) {
                mismatches.add(action + " in " + status + " lacks " + missing);
            }
            ResponseWalker.walk(spec, response).forEach(problem -> mismatches.add(problem + " (in " + status + ")"));
        }
    }
}
