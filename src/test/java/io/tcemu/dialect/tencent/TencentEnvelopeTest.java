package io.tcemu.dialect.tencent;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tcemu.api.Language;
import io.tcemu.dialect.Envelope;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TencentEnvelopeTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void successWrapsTheFieldsAndPutsTheRequestIdLastWithoutTouchingTheHandlersTree() throws Exception {
        ObjectNode fields = JSON.createObjectNode().put("RequestId", "from-the-handler").put("TotalCount", 2);
        fields.putArray("JobList").add(JSON.createObjectNode().put("JobId", "sync-1"));

        Envelope.Reply reply = new TencentEnvelope(JSON, Language.EN_US).success(fields, "req-1");

        JsonNode response = JSON.readTree(reply.body()).get("Response");
        assertEquals(200, reply.status());
        assertEquals(List.of("TotalCount", "JobList", "RequestId"), fieldNames(response));
        assertEquals("req-1", response.get("RequestId").asText());
        assertEquals("sync-1", response.at("/JobList/0/JobId").asText());
        assertEquals("from-the-handler", fields.get("RequestId").asText());
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
