package io.tcemu.spec;

import io.tcemu.api.Language;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tcemu.api.ApiError;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class ParamValidatorTest {
    private static final ApiSpecs SPECS = ApiSpecs.load();
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final ParamValidator validator = new ParamValidator();

    private static final String DTS = "2021-12-06";
    private static final String REDIS = "2018-04-12";
    private static final String WEDATA = "2021-08-20";

    @Test
    void coercesFormStringsToTheSpecTypes() {
        ObjectNode params = json("{'Limit':'20','Offset':'+0','Status':['running'],"
                + "'TagFilters':[{'TagKey':'k','TagValue':['v1','v2']}]}");
        JsonNode checked = validate("dts", DTS, "DescribeMigrationJobs", params, true);
        assertJson("{'Limit':20,'Offset':0,'Status':['running'],"
                + "'TagFilters':[{'TagKey':'k','TagValue':['v1','v2']}]}", checked);
        assertTrue(checked.get("Limit").isLong());
        assertEquals("20", params.get("Limit").textValue(), "the request's own tree is left alone");
    }

    @Test
    void keepsJsonValuesOfTheRightType() {
        ObjectNode params = json("{'Limit':20,'TagFilters':[{'TagKey':'k'}]}");
        JsonNode checked = validate("dts", DTS, "DescribeMigrationJobs", params, true);
        assertJson("{'Limit':20,'TagFilters':[{'TagKey':'k'}]}", checked);
        assertTrue(checked.get("Limit").isLong(), "every 64-bit integer reaches handlers as one node type");
    }

    @Test
    void reportsAMissingRequiredMemberByItsPath() {
        ApiError error = rejected("dts", DTS, "StartMigrateJob", "{}");
        assertEquals("MissingParameter", error.code());
        assertEquals("The request is missing a required parameter `JobId`.", error.getMessage());
        assertEquals("缺少必填参数 `JobId`。", error.message(Language.ZH_CN));
        assertError("MissingParameter", "`JobId`", rejected("dts", DTS, "StartMigrateJob", "{'JobId':null}"));
        assertError("MissingParameter", "`TagFilters.0.TagKey`",
                rejected("dts", DTS, "DescribeMigrationJobs", "{'TagFilters':[{'TagValue':['v']}]}"));
    }

    @Test
    void rejectsAStringThatDoesNotReadAsTheExpectedType() {
        ApiError error = rejected("dts", DTS, "DescribeMigrationJobs", "{'Limit':'abc'}");
        assertEquals("InvalidParameter", error.code());
        assertEquals("Parameter `Limit` must be an integer, but a string \"abc\" was sent.", error.getMessage());
        assertEquals("参数 `Limit` 应为整数，但传入的是字符串 \"abc\"。", error.message(Language.ZH_CN));
        assertError("InvalidParameter", "`Limit` must be an integer, but a string \"1.5\"",
                rejected("dts", DTS, "DescribeMigrationJobs", "{'Limit':'1.5'}"));
    }

    @Test
    void rejectsAJsonValueOfTheWrongType() {
        assertError("InvalidParameter", "`JobId` must be a string, but an integer was sent",
                rejected("dts", DTS, "StartMigrateJob", "{'JobId':5}"));
        assertError("InvalidParameter", "`Limit` must be an integer, but a decimal number was sent",
                rejected("dts", DTS, "DescribeMigrationJobs", "{'Limit':1.5}"));
        assertError("InvalidParameter", "`Limit` must be an integer, but a boolean was sent",
                rejected("dts", DTS, "DescribeMigrationJobs", "{'Limit':true}"));
    }

    @Test
    void checksEveryListElementByItsIndex() {
        assertError("InvalidParameter", "`Status.1` must be a string, but an integer was sent",
                rejected("dts", DTS, "DescribeMigrationJobs", "{'Status':['running',3]}"));
        assertError("InvalidParameter", "`Status` must be a list, but a string \"running\" was sent",
                rejected("dts", DTS, "DescribeMigrationJobs", "{'Status':'running'}"));
        assertError("InvalidParameter", "`TagFilters.0` must be an object, but a string",
                rejected("dts", DTS, "DescribeMigrationJobs", "{'TagFilters':['k']}"));
        assertError("InvalidParameter", "`TagFilters.1.TagValue.0` must be a string, but an integer",
                rejected("dts", DTS, "DescribeMigrationJobs",
                        "{'TagFilters':[{'TagKey':'a'},{'TagKey':'b','TagValue':[1]}]}"));
    }

    @Test
    void checksTheRangeOfUnsigned64BitIntegers() {
        String maximum = "18446744073709551615";
        JsonNode checked = validate("dts", DTS, "DescribeMigrationJobs", json("{'Limit':'" + maximum + "'}"), true);
        assertEquals(new BigInteger(maximum), checked.get("Limit").bigIntegerValue());
        assertError("InvalidParameterValue", "`Limit` must be an integer between 0 and " + maximum,
                rejected("dts", DTS, "DescribeMigrationJobs", "{'Limit':'-1'}"));
        assertError("InvalidParameterValue", "`Limit`",
                rejected("dts", DTS, "DescribeMigrationJobs", "{'Limit':18446744073709551616}"));
        assertError("InvalidParameterValue", "`TaskId`",
                rejected("redis", REDIS, "DescribeTaskInfo", "{'TaskId':'123456789012345678901234567890'}"));
        assertEquals(1L, validate("redis", REDIS, "DescribeTaskInfo",
                json("{'TaskId':'" + "0".repeat(100) + "1'}"), true).get("TaskId").longValue());
    }

    @Test
    void checksTheRangeOfSigned64BitIntegers() {
        assertEquals(Long.MIN_VALUE, validate("redis", REDIS, "DescribeInstanceNodeInfo",
                json("{'InstanceId':'crs-1','Limit':'-9223372036854775808'}"), true).get("Limit").longValue());
        assertError("InvalidParameterValue", "`Limit` must be an integer between -9223372036854775808 and",
                rejected("redis", REDIS, "DescribeInstanceNodeInfo", "{'Limit':'9223372036854775808'}"));
    }

    @Test
    void readsBooleansInAnyCaseAsPythonSendsThem() {
        assertJson("{'InstanceId':'crs-1','FilterSlave':true}", validate("redis", REDIS,
                "DescribeInstanceShards", json("{'InstanceId':'crs-1','FilterSlave':'True'}"), true));
        assertJson("{'InstanceId':'crs-1','FilterSlave':false}", validate("redis", REDIS,
                "DescribeInstanceShards", json("{'InstanceId':'crs-1','FilterSlave':'FALSE'}"), true));
        assertError("InvalidParameter", "`FilterSlave` must be a boolean, but a string \"yes\"",
                rejected("redis", REDIS, "DescribeInstanceShards", "{'FilterSlave':'yes'}"));
        assertError("InvalidParameter", "`FilterSlave` must be a boolean, but an integer",
                rejected("redis", REDIS, "DescribeInstanceShards", "{'FilterSlave':1}"));
    }

    @Test
    void readsFloatsInDecimalNotationOnly() {
        String required = "'ProjectId':'p','WorkflowId':'w','TaskName':'t','TaskType':26,'Content':'c',";
        JsonNode checked = validate("wedata", WEDATA, "CreateTaskNew",
                json("{" + required + "'LeftCoordinate':'1.5','TopCoordinate':2}"), true);
        assertEquals(1.5, checked.get("LeftCoordinate").doubleValue());
        assertTrue(checked.get("TopCoordinate").isDouble());
        assertError("InvalidParameter", "`LeftCoordinate` must be a number, but a string \"NaN\"",
                rejected("wedata", WEDATA, "CreateTaskNew", "{'LeftCoordinate':'NaN'}"));
        assertError("InvalidParameterValue", "`LeftCoordinate`",
                rejected("wedata", WEDATA, "CreateTaskNew", "{'LeftCoordinate':'1e999'}"));
        assertError("InvalidParameter", "`TaskInfo.RunningCu` must be a number",
                rejected("wedata", WEDATA, "CreateIntegrationTask", "{'TaskInfo':{'RunningCu':'fast'}}"));
    }

    @Test
    void rejectsUnknownMembersAtAnyDepthInStrictMode() {
        ApiError error = rejected("dts", DTS, "DescribeMigrationJobs", "{'Limt':1}");
        assertEquals("UnknownParameter", error.code());
        assertEquals("The parameter `Limt` is not recognized by DescribeMigrationJobs (version 2021-12-06).",
                error.getMessage());
        assertError("UnknownParameter", "`TagFilters.0.Colour`",
                rejected("dts", DTS, "DescribeMigrationJobs", "{'TagFilters':[{'TagKey':'k','Colour':'red'}]}"));
        assertError("UnknownParameter", "`JobID`", rejected("dts", DTS, "StartMigrateJob", "{'JobID':'dts-1'}"));
    }

    @Test
    void dropsUnknownMembersOutsideStrictMode() {
        ObjectNode params = json("{'Limt':1,'TagFilters':[{'TagKey':'k','Colour':'red'}]}");
        assertJson("{'TagFilters':[{'TagKey':'k'}]}", validate("dts", DTS, "DescribeMigrationJobs", params, false));
        ApiError error = assertThrows(ApiError.class, () -> validate("dts", DTS, "StartMigrateJob",
                json("{'JobID':'dts-1'}"), false));
        assertError("MissingParameter", "`JobId`", error);
    }

    private JsonNode validate(String product, String version, String action, ObjectNode params, boolean strict) {
        return validator.validate(SPECS.action(product, version, action).orElseThrow(), params, strict);
    }

    /** The error a strict validation of these parameters throws. */
    private ApiError rejected(String product, String version, String action, String params) {
        return assertThrows(ApiError.class, () -> validate(product, version, action, json(params), true));
    }

    private static void assertJson(String expectedSingleQuoted, JsonNode actual) {
        assertEquals(json(expectedSingleQuoted).toString(), actual.toString());
    }

    private static void assertError(String code, String messagePart, ApiError error) {
        assertEquals(code, error.code(), error.getMessage());
        assertTrue(error.getMessage().contains(messagePart), error.getMessage());
    }

    /** JSON written with single quotes, to keep the tests readable. */
    private static ObjectNode json(String singleQuoted) {
        try {
            return (ObjectNode) MAPPER.readTree(singleQuoted.replace('\'', '"'));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(singleQuoted, e);
        }
    }
}
