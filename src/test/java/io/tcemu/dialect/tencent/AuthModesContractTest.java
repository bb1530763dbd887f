package io.tcemu.dialect.tencent;

import io.tcemu.auth.Accounts;
import io.tcemu.auth.AuthMode;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.tencentcloudapi.common.Credential;
import com.tencentcloudapi.common.exception.TencentCloudSDKException;
import com.tencentcloudapi.dts.v20211206.models.DescribeMigrationJobsRequest;
import io.tcemu.Emulator;
import io.tcemu.EmulatorConfig;
import io.tcemu.RawCalls;
import io.tcemu.SdkClients;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Auth modes and configured accounts, seen through the SDK: the account id a handler gets back. */
class AuthModesContractTest {

    /** An emulator whose DescribeMigrationJobs answers with the caller's account id in JobList. */
    private static Emulator start(EmulatorConfig config) {
        return Emulator.start(config.override("dts", "2021-12-06", "DescribeMigrationJobs", request -> {
            var fields = JsonNodeFactory.instance.objectNode().put("TotalCount", 0);
            fields.putArray("JobList").addObject().put("JobId", request.account().id());
            return fields;
        }));
    }

    private static String accountSeenBy(Emulator emulator, Credential credential) throws TencentCloudSDKException {
        return SdkClients.dts(credential, SdkClients.http(emulator))
                .DescribeMigrationJobs(new DescribeMigrationJobsRequest()).getJobList()[0].getJobId();
    }

    @Test
    void lenientMakesEveryUnknownSecretIdItsOwnAccount() throws Exception {
        try (Emulator emulator = start(EmulatorConfig.ephemeral().authMode(AuthMode.LENIENT))) {
            assertEquals("AKIDalice", accountSeenBy(emulator, new Credential("AKIDalice", "any")));
            assertEquals("AKIDbob", accountSeenBy(emulator, new Credential("AKIDbob", "other")));
            assertEquals(Accounts.DEV.id(), accountSeenBy(emulator, SdkClients.devCredential()));
            TencentCloudSDKException wrong = assertThrows(TencentCloudSDKException.class,
                    () -> accountSeenBy(emulator, new Credential(Accounts.DEV.secretId(), "wrong")));
            assertEquals("AuthFailure.SignatureFailure", wrong.getErrorCode());
        }
    }

    @Test
    void offNeedsNoSignatureAtAll() {
        try (Emulator emulator = start(EmulatorConfig.ephemeral().authMode(AuthMode.OFF))) {
            new RawCalls(emulator).plain().contentType("application/json")
                    .header("X-TC-Action", "DescribeMigrationJobs").header("X-TC-Version", "2021-12-06")
                    .body("{}").post("/").then()
                    .body("Response.JobList[0].JobId", equalTo(Accounts.DEV.id()));
            new RawCalls(emulator).plain().get("/?Action=DescribeMigrationJobs&Version=2021-12-06&SecretId=AKIDcarol")
                    .then().body("Response.JobList[0].JobId", equalTo("AKIDcarol"));
            new RawCalls(emulator).plain().contentType("application/json")
                    .header("X-TC-Action", "DescribeMigrationJobs").header("X-TC-Version", "2021-12-06")
                    .body("{\"SecretId\": \"AKIDdave\"}").post("/").then()
                    .body("Response.JobList[0].JobId", equalTo("AKIDdave"));
        }
    }

    @Test
    void accountsFromAFileWithTemporaryCredentials(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("accounts.json");
        Files.writeString(file, """
                [{"secretId": "AKIDteam0000000000000000000000000001", "secretKey": "teamkey", "account": "200000000002"},
                 {"secretId": "AKIDtemp0000000000000000000000000001", "secretKey": "tempkey", "account": "200000000002",
                  "token": "session-token"}]""");
        try (Emulator emulator = start(EmulatorConfig.ephemeral().accounts(Accounts.fromFile(file)))) {
            assertEquals("200000000002", accountSeenBy(emulator,
                    new Credential("AKIDteam0000000000000000000000000001", "teamkey")));
            assertEquals("200000000002", accountSeenBy(emulator,
                    new Credential("AKIDtemp0000000000000000000000000001", "tempkey", "session-token")));
            TencentCloudSDKException badToken = assertThrows(TencentCloudSDKException.class, () -> accountSeenBy(emulator,
                    new Credential("AKIDtemp0000000000000000000000000001", "tempkey", "stale-token")));
            assertEquals("AuthFailure.TokenFailure", badToken.getErrorCode());
            assertEquals(Accounts.DEV.id(), accountSeenBy(emulator, SdkClients.devCredential()));
        }
    }

    @Test
    void aBrokenAccountsFileSaysWhatIsWrong(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("accounts.json");
        Files.writeString(file, "[{\"secretId\": \"AKIDx\"}]");
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> Accounts.fromFile(file));
        assertEquals(true, error.getMessage().contains("\"secretKey\""), error.getMessage());
    }
}
