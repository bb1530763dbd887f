package io.tcemu.dialect.alibaba;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tcemu.api.ApiError;
import io.tcemu.api.Language;
import io.tcemu.dialect.Envelope.Reply;
import io.tcemu.dialect.HttpCall;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AlibabaEnvelopeTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource({
            "MissingParameter, MissingParameter, 400",
            "InvalidParameterValue, InvalidParameter, 400",
            "UnknownParameter, InvalidParameter, 400",
            "RequestSizeLimitExceeded, InvalidParameter, 400",
            "RequestLimitExceeded, Throttling.User, 400",
            "UnsupportedOperation, UnsupportedOperation, 400",
            "InternalError, InternalError, 500",
            "SignatureDoesNotMatch, SignatureDoesNotMatch, 400",
            "InvalidAccessKeyId.NotFound, InvalidAccessKeyId.NotFound, 404",
            "NoPermissions, NoPermissions, 403",
            "ServiceUnavailable, ServiceUnavailable, 503",
            "InvalidTaskId.NotFound, InvalidTaskId.NotFound, 404",
            "IncorrectApplicationStatus, IncorrectApplicationStatus, 400"})
    void answersEachCodeWithAlibabasCodeAndStatus(String raised, String code, int status) throws IOException {
        Reply reply = new AlibabaEnvelope(JSON).error(ApiError.of(raised, "what to fix"),
                new HttpCall("POST", "/", "", java.util.Map.of("host", "127.0.0.1:4580"), new byte[0]), Language.EN_US, "req-1");
        JsonNode body = JSON.readTree(reply.body().bytes());
        assertEquals(status, reply.status());
        assertEquals(code, body.get("Code").asText());
        assertEquals("what to fix", body.get("Message").asText());
        assertEquals("127.0.0.1:4580", body.get("HostId").asText());
        assertEquals("req-1", body.get("RequestId").asText());
    }
}
