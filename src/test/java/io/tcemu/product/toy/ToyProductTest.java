package io.tcemu.product.toy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tencentcloudapi.common.CommonClient;
import com.tencentcloudapi.common.CommonRequest;
import com.tencentcloudapi.common.exception.TencentCloudSDKException;
import io.tcemu.Emulator;
import io.tcemu.EmulatorConfig;
import io.tcemu.SdkClients;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * README's "Adding a product", followed to the letter: a spec folder, a lifecycle file, a module
 * and one action class, called through the real pipeline with the official SDK's CommonClient.
 */
class ToyProductTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static Emulator emulator;
    private static CommonClient toy;

    @BeforeAll
    static void start() {
        emulator = Emulator.start(EmulatorConfig.ephemeral().addProduct(new ToyModule(), "toy-specs"));
        toy = new CommonClient("toy", "2026-01-01", SdkClients.devCredential(), SdkClients.REGION,
                SdkClients.http(emulator));
    }

    @AfterAll
    static void stop() {
        emulator.close();
    }

    private static JsonNode call(String action, String params) throws Exception {
        return JSON.readTree(toy.commonRequest(new CommonRequest(params), action)).path("Response");
    }

    @Test
    void aLampWarmsUpOnTheEmulatorClockAndIsRefusedWhatItsLifecycleForbids() throws Exception {
        String id = call("CreateLamp", "{\"Name\":\"desk\"}").path("LampId").asText();
        assertTrue(id.startsWith("lamp-"), id);
        assertEquals("Off", call("DescribeLamp", "{\"LampId\":\"" + id + "\"}").path("Lamp").path("Status").asText());

        call("SwitchOnLamp", "{\"LampId\":\"" + id + "\"}");
        JsonNode lamp = call("DescribeLamp", "{\"LampId\":\"" + id + "\"}").path("Lamp");
        assertEquals("WarmingUp", lamp.path("Status").asText());
        assertEquals("desk", lamp.path("Name").asText());
        TencentCloudSDKException busy = assertThrows(TencentCloudSDKException.class,
                () -> call("SwitchOffLamp", "{\"LampId\":\"" + id + "\"}"));
        assertEquals("FailedOperation.LampBusy", busy.getErrorCode());

        emulator.engine().clock().advance(Duration.ofSeconds(2));
        assertEquals("On", call("DescribeLamp", "{\"LampId\":\"" + id + "\"}").path("Lamp").path("Status").asText());
        call("SwitchOffLamp", "{\"LampId\":\"" + id + "\"}");
        assertEquals("Off", call("DescribeLamp", "{\"LampId\":\"" + id + "\"}").path("Lamp").path("Status").asText());
    }

    @Test
    void theSpecFolderValidatesAndTheLifecycleAnswersUnknownLamps() {
        TencentCloudSDKException missing = assertThrows(TencentCloudSDKException.class, () -> call("CreateLamp", "{}"));
        assertEquals("MissingParameter", missing.getErrorCode());
        TencentCloudSDKException unknown = assertThrows(TencentCloudSDKException.class,
                () -> call("DescribeLamp", "{\"LampId\":\"lamp-nothere0\"}"));
        assertEquals("ResourceNotFound.LampNotFound", unknown.getErrorCode());
    }
}
