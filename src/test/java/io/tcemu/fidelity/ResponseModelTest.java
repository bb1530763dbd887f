package io.tcemu.fidelity;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.tencentcloudapi.dts.v20211206.models.DescribeSyncJobsRequest;
import io.tcemu.Emulator;
import io.tcemu.EmulatorConfig;
import io.tcemu.SdkClients;
import io.tcemu.api.ApiError;
import io.tcemu.spec.ActionSpec;
import io.tcemu.spec.ApiSpecs;
import io.tcemu.spec.RequiredOutputs;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The response walker, the completion of outputRequired members, and the recorder that applies the walker to every SDK call. */
class ResponseModelTest {
    private static final ActionSpec SYNC_JOBS = ApiSpecs.load().action("dts", "2021-12-06", "DescribeSyncJobs").orElseThrow();
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theWalkerNamesUnknownMembersWrongTypesAndMissingRequiredOnes() throws Exception {
        ObjectNode response = (ObjectNode) JSON.readTree("""
                {"TotalCount": "1", "RequestId": "r", "Extra": true,
                 "JobList": [{"JobId": "sync-1", "Tags": {}}]}""");

        List<String> problems = ResponseWalker.walk(SYNC_JOBS, response);

        assertTrue(problems.contains("DescribeSyncJobs.TotalCount: expected uint64, got \"1\""), problems.toString());
        assertTrue(problems.contains("DescribeSyncJobs.Extra: not a member of DescribeSyncJobsResponse"), problems.toString());
        assertTrue(problems.contains("DescribeSyncJobs.JobList[0].Tags: expected a list, got {}"), problems.toString());
        assertTrue(problems.contains("DescribeSyncJobs.JobList[0].SrcInfo: always present in the model (outputRequired), but missing"),
                problems.toString());
    }

    @Test
    void requiredMembersAreCompletedAtEveryDepthAndGivenValuesKept() throws Exception {
        ObjectNode response = (ObjectNode) JSON.readTree("""
                {"TotalCount": 1, "JobList": [{"JobId": "sync-1", "SrcInfo": {"Port": 3306}}]}""");

        RequiredOutputs.fill(SYNC_JOBS, response);

        assertEquals(List.of(), ResponseWalker.walk(SYNC_JOBS, response.put("RequestId", "r")));
        assertEquals("sync-1", response.at("/JobList/0/JobId").asText());
        assertEquals(3306, response.at("/JobList/0/SrcInfo/Port").asInt());
        assertEquals("", response.at("/JobList/0/SrcInfo/Password").asText("missing"));
        assertTrue(response.at("/JobList/0/Tags").isArray());
        assertTrue(response.at("/JobList/0/Options/RateLimitOption").isObject(), "a nested structure is created, completed");
    }

    @Test
    void theRecorderFailsTheCallThatReceivedAWrongAnswerOrAnUndocumentedCode() {
        try (Emulator emulator = Emulator.start(EmulatorConfig.ephemeral()
                .override("dts", "2021-12-06", "DescribeSyncJobs", request -> {
                    if (request.params().has("JobId")) {
                        throw ApiError.of("FailedOperation.StatusInConflict", "not documented for DescribeSyncJobs");
                    }
                    return JsonNodeFactory.instance.objectNode().put("TotalCount", -1);
                }))) {
            var dts = SdkClients.dts(SdkClients.devCredential(), SdkClients.http(emulator));

            AssertionError wrong = assertThrows(AssertionError.class, () -> dts.DescribeSyncJobs(new DescribeSyncJobsRequest()));
            assertTrue(wrong.getMessage().contains("dts.DescribeSyncJobs answered what its output model does not say")
                    && wrong.getMessage().contains("DescribeSyncJobs.TotalCount: expected uint64, got -1"), wrong.getMessage());

            DescribeSyncJobsRequest one = new DescribeSyncJobsRequest();
            one.setJobId("sync-1");
            AssertionError undocumented = assertThrows(AssertionError.class, () -> dts.DescribeSyncJobs(one));
            assertTrue(undocumented.getMessage().contains("dts.DescribeSyncJobs answered FailedOperation.StatusInConflict"),
                    undocumented.getMessage());
        }
    }
}
