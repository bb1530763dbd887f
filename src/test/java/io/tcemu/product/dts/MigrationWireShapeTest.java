package io.tcemu.product.dts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tcemu.lifecycle.Fault;
import io.tcemu.spec.ActionSpec;
import io.tcemu.spec.ApiSpecs;
import io.tcemu.spec.MemberSpec;
import io.tcemu.spec.StructSpec;
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
            walk(spec, spec.output(), response, action + " in " + status, mismatches);
        }
    }

    private static void walk(ActionSpec spec, StructSpec struct, JsonNode node, String path, List<String> mismatches) {
        node.fields().forEachRemaining(field -> {
            MemberSpec member = struct.members().get(field.getKey());
            String where = path + "." + field.getKey();
            if (member == null) {
                mismatches.add(where + " is not a member of " + struct.name());
            } else if (member.isStructure()) {
                StructSpec inner = spec.struct(member.member());
                if (member.isList()) {
                    field.getValue().forEach(element -> walk(spec, inner, element, where + "[]", mismatches));
                } else {
                    walk(spec, inner, field.getValue(), where, mismatches);
                }
            }
        });
    }
}
