package io.tcemu.dialect.alibaba;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tcemu.api.ApiError;
import io.tcemu.api.Language;
import io.tcemu.dialect.AnswerBody;
import io.tcemu.dialect.Envelope;
import io.tcemu.dialect.HttpCall;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static java.util.Map.entry;

/**
 * The envelope stage for Alibaba. Success: the handler's Code, Message and Data (each action types
 * Code its own way) with the RequestId. Errors: {@code {"RequestId","HostId","Code","Message",
 * "Recommend"}} with a 4xx or 5xx status, since Alibaba's SDKs raise on nothing else.
 */
final class AlibabaEnvelope implements Envelope {
    /** Alibaba's code and HTTP status for an error's code. */
    private record Answer(String code, int status) {
    }

    /**
     * The one table of error codes. The shared stages (gateway, decoders, validator) raise the
     * codes Tencent names; this dialect and Alibaba product handlers raise Alibaba's.
     */
    private static final Map<String, Answer> ANSWERS = Map.ofEntries(
            // Tencent-named codes of the shared stages
            entry("MissingParameter", new Answer("MissingParameter", 400)),
            entry("InvalidParameter", new Answer("InvalidParameter", 400)),
            entry("InvalidParameterValue", new Answer("InvalidParameter", 400)),
            entry("UnknownParameter", new Answer("InvalidParameter", 400)),
            entry("RequestSizeLimitExceeded", new Answer("InvalidParameter", 400)),
            entry("RequestLimitExceeded", new Answer("Throttling.User", 400)),
            entry("UnsupportedOperation", new Answer("UnsupportedOperation", 400)),
            entry("InternalError", new Answer("InternalError", 500)),
            // Alibaba's own codes, with the statuses its gateways answer (reference/bpstudio.md §4)
            entry("SignatureDoesNotMatch", new Answer("SignatureDoesNotMatch", 400)),
            entry("IncompleteSignature", new Answer("IncompleteSignature", 400)),
            entry("InvalidSignatureMethod", new Answer("InvalidSignatureMethod", 400)),
            entry("InvalidAccessKeyId.NotFound", new Answer("InvalidAccessKeyId.NotFound", 404)),
            entry("InvalidSecurityToken.MismatchWithAccessKey",
                    new Answer("InvalidSecurityToken.MismatchWithAccessKey", 400)),
            entry("InvalidTimeStamp.Format", new Answer("InvalidTimeStamp.Format", 400)),
            entry("InvalidTimeStamp.Expired", new Answer("InvalidTimeStamp.Expired", 400)),
            entry("SignatureNonceUsed", new Answer("SignatureNonceUsed", 400)),
            entry("UnsupportedHTTPMethod", new Answer("UnsupportedHTTPMethod", 400)),
            entry("InvalidAction.NotFound", new Answer("InvalidAction.NotFound", 404)),
            entry("InvalidVersion", new Answer("InvalidVersion", 400)),
            entry("Throttling", new Answer("Throttling", 400)),
            entry("Throttling.User", new Answer("Throttling.User", 400)),
            entry("Forbidden.RAM", new Answer("Forbidden.RAM", 403)),
            entry("NoPermissions", new Answer("NoPermissions", 403)),
            entry("ServiceUnavailable", new Answer("ServiceUnavailable", 503)));

    private final ObjectMapper json;

    AlibabaEnvelope(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public String requestIdHeader() {
        return "x-acs-request-id";
    }

    /** Alibaba's gateways answer in English whatever the client's language. */
    @Override
    public Language fallbackLanguage(HttpCall call) {
        return Language.EN_US;
    }

    @Override
    public Reply success(ObjectNode fields, String requestId) {
        ObjectNode body = json.createObjectNode().put("RequestId", requestId);
        fields.properties().forEach(field -> {
            if (!field.getKey().equals("RequestId")) {
                body.set(field.getKey(), field.getValue());
            }
        });
        return new Reply(200, AnswerBody.of(bytes(body)));
    }

    /** Echoes the Host the client called as HostId, and answers in English like Alibaba's gateways. */
    @Override
    public Reply error(ApiError error, HttpCall call, Language language, String requestId) {
        String host = call.host();
        Answer answer = answer(error.code());
        ObjectNode body = json.createObjectNode()
                .put("RequestId", requestId)
                .put("HostId", host)
                .put("Code", answer.code())
                .put("Message", error.message(Language.EN_US))
                .put("Recommend", "https://api.aliyun.com/troubleshoot?q="
                        + URLEncoder.encode(answer.code(), StandardCharsets.UTF_8));
        return new Reply(answer.status(), AnswerBody.of(bytes(body)));
    }

    /** A code outside the table is a product's own: 404 when it says NotFound, as Alibaba's do, else 400. */
    private static Answer answer(String code) {
        return ANSWERS.getOrDefault(code, new Answer(code, code.endsWith(".NotFound") ? 404 : 400));
    }

    private byte[] bytes(ObjectNode body) {
        try {
            return json.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }
}
