package io.tcemu.gateway;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The envelope stage: {@code {"Response":{…,"RequestId"}}}, for success and error alike. */
public final class Envelope {
    private final ObjectMapper json;

    public Envelope(ObjectMapper json) {
        this.json = json;
    }

    public byte[] success(ObjectNode fields, String requestId) {
        ObjectNode response = fields.deepCopy();
        response.remove("RequestId");
        response.put("RequestId", requestId);
        return wrap(response);
    }

    public byte[] error(ApiError error, boolean chinese, String requestId) {
        ObjectNode response = json.createObjectNode();
        response.putObject("Error").put("Code", error.code()).put("Message", error.message(chinese));
        response.put("RequestId", requestId);
        return wrap(response);
    }

    private byte[] wrap(ObjectNode response) {
        ObjectNode root = json.createObjectNode();
        root.set("Response", response);
        try {
            return json.writeValueAsBytes(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }
}
