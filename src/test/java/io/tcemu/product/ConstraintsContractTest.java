package io.tcemu.product;

import com.tencentcloudapi.common.CommonClient;
import com.tencentcloudapi.common.CommonRequest;
import com.tencentcloudapi.common.profile.ClientProfile;
import com.tencentcloudapi.common.profile.Language;
import io.tcemu.SdkClients;
import io.tcemu.junit.TcemuExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The enums and ranges of api-specs/&lt;product&gt;/&lt;version&gt;/constraints.json, as a caller
 * meets them through the SDK: the code the action documents, and a message naming the parameter
 * (with its list index) and what it takes. They are checked with the request, before any resource
 * is looked up, so the ids here need not exist.
 */
class ConstraintsContractTest {
    private static final String DTS_INVALID = "InvalidParameterValue.InvalidParameterValueError";
    private static final String SYNC_JOB = "{\"PayMode\":\"%s\",\"SrcDatabaseType\":\"mysql\",\"SrcRegion\":\"ap-guangzhou\","
            + "\"DstDatabaseType\":\"mysql\",\"DstRegion\":\"ap-guangzhou\",\"Count\":%d}";

    @RegisterExtension
    static final TcemuExtension tc = TcemuExtension.newInstance().build();

    @Test
    void dtsRefusesAValueOutsideADocumentedEnum() {
        assertEquals("PayMode must be one of [PrePay, PostPay], not `Monthly`.",
                refusal("dts", "2021-12-06", "CreateSyncJob", DTS_INVALID, SYNC_JOB.formatted("Monthly", 1), Language.EN_US));
    }

    @Test
    void dtsRefusesANumberOutsideADocumentedRangeInBothLanguages() {
        String purchase = SYNC_JOB.formatted("PostPay", 11);
        assertEquals("Count must be between 1 and 10, not 11.",
                refusal("dts", "2021-12-06", "CreateSyncJob", DTS_INVALID, purchase, Language.EN_US));
        assertEquals("Count 取值范围为 1 到 10，当前为 11。",
                refusal("dts", "2021-12-06", "CreateSyncJob", DTS_INVALID, purchase, Language.ZH_CN));
    }

    @Test
    void dtsRefusesAPageBeyondItsLimitBeforeLookingTheCheckUp() {
        assertEquals("DifferenceLimit must be between 1 and 100, not 101.", refusal("dts", "2021-12-06", "DescribeCompareReport",
                DTS_INVALID, "{\"JobId\":\"dts-nosuchjob\",\"CompareTaskId\":\"dts-nosuchjob-cmp-00000000\",\"DifferenceLimit\":101}",
                Language.EN_US));
    }

    @Test
    void redisRefusesABackupKeptLongerOrShorterThanTheDocumentedRange() {
        assertEquals("StorageDays must be between 0 and 1825, not 1826.", refusal("redis", "2018-04-12", "ManualBackupInstance",
                "InvalidParameter.InvalidParameter", "{\"InstanceId\":\"crs-nosuch\",\"StorageDays\":1826}", Language.EN_US));
        assertEquals("StorageDays must be between 0 and 1825, not -1.", refusal("redis", "2018-04-12", "ManualBackupInstance",
                "InvalidParameter.InvalidParameter", "{\"InstanceId\":\"crs-nosuch\",\"StorageDays\":-1}", Language.EN_US));
    }

    @Test
    void redisRefusesAnIntegerOutsideADocumentedEnumAndAFilterOutsideItsOwn() {
        assertEquals("BillingMode must be one of [0, 1], not `2`.", refusal("redis", "2018-04-12", "CreateInstances",
                "InvalidParameterValue", "{\"TypeId\":15,\"MemSize\":1024,\"GoodsNum\":1,\"Period\":1,\"BillingMode\":2}", Language.EN_US));
        assertEquals("LogFilter.0.Compare must be one of [INC, EXC, EQS, NEQ, RA], not `LIKE`.", refusal("redis", "2018-04-12",
                "CreateExportTask", "InvalidParameterValue", "{\"InstanceId\":\"crs-nosuch\",\"LogType\":\"auditLog\","
                        + "\"StartTime\":\"2026-01-01 00:00:00\",\"EndTime\":\"2026-01-01 01:00:00\","
                        + "\"LogFilter\":[{\"Type\":\"UserName\",\"Compare\":\"LIKE\",\"Value\":\"a\"}]}", Language.EN_US));
    }

    @Test
    void dtsRefusesAMigrationSettingOutsideItsEnumBeforeLookingTheJobUp() {
        assertEquals("CompleteMode must be one of [waitForSync, immediately], not `now`.", refusal("dts", "2021-12-06",
                "CompleteMigrateJob", DTS_INVALID, "{\"JobId\":\"dts-nosuchjob\",\"CompleteMode\":\"now\"}", Language.EN_US));
        assertEquals("NewInstanceClass must be one of [micro, small, medium, large, xlarge, 2xlarge], not `huge`.", refusal("dts",
                "2021-12-06", "ModifyMigrateJobSpec", DTS_INVALID, "{\"JobId\":\"dts-nosuchjob\",\"NewInstanceClass\":\"huge\"}",
                Language.EN_US));
    }

    @Test
    void dtsRefusesAPartitionCountOutsideItsEnumInsideKafkaConfig() {
        assertEquals("KafkaConfig.NumberOfPartitions must be one of [1, 4, 8], not `2`.", refusal("dts", "2021-12-06",
                "ConfigureSubscribeJob", DTS_INVALID, "{\"SubscribeId\":\"subs-nosuch\",\"SubscribeMode\":\"all\","
                        + "\"AccessType\":\"cvm\",\"Endpoints\":[{\"DatabaseRegion\":\"ap-guangzhou\",\"User\":\"u\",\"Password\":\"p\"}],"
                        + "\"KafkaConfig\":{\"NumberOfPartitions\":2}}", Language.EN_US));
    }

    @Test
    void dtsRefusesRetryMinutesBeyondTheRangeAndInsideItsGap() {
        String configuration = "{\"JobId\":\"dts-nosuchjob\",\"RunMode\":\"immediate\",\"AutoRetryTimeRangeMinutes\":%d,"
                + "\"MigrateOption\":{\"DatabaseTable\":{\"ObjectMode\":\"all\"}},"
                + "\"SrcInfo\":{\"Region\":\"ap-guangzhou\",\"AccessType\":\"cdb\",\"DatabaseType\":\"mysql\",\"NodeType\":\"simple\",\"Info\":[{}]},"
                + "\"DstInfo\":{\"Region\":\"ap-guangzhou\",\"AccessType\":\"cdb\",\"DatabaseType\":\"mysql\",\"NodeType\":\"simple\",\"Info\":[{}]}}";
        assertEquals("AutoRetryTimeRangeMinutes must be between 0 and 720, not 721.", refusal("dts", "2021-12-06",
                "ModifyMigrationJob", DTS_INVALID, configuration.formatted(721), Language.EN_US));
        assertEquals("AutoRetryTimeRangeMinutes must be 0 (no retry) or between 5 and 720, not 3.", refusal("dts", "2021-12-06",
                "ModifyMigrationJob", DTS_INVALID, configuration.formatted(3), Language.EN_US));
    }

    @Test
    void redisRefusesValuesOutsideTheEnumsAndRangesOfItsSettings() {
        assertEquals("Recycle must be one of [0, 1, 2, 3, 7, 15], not `5`.", refusal("redis", "2018-04-12", "ModifyNetworkConfig",
                "InvalidParameter", "{\"InstanceId\":\"crs-nosuch\",\"Operation\":\"changeVip\",\"Vip\":\"10.0.0.9\",\"Recycle\":5}",
                Language.EN_US));
        assertEquals("VPort must be between 1024 and 65535, not 80.", refusal("redis", "2018-04-12", "ModifyNetworkConfig",
                "InvalidParameterValue", "{\"InstanceId\":\"crs-nosuch\",\"Operation\":\"changeVPort\",\"VPort\":80}", Language.EN_US));
        assertEquals("WeekDays.1 must be one of [Monday, Tuesday, Wednesday, Thursday, Friday, Saturday, Sunday], not `Funday`.",
                refusal("redis", "2018-04-12", "ModifyAutoBackupConfig", "InvalidParameterValue.WeekDaysIsInvalid",
                        "{\"InstanceId\":\"crs-nosuch\",\"WeekDays\":[\"Monday\",\"Funday\"],\"TimePeriod\":\"00:00-01:00\"}",
                        Language.EN_US));
        assertEquals("GoodsNum must be between 1 and 100, not 101.", refusal("redis", "2018-04-12", "CreateInstances",
                "LimitExceeded.InvalidParameterGoodsNumNotInRange", "{\"TypeId\":15,\"MemSize\":1024,\"GoodsNum\":101,\"Period\":1,"
                        + "\"BillingMode\":0}", Language.EN_US));
        assertEquals("SwitchOption must be one of [1, 2], not `3`.", refusal("redis", "2018-04-12", "UpgradeInstanceVersion",
                "InvalidParameterValue", "{\"InstanceId\":\"crs-nosuch\",\"TargetInstanceType\":\"8\",\"SwitchOption\":3}",
                Language.EN_US));
    }

    @Test
    void wedataRefusesANumberOutsideADocumentedRange() {
        assertEquals("CommitType must be between 0 and 4, not 5.", refusal("wedata", "2021-08-20", "CommitIntegrationTask",
                "InvalidParameterValue", "{\"TaskId\":\"nosuchtask\",\"ProjectId\":\"1\",\"CommitType\":5}", Language.EN_US));
    }

    /** The message of the error the call answers, which must carry {@code code}. */
    private static String refusal(String product, String version, String action, String code, String params, Language language) {
        ClientProfile profile = SdkClients.http(tc.emulator());
        profile.setLanguage(language);
        CommonClient client = new CommonClient(product, version, SdkClients.devCredential(), SdkClients.REGION, profile);
        return SdkClients.refused(code, () -> client.commonRequest(new CommonRequest(params), action)).getMessage();
    }
}
