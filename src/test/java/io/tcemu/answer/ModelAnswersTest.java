package io.tcemu.answer;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tcemu.api.AnswerKind;
import io.tcemu.api.Answerer;
import io.tcemu.api.ApiRequest;
import io.tcemu.api.Language;
import io.tcemu.auth.Accounts;
import io.tcemu.spec.ApiSpecs;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class ModelAnswersTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ModelAnswers ANSWERS = new ModelAnswers(ApiSpecs.load());
    private static final String REDIS = "2018-04-12";

    private static ObjectNode answer(Answerer answerer, String action, String params) throws Exception {
        return answerer.handler().handle(new ApiRequest("r-1", "redis", REDIS, action, "ap-guangzhou",
                Accounts.DEV, Language.EN_US, (ObjectNode) JSON.readTree(params)));
    }

    @Test
    void anActionWithAnExampleAnswersItAndOneWithoutIsSynthesized() throws Exception {
        Answerer example = ANSWERS.answerer("redis", REDIS, "DescribeInstanceBackups").orElseThrow();
        assertEquals(AnswerKind.EXAMPLE, example.kind());
        assertEquals(ApiSpecs.load().action("redis", REDIS, "DescribeInstanceBackups").orElseThrow().example().orElseThrow()
                .get("TotalCount"), answer(example, "DescribeInstanceBackups", "{\"InstanceId\": \"crs-1\"}").get("TotalCount"));

        assertEquals(AnswerKind.SYNTHESIZED, ANSWERS.answerer("bpstudio", "2021-09-31", "GetTemplate").orElseThrow().kind());
        assertFalse(ANSWERS.answerer("redis", REDIS, "NoSuchAction").isPresent());
    }

    @Test
    void synthesizedMembersAreTheSameForTheSameParametersInAnyOrder() throws Exception {
        // the example of DescribeBackupUrl lacks DownloadUrl, which its model requires
        Answerer backupUrl = ANSWERS.answerer("redis", REDIS, "DescribeBackupUrl").orElseThrow();
        ObjectNode first = answer(backupUrl, "DescribeBackupUrl", "{\"InstanceId\": \"crs-1\", \"BackupId\": \"b-1\"}");
        ObjectNode reordered = answer(backupUrl, "DescribeBackupUrl", "{\"BackupId\": \"b-1\", \"InstanceId\": \"crs-1\"}");
        ObjectNode other = answer(backupUrl, "DescribeBackupUrl", "{\"InstanceId\": \"crs-1\", \"BackupId\": \"b-2\"}");

        assertEquals(first, reordered);
        assertEquals(1, first.get("DownloadUrl").size(), first.toString());
        assertNotEquals(first.get("DownloadUrl"), other.get("DownloadUrl"));
    }
}
