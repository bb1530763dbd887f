package io.tcemu.dialect.alibaba;

import com.aliyun.tea.TeaException;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.tencentcloudapi.common.Credential;
import com.tencentcloudapi.dts.v20211206.models.DescribeMigrationJobsRequest;
import io.tcemu.Emulator;
import io.tcemu.EmulatorConfig;
import io.tcemu.RawCalls;
import io.tcemu.SdkClients;
import io.tcemu.dialect.alibaba.AlibabaSdk.Signing;
import io.tcemu.auth.Accounts;
import io.tcemu.auth.AuthMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static io.tcemu.dialect.alibaba.AlibabaSdk.BPSTUDIO;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Auth modes and configured accounts for Alibaba callers, seen through the account id a handler gets back. */
class AlibabaAuthModesContractTest {

    /** An emulator whose GetFoTaskStatus answers with the caller's account id as Data. */
    private static Emulator start(EmulatorConfig config) {
        return Emulator.start(config.override("bpstudio", BPSTUDIO, "GetFoTaskStatus", request ->
                JsonNodeFactory.instance.objectNode().put("Code", "200").put("Data", request.account().id())));
    }

    private static Object accountSeenBy(Emulator emulator, String accessKeyId, String secret, String token)
            throws Exception {
        return AlibabaSdk.of(emulator, Signing.V3, accessKeyId, secret, token)
                .bpstudio("GetFoTaskStatus", Map.of("TaskId", 1)).get("Data");
    }

    @Test
    void lenientMakesEveryUnknownAccessKeyItsOwnAccount() throws Exception {
        try (Emulator emulator = start(EmulatorConfig.ephemeral().authMode(AuthMode.LENIENT))) {
            assertEquals("LTAIalice", accountSeenBy(emulator, "LTAIalice", "any", null));
            assertEquals(Accounts.ALIBABA_DEV.id(), accountSeenBy(emulator, Accounts.ALIBABA_DEV.secretId(),
                    Accounts.ALIBABA_DEV.secretKey(), null));
            TeaException wrong = assertThrows(TeaException.class,
                    () -> accountSeenBy(emulator, Accounts.ALIBABA_DEV.secretId(), "wrong", null));
            assertEquals("SignatureDoesNotMatch", wrong.getCode());
        }
    }

    @Test
    void offNeedsNoSignatureAtAll() {
        try (Emulator emulator = start(EmulatorConfig.ephemeral().authMode(AuthMode.OFF))) {
            new RawCalls(emulator).plain()
                    .get("/?Action=GetFoTaskStatus&Version=" + BPSTUDIO + "&TaskId=1&AccessKeyId=LTAIcarol&Format=JSON")
                    .then().statusCode(200).body("Data", equalTo("LTAIcarol"));
            new RawCalls(emulator).plain().header("x-acs-action", "GetFoTaskStatus").header("x-acs-version", BPSTUDIO)
                    .get("/?TaskId=1").then().statusCode(200).body("Data", equalTo(Accounts.ALIBABA_DEV.id()));
        }
    }

    @Test
    void oneAccountsFileServesBothCloudsAndAlibabaTemporaryCredentials(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("accounts.json");
        Files.writeString(file, """
                [{"secretId": "LTAIteam0000000000000001", "secretKey": "teamsecret", "account": "team"},
                 {"secretId": "STS.temp000000000000001", "secretKey": "tempsecret", "account": "team", "token": "t1"}]""");
        try (Emulator emulator = start(EmulatorConfig.ephemeral().accounts(Accounts.fromFile(file))
                .override("dts", "2021-12-06", "DescribeMigrationJobs", request -> {
                    var fields = JsonNodeFactory.instance.objectNode().put("TotalCount", 0);
                    fields.putArray("JobList").addObject().put("JobId", request.account().id());
                    return fields;
                }))) {
            assertEquals("team", SdkClients.dts(new Credential("LTAIteam0000000000000001", "teamsecret"),
                    SdkClients.http(emulator)).DescribeMigrationJobs(new DescribeMigrationJobsRequest())
                    .getJobList()[0].getJobId(), "the same key through Tencent's SDK");
            for (Signing signing : Signing.values()) {
                assertEquals("team", AlibabaSdk.of(emulator, signing, "LTAIteam0000000000000001", "teamsecret", null)
                        .bpstudio("GetFoTaskStatus", Map.of("TaskId", 1)).get("Data"));
                assertEquals("team", AlibabaSdk.of(emulator, signing, "STS.temp000000000000001", "tempsecret", "t1")
                        .bpstudio("GetFoTaskStatus", Map.of("TaskId", 1)).get("Data"));
                TeaException stale = assertThrows(TeaException.class, () -> AlibabaSdk.of(emulator, signing,
                        "STS.temp000000000000001", "tempsecret", "t0").bpstudio("GetFoTaskStatus", Map.of()));
                assertEquals("InvalidSecurityToken.MismatchWithAccessKey", stale.getCode());
            }
            assertEquals(Accounts.ALIBABA_DEV.id(), accountSeenBy(emulator, Accounts.ALIBABA_DEV.secretId(),
                    Accounts.ALIBABA_DEV.secretKey(), null), "the dev account stays alongside the file's");
        }
    }
}
