package io.tcemu.dialect.alibaba;

import com.aliyun.tea.TeaException;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.tcemu.Emulator;
import io.tcemu.EmulatorConfig;
import io.tcemu.answer.UnsupportedMode;
import io.tcemu.dialect.alibaba.AlibabaSdk.Signing;
import io.tcemu.auth.Accounts;
import io.tcemu.api.ApiError;
import io.tcemu.api.ApiRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import static io.tcemu.dialect.alibaba.AlibabaSdk.BPSTUDIO;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Alibaba's official tea-openapi client against the embedded emulator, signing with V3 (its
 * default) and V2: calls reach the handler with typed parameters, and failures come back as the
 * documented codes with a 4xx status, which is what makes the SDK raise.
 */
class AlibabaSdkContractTest {
    private static Emulator emulator;
    /** The last request the stubbed actions saw. */
    private static final AtomicReference<ApiRequest> seen = new AtomicReference<>();

    @BeforeAll
    static void start() {
        emulator = Emulator.start(EmulatorConfig.ephemeral().unsupported(UnsupportedMode.ERROR)
                .override("bpstudio", BPSTUDIO, "GetFoTaskStatus", request -> {
                    seen.set(request);
                    if (!request.params().has("TaskId")) {
                        throw ApiError.of("MissingParameter", "TaskId is mandatory for this action.");
                    }
                    return JsonNodeFactory.instance.objectNode()
                            .put("Code", "200").put("Message", "OK").put("Data", "Deployed_Success");
                })
                .override("bpstudio", BPSTUDIO, "ListTagResources", request -> {
                    seen.set(request);
                    return JsonNodeFactory.instance.objectNode().put("Code", "200");
                }));
    }

    @AfterAll
    static void stop() {
        emulator.close();
    }

    @ParameterizedTest
    @EnumSource(Signing.class)
    void aCallReachesTheHandlerAndReturnsItsData(Signing signing) throws Exception {
        Map<String, Object> body = AlibabaSdk.dev(emulator, signing).bpstudio("GetFoTaskStatus", Map.of("TaskId", 2615));

        assertEquals("Deployed_Success", body.get("Data"));
        assertEquals("200", body.get("Code"), "Code as the handler typed it");
        ApiRequest request = seen.get();
        assertEquals(request.requestId(), body.get("RequestId"));
        assertEquals(Accounts.ALIBABA_DEV.id(), request.account().id());
        assertEquals(2615L, request.params().get("TaskId").longValue());
        assertTrue(request.params().get("TaskId").isIntegralNumber(), "TaskId arrives as a number: " + request.params());
    }

    @ParameterizedTest
    @EnumSource(Signing.class)
    void listsNumberedFromOneAndJsonStringsArriveAsSent(Signing signing) throws Exception {
        AlibabaSdk.dev(emulator, signing).bpstudio("ListTagResources", Map.of(
                "ResourceType", "application",
                "ResourceId", List.of("app-1", "app 2*~"),
                "Tag", List.of(Map.of("Key", "team", "Value", "数据"), Map.of("Key", "env", "Value", "dev"))));

        var params = seen.get().params();
        assertEquals("app 2*~", params.get("ResourceId").get(1).asText());
        assertEquals("数据", params.get("Tag").get(0).get("Value").asText());
        assertEquals("env", params.get("Tag").get(1).get("Key").asText());
    }

    /** Each failure a user can cause, with both signatures: the code, the 4xx status and what the message names. */
    static Stream<Arguments> failures() {
        String dev = Accounts.ALIBABA_DEV.secretId();
        String secret = Accounts.ALIBABA_DEV.secretKey();
        return Stream.of(Signing.values()).flatMap(signing -> Stream.of(
                Arguments.of(signing, dev, "not-the-dev-secret", Map.of("TaskId", 1),
                        "SignatureDoesNotMatch", 400, "server string to sign is:"),
                Arguments.of(signing, "LTAIunknown0000000000000", "whatever", Map.of("TaskId", 1),
                        "InvalidAccessKeyId.NotFound", 404, "LTAIunknown0000000000000"),
                Arguments.of(signing, dev, secret, Map.of(), "MissingParameter", 400, "TaskId")));
    }

    @ParameterizedTest(name = "{0}: {4}")
    @MethodSource("failures")
    void aFailureIsRaisedByTheSdkWithItsCodeAndStatus(Signing signing, String accessKeyId, String secret,
                                                      Map<String, ?> body, String code, int status, String named)
            throws Exception {
        AlibabaSdk sdk = AlibabaSdk.of(emulator, signing, accessKeyId, secret, null);
        TeaException error = assertThrows(TeaException.class, () -> sdk.bpstudio("GetFoTaskStatus", body));

        assertEquals(code, error.getCode());
        assertEquals(status, error.getStatusCode());
        assertTrue(error.getMessage().contains(named), error.getMessage());
    }

    @ParameterizedTest
    @EnumSource(Signing.class)
    void theSharedValidatorsErrorsGetAlibabaCodes(Signing signing) throws Exception {
        AlibabaSdk sdk = AlibabaSdk.dev(emulator, signing);
        TeaException notANumber = assertThrows(TeaException.class,
                () -> sdk.bpstudio("GetFoTaskStatus", Map.of("TaskId", "abc")));
        assertEquals("InvalidParameter", notANumber.getCode());
        assertEquals(400, notANumber.getStatusCode());
        assertTrue(notANumber.getMessage().contains("`TaskId`"), notANumber.getMessage());

        TeaException unknown = assertThrows(TeaException.class,
                () -> sdk.bpstudio("GetFoTaskStatus", Map.of("TaskId", 1, "Colour", "red")));
        assertEquals("InvalidParameter", unknown.getCode(), "strict mode refuses a member the spec does not know");

        TeaException notEmulated = assertThrows(TeaException.class,
                () -> sdk.bpstudio("GetTemplate", Map.of("TemplateId", "t-1")));
        assertEquals("UnsupportedOperation", notEmulated.getCode());
        assertTrue(notEmulated.getMessage().contains("bpstudio.GetTemplate"), notEmulated.getMessage());
    }
}
