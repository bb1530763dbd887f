package io.tcemu.dialect.tencent;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.POJONode;
import io.tcemu.api.KeptView;
import io.tcemu.api.KeptViews;
import io.tcemu.api.Language;
import io.tcemu.dialect.Envelope;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TencentEnvelopeTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void successWrapsTheFieldsAndPutsTheRequestIdLastWithoutTouchingTheHandlersTree() throws Exception {
        ObjectNode fields = JSON.createObjectNode().put("RequestId", "from-the-handler").put("TotalCount", 2);
        fields.putArray("JobList").add(JSON.createObjectNode().put("JobId", "sync-1"));

        Envelope.Reply reply = new TencentEnvelope(JSON, Language.EN_US).success(fields, "req-1");

        JsonNode response = JSON.readTree(reply.body().bytes()).get("Response");
        assertEquals(200, reply.status());
        assertEquals(List.of("TotalCount", "JobList", "RequestId"), fieldNames(response));
        assertEquals("req-1", response.get("RequestId").asText());
        assertEquals("sync-1", response.at("/JobList/0/JobId").asText());
        assertEquals("from-the-handler", fields.get("RequestId").asText());
    }

    @Test
    void keptViewsGoIntoThePageAsTheirKeptBytesWithTheirSeparators() throws Exception {
        KeptViews<String> views = new KeptViews<>(id -> JSON.createObjectNode().put("JobId", id));
        Object shape = new Object();
        Object[] stored = {new Object(), new Object(), new Object()};
        TencentEnvelope envelope = new TencentEnvelope(JSON, Language.EN_US);

        Envelope.Reply first = envelope.success(page(views, stored, shape), "req-1");
        Envelope.Reply second = envelope.success(page(views, stored, shape), "req-2");

        assertEquals("{\"Response\":{\"TotalCount\":3,\"JobList\":[{\"JobId\":\"sync-0\",\"Tags\":[]},"
                + "{\"JobId\":\"sync-1\",\"Tags\":[]},{\"JobId\":\"sync-2\",\"Tags\":[]}],\"Empty\":[],"
                + "\"RequestId\":\"req-2\"}}", second.body().toString());
        // any view's bytes, not one's: three views sharing a pair of slots would be serialised again
        List<byte[]> firstViews = Arrays.stream(first.body().chunks())
                .filter(chunk -> new String(chunk, StandardCharsets.UTF_8).matches("\\{\"JobId\":\"sync-\\d\",\"Tags\":\\[]}"))
                .toList();
        assertEquals(3, firstViews.size(), "each view is a chunk of its own: " + first.body());
        assertTrue(Arrays.stream(second.body().chunks()).anyMatch(chunk -> firstViews.stream().anyMatch(view -> view == chunk)),
                "the second answer holds the views' kept bytes, not copies of them");
    }

    /** A handler's page of three kept views, completed as the gateway completes them. */
    private static ObjectNode page(KeptViews<String> views, Object[] stored, Object shape) {
        ObjectNode fields = JSON.createObjectNode().put("TotalCount", stored.length);
        ArrayNode list = fields.putArray("JobList");
        for (int i = 0; i < stored.length; i++) {
            JsonNode view = views.of("sync-" + i, stored[i], 1);
            ((KeptView) ((POJONode) view).getPojo()).complete(shape, node -> node.putArray("Tags"));
            list.add(view);
        }
        fields.putArray("Empty");
        return fields;
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
