package io.tcemu.dialect.alibaba;

import com.aliyun.tea.TeaException;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.tencentcloudapi.dts.v20211206.models.DescribeMigrationJobsRequest;
import io.tcemu.Emulator;
import io.tcemu.EmulatorConfig;
import io.tcemu.RawCalls;
import io.tcemu.SdkClients;
import io.tcemu.dialect.alibaba.AlibabaSdk.Signing;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.tcemu.dialect.alibaba.AlibabaSdk.BPSTUDIO;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Tencent's and Alibaba's official SDKs against one emulator on one port, each reaching only its own cloud's products. */
class TwoCloudsOnOnePortContractTest {

    @Test
    void bothCloudsSdksCallTheSamePortAndNeitherReachesTheOthersProducts() throws Exception {
        try (Emulator emulator = Emulator.start(EmulatorConfig.ephemeral()
                .override("dts", "2021-12-06", "DescribeMigrationJobs", request -> {
                    var fields = JsonNodeFactory.instance.objectNode().put("TotalCount", 3);
                    fields.putArray("JobList");
                    return fields;
                })
                .override("bpstudio", BPSTUDIO, "GetFoTaskStatus", request -> JsonNodeFactory.instance.objectNode()
                        .put("Code", "200").put("Data", "Verified_Success")))) {

            assertEquals(3L, SdkClients.dts(SdkClients.devCredential(), SdkClients.http(emulator))
                    .DescribeMigrationJobs(new DescribeMigrationJobsRequest()).getTotalCount());
            for (Signing signing : Signing.values()) {
                assertEquals("Verified_Success", AlibabaSdk.dev(emulator, signing)
                        .bpstudio("GetFoTaskStatus", Map.of("TaskId", 1)).get("Data"), signing.name());
            }

            // signed for dts, as RawCalls signs: Tencent's router knows no other product with that version
            new RawCalls(emulator).postJson("GetFoTaskStatus", BPSTUDIO, "{\"TaskId\":1}").then().statusCode(200)
                    .body("Response.Error.Code", equalTo("NoSuchVersion"))
                    .body("Response.Error.Message", not(containsString("bpstudio")));
            TeaException dtsThroughAlibaba = assertThrows(TeaException.class, () -> AlibabaSdk.dev(emulator, Signing.V3)
                    .call("DescribeMigrationJobs", "2021-12-06", Map.of()));
            assertEquals("InvalidVersion", dtsThroughAlibaba.getCode());
            assertEquals(400, dtsThroughAlibaba.getStatusCode());
        }
    }
}
