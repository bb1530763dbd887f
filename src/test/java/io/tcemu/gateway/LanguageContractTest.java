package io.tcemu.gateway;

import com.tencentcloudapi.common.profile.ClientProfile;
import com.tencentcloudapi.dts.v20211206.models.DescribeSyncJobsRequest;
import io.tcemu.Emulator;
import io.tcemu.EmulatorConfig;
import io.tcemu.SdkClients;
import io.tcemu.api.Language;
import org.junit.jupiter.api.Test;

import static io.tcemu.SdkClients.refused;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The Java SDK sends no Language unless told to, and the real API then answers in Chinese; the
 * emulator does the same, and answers in English when configured so or when the client asks.
 */
class LanguageContractTest {
    private static final String CHINESE = "Limit 取值范围为 1 到 100，当前为 0。";
    private static final String ENGLISH = "Limit must be between 1 and 100, not 0.";

    @Test
    void chineseByDefaultEnglishWhenTheClientAsks() throws Exception {
        try (Emulator emulator = Emulator.start(EmulatorConfig.ephemeral())) {
            assertEquals(CHINESE, message(emulator, null));
            assertEquals(ENGLISH, message(emulator, com.tencentcloudapi.common.profile.Language.EN_US));
        }
    }

    @Test
    void englishWhenConfiguredChineseWhenTheClientAsks() throws Exception {
        try (Emulator emulator = Emulator.start(EmulatorConfig.ephemeral().language(Language.EN_US))) {
            assertEquals(ENGLISH, message(emulator, null));
            assertEquals(CHINESE, message(emulator, com.tencentcloudapi.common.profile.Language.ZH_CN));
        }
    }

    /** The message of a refused DescribeSyncJobs (Limit 0), in the language the client asks for, if any. */
    private static String message(Emulator emulator, com.tencentcloudapi.common.profile.Language language) {
        ClientProfile profile = SdkClients.http(emulator);
        if (language != null) {
            profile.setLanguage(language);
        }
        DescribeSyncJobsRequest request = new DescribeSyncJobsRequest();
        request.setLimit(0L);
        return refused("InvalidParameterValue.InvalidParameterValueError",
                () -> SdkClients.dts(SdkClients.devCredential(), profile).DescribeSyncJobs(request)).getMessage();
    }
}
