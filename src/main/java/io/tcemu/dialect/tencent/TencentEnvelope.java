package io.tcemu.dialect.tencent;

import io.tcemu.api.ApiError;
import io.tcemu.api.Language;
import io.tcemu.dialect.AnswerBody;
import io.tcemu.dialect.Envelope;
import io.tcemu.dialect.HttpCall;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.util.Map;

/** The envelope stage: {@code {"Response":{…,"RequestId"}}}, for success and error alike. */
public final class TencentEnvelope implements Envelope {
    private final ObjectMapper json;
    private final ObjectWriter trees;
    private final Language fallback;

    /** @param fallback the language of an answer to a request that names none: the real API's is zh-CN */
    public TencentEnvelope(ObjectMapper json, Language fallback) {
        this.json = json;
        // a flush after each field would hand the answer over in pieces instead of in one
        this.trees = json.writer().without(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);
        this.fallback = fallback;
    }

    @Override
    public String requestIdHeader() {
        return "X-TC-RequestId";
    }

    @Override
    public Language fallbackLanguage(HttpCall call) {
        return Language.of(call.header("x-tc-language"), fallback);
    }

    /** Tencent answers HTTP 200 for errors too: the envelope's Error member is what the SDKs read. */
    @Override
    public Reply success(ObjectNode fields, String requestId) {
        // Written field by field with the RequestId last, instead of copying the handler's tree to place it.
        AnswerBytes bytes = new AnswerBytes();
        try (JsonGenerator out = json.createGenerator(bytes)) {
            out.writeStartObject();
            out.writeObjectFieldStart("Response");
            for (Map.Entry<String, JsonNode> field : fields.properties()) {
                if (!field.getKey().equals("RequestId")) {
                    out.writeFieldName(field.getKey());
                    trees.writeValue(out, field.getValue());
                }
            }
            out.writeStringField("RequestId", requestId);
            out.writeEndObject();
            out.writeEndObject();
        } catch (IOException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
        return new Reply(200, bytes.toBody());
    }

    @Override
    public Reply error(ApiError error, HttpCall call, Language language, String requestId) {
        ObjectNode response = json.createObjectNode();
        response.putObject("Error").put("Code", error.code()).put("Message", error.message(language));
        response.put("RequestId", requestId);
        return new Reply(200, AnswerBody.of(wrap(response)));
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
