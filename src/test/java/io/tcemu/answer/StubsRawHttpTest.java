package io.tcemu.answer;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.tcemu.junit.TcemuExtension;
import io.tcemu.RawCalls;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Stubs as any client that speaks HTTP uses them: JSON to /_tcemu/stubs, then signed calls. */
class StubsRawHttpTest {
    private static final String DTS = "2021-12-06";
    private static final String REDIS = "2018-04-12";
    @RegisterExtension
    static final TcemuExtension tcemu = TcemuExtension.newInstance().build();

    private static RequestSpecification admin() {
        return new RawCalls(tcemu.emulator()).plain().contentType("application/json");
    }

    private static RawCalls calls() {
        return new RawCalls(tcemu.emulator());
    }

    @Test
    void aPostedStubIsListedAnswersAndIsClearedByReset() {
        admin().body("{\"product\": \"dts\", \"action\": \"DescribeMigrationJobs\", \"response\": {\"TotalCount\": 3}}")
                .post("/_tcemu/stubs").then().statusCode(201)
                .body("id", startsWith("stub-")).body("version", equalTo(DTS))
                .body("response.TotalCount", equalTo(3)).body("response.JobList", hasSize(1))
                .body("remaining", nullValue());
        admin().get("/_tcemu/stubs").then().statusCode(200).body("action", equalTo(List.of("DescribeMigrationJobs")));

        Response answer = calls().postJson("DescribeMigrationJobs", DTS, "{}");
        answer.then().statusCode(200).header("X-Tcemu-Answer", "stubbed").body("Response.TotalCount", equalTo(3));

        admin().post("/_tcemu/reset").then().statusCode(200);
        admin().get("/_tcemu/stubs").then().body("$", hasSize(0));
        calls().postJson("DescribeMigrationJobs", DTS, "{}").then().header("X-Tcemu-Answer", "emulated")
                .body("Response.TotalCount", equalTo(0));
    }

    @Test
    void oneStubIsRemovedById() {
        admin().body("{\"product\": \"dts\", \"action\": \"DescribeMigrationJobs\", \"response\": {}, \"times\": 1}")
                .post("/_tcemu/stubs").then().statusCode(201).body("remaining", equalTo(1));
        String id = admin().get("/_tcemu/stubs").then().extract().jsonPath().getString("[0].id");
        admin().delete("/_tcemu/stubs/" + id).then().statusCode(200).body("$", hasSize(0));
        admin().delete("/_tcemu/stubs/" + id).then().statusCode(404).body("error", containsString("no stub " + id));
    }

    @Test
    void anActionTcemuDoesNotEmulateAnswersItsExampleUnlessStubbed() throws InterruptedException {
        String body = "{\"InstanceId\": \"crs-5a4py64p\", \"BeginTime\": \"2019-09-08 12:12:41\", \"EndTime\": \"2019-09-09 12:12:41\"}";
        List<String> logged = new CopyOnWriteArrayList<>();
        Handler lines = new Handler() {
            @Override
            public void publish(LogRecord record) {
                logged.add(new SimpleFormatter().formatMessage(record));
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger.getLogger("tcemu").addHandler(lines);
        try {
            String requestId = calls().postJson("DescribeSlowLog", REDIS, body).then().statusCode(200)
                    .header("X-Tcemu-Answer", "example").body("Response.InstanceSlowLogDetail[0].Command", equalTo("hget"))
                    .extract().header("X-TC-RequestId");
            // the access log writes its lines a few milliseconds later, several to a record
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (!logs(logged, "redis.DescribeSlowLog OK ", requestId + " example") && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            assertTrue(logs(logged, "redis.DescribeSlowLog OK ", requestId + " example"), logged.toString());
        } finally {
            Logger.getLogger("tcemu").removeHandler(lines);
        }

        admin().body("{\"product\": \"redis\", \"action\": \"DescribeSlowLog\","
                        + " \"error\": {\"code\": \"ResourceNotFound\"}}").post("/_tcemu/stubs").then().statusCode(201);
        calls().postJson("DescribeSlowLog", REDIS, body).then().statusCode(200)
                .header("X-Tcemu-Answer", "stubbed").body("Response.Error.Code", equalTo("ResourceNotFound"))
                .body("Response.Error.Message", containsString("DescribeSlowLog"));
    }

    private static boolean logs(List<String> records, String start, String end) {
        return records.stream().flatMap(record -> record.lines()).anyMatch(line -> line.startsWith(start) && line.endsWith(end));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            "{\"action\": \"DescribeMigrationJobs\", \"response\": {}}                                            | \"product\" is required",
            "{\"product\": \"cvm\", \"action\": \"DescribeInstances\", \"response\": {}}                          | \"product\" cvm is not one of",
            "{\"product\": \"dts\", \"action\": \"DescribeNothing\", \"response\": {}}                            | \"action\" DescribeNothing is not an action of dts 2021-12-06",
            "{\"product\": \"dts\", \"version\": \"2018-03-30\", \"action\": \"DescribeMigrationJobs\", \"response\": {}} | \"version\" must be one of [2021-12-06]",
            "{\"product\": \"dts\", \"action\": \"DescribeMigrationJobs\"}                                         | send either \"response\"",
            "{\"product\": \"dts\", \"action\": \"DescribeMigrationJobs\", \"response\": {}, \"error\": {\"code\": \"InternalError\"}} | not both",
            "{\"product\": \"dts\", \"action\": \"DescribeMigrationJobs\", \"response\": {\"Colour\": \"red\"}}    | \"response.Colour\": `Colour` is not a member of DescribeMigrationJobsResponse",
            "{\"product\": \"dts\", \"action\": \"DescribeMigrationJobs\", \"response\": {\"JobList\": [{\"JobId\": 5}]}} | \"response.JobList.0.JobId\": `JobList.0.JobId` must be a string",
            "{\"product\": \"dts\", \"action\": \"DescribeMigrationJobs\", \"error\": {\"code\": \"ResourceNotFound.JobNotExist\"}} | \"error.code\" ResourceNotFound.JobNotExist is not documented for DescribeMigrationJobs (send \"force\": true",
            "{\"product\": \"dts\", \"action\": \"DescribeMigrationJobs\", \"response\": {}, \"times\": 0}       | \"times\" must be a whole number of 1 or more",
            "{\"product\": \"dts\", \"action\": \"DescribeMigrationJobs\", \"response\": {}, \"delayMs\": -1}    | \"delayMs\" must be a whole number of milliseconds",
            "{\"product\": \"dts\", \"action\": \"DescribeMigrationJobs\", \"response\": {}, \"delay\": 5}       | \"delay\" is not a stub field",
            "{\"product\": \"dts\", \"action\": \"DescribeMigrationJobs\", \"response\": {}, \"match\": {\"params\": {\"Colour\": 1}}} | \"match.params.Colour\" is not a parameter of DescribeMigrationJobs",
            "{\"product\": \"dts\", \"action\": \"DescribeMigrationJobs\", \"response\": {}, \"match\": {\"zone\": \"x\"}} | \"match.zone\" is not a stub field",
            "[1, 2]                                                                                              | the body must be a JSON object",
            "{\"product\": \"dts\",                                                                              | the body is not valid JSON",
    })
    void aBadStubIsA400NamingTheField(String stub, String error) {
        admin().body(stub).post("/_tcemu/stubs").then().statusCode(400).body("error", containsString(error));
        admin().get("/_tcemu/stubs").then().body("$", hasSize(0));
    }

    @Test
    void anUndocumentedErrorCodeIsTakenWhenForced() {
        admin().body("{\"product\": \"dts\", \"action\": \"DescribeMigrationJobs\", \"force\": true,"
                        + " \"error\": {\"code\": \"ResourceNotFound.JobNotExist\", \"message\": \"gone\"}}")
                .post("/_tcemu/stubs").then().statusCode(201).body("error.code", equalTo("ResourceNotFound.JobNotExist"));
        calls().postJson("DescribeMigrationJobs", DTS, "{}").then()
                .body("Response.Error.Code", equalTo("ResourceNotFound.JobNotExist"))
                .body("Response.Error.Message", equalTo("gone"));
    }

    @Test
    void aStubAnswersOnlyCallsThatPassValidation() {
        admin().body("{\"product\": \"dts\", \"action\": \"DescribeMigrationJobs\", \"response\": {\"TotalCount\": 3},"
                + " \"match\": {\"params\": {\"Limit\": 10}}}").post("/_tcemu/stubs").then().statusCode(201);

        calls().postJson("DescribeMigrationJobs", DTS, "{\"Limit\": \"10\"}").then()
                .body("Response.TotalCount", equalTo(3));
        Response invalid = calls().postJson("DescribeMigrationJobs", DTS, "{\"Limit\": \"ten\"}");
        assertEquals("InvalidParameter", invalid.jsonPath().getString("Response.Error.Code"));
    }
}
