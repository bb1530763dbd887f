package io.tcemu.ui;

import com.tencentcloudapi.dts.v20211206.DtsClient;
import com.tencentcloudapi.dts.v20211206.models.CreateCheckSyncJobRequest;
import com.tencentcloudapi.dts.v20211206.models.PauseSyncJobRequest;
import com.tencentcloudapi.dts.v20211206.models.StartSyncJobRequest;
import com.tencentcloudapi.redis.v20180412.RedisClient;
import com.tencentcloudapi.wedata.v20210820.WedataClient;
import com.tencentcloudapi.wedata.v20210820.models.CreateIntegrationTaskRequest;
import com.tencentcloudapi.wedata.v20210820.models.IntegrationTaskInfo;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import io.tcemu.RawCalls;
import io.tcemu.junit.Tcemu;
import io.tcemu.junit.TcemuTest;
import io.tcemu.lifecycle.ProgressionMode;
import io.tcemu.lifecycle.ProgressionSetting;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.tcemu.product.dts.SyncJobSteps.configuration;
import static io.tcemu.product.dts.SyncJobSteps.forJob;
import static io.tcemu.product.dts.SyncJobSteps.purchase;
import static io.tcemu.product.redis.RedisSteps.order;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The endpoints the dashboard reads and calls, over HTTP as the page uses them. */
@TcemuTest(frozenClock = true)
class DashboardApiTest {
    private static final String PROJECT = "1486446569620893696";

    @Test
    void thePageAndItsFilesComeFromTheJarWithTheirTypes(Tcemu tc) {
        RequestSpecification http = raw(tc).redirects().follow(false);
        http.get("/_tcemu/ui").then().statusCode(302).header("Location", "/_tcemu/ui/");
        raw(tc).get("/_tcemu/ui/").then().statusCode(200).contentType(startsWith("text/html"))
                .body(containsString("<title>tcemu dashboard</title>"));
        raw(tc).get("/_tcemu/ui/app.js").then().statusCode(200).contentType(startsWith("text/javascript"));
        raw(tc).get("/_tcemu/ui/app.css").then().statusCode(200).contentType(startsWith("text/css"));
        raw(tc).get("/_tcemu/ui/LayeringTest.class").then().statusCode(404).body("error", containsString("no admin endpoint"));
    }

    @Test
    void thePreviewListsOperationsDueAndRulesThatFireWithinTheStep(DtsClient dts, Tcemu tc) throws Exception {
        String checking = dts.CreateSyncJob(purchase("PostPay")).getJobIds()[0];
        dts.ConfigureSyncJob(configuration(checking));
        dts.CreateCheckSyncJob(forJob(new CreateCheckSyncJobRequest(), checking));
        String paused = pausedJob(dts, tc);

        JsonPath minute = raw(tc).get("/_tcemu/clock/preview?seconds=60").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(checking), minute.getList("transitions.resourceId"));
        assertEquals("CreateCheckSyncJob", minute.getString("transitions[0].name"));
        assertEquals("operation", minute.getString("transitions[0].kind"));
        assertEquals(Map.of("Status", "CheckPass"), minute.getMap("transitions[0].changes"));
        assertEquals(tc.clock().now().plusSeconds(14).toString(), minute.getString("transitions[0].at"));

        JsonPath week = raw(tc).get("/_tcemu/clock/preview?seconds=604800").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(checking, paused), week.getList("transitions.resourceId"), "soonest first");
        assertEquals("PausedTooLong", week.getString("transitions[1].name"));
        assertEquals("rule", week.getString("transitions[1].kind"));
        assertEquals(Map.of("Status", "Failed"), week.getMap("transitions[1].changes"));
        assertEquals(List.of(checking), raw(tc).get("/_tcemu/clock/preview?seconds=604799").then().extract()
                .jsonPath().getList("transitions.resourceId"), "a second short of seven days, the rule does not fire");

        raw(tc).get("/_tcemu/clock/preview?seconds=soon").then().statusCode(400)
                .body("error", containsString("?seconds= must be a whole number of seconds"));
    }

    @Test
    void aResourceShowsWhereItsOperationEndsItsRulesAndItsSteps(DtsClient dts, Tcemu tc) throws Exception {
        String id = dts.CreateSyncJob(purchase("PostPay")).getJobIds()[0];
        dts.ConfigureSyncJob(configuration(id));
        dts.CreateCheckSyncJob(forJob(new CreateCheckSyncJobRequest(), id));
        tc.advance(Duration.ofSeconds(5));

        raw(tc).get("/_tcemu/resources/" + id).then().statusCode(200)
                .body("pending[0].to", equalTo("CheckPass")).body("pending[0].deletes", equalTo(false))
                .body("progress[0].operation", equalTo("CreateCheckSyncJob"))
                .body("progress[0].steps[0].state", equalTo("FINISHED"))
                .body("progress[0].steps.state", hasItem("RUNNING"));
        String paused = pausedJob(dts, tc);
        raw(tc).get("/_tcemu/resources/" + paused).then().statusCode(200)
                .body("rulesDue[0].rule", equalTo("PausedTooLong"))
                .body("rulesDue[0].at", equalTo(tc.clock().now().plus(Duration.ofDays(7)).toString()))
                .body("rulesDue[0].then.Status", equalTo("Failed"));
    }

    @Test
    void aRedisTaskAndItsInstanceLinkToEachOther(RedisClient redis, Tcemu tc) throws Exception {
        String instance = redis.CreateInstances(order("linked")).getInstanceIds()[0];
        JsonPath links = raw(tc).get("/_tcemu/resources/" + instance).then().statusCode(200).extract().jsonPath();
        assertEquals("redis.Task", links.getString("links[0].kind"));
        assertEquals("FlowTaskId", links.getString("links[0].attribute"), "the instance names its running task");
        assertEquals(true, links.getBoolean("links[0].names"));
        String task = links.getString("links[0].id");
        raw(tc).get("/_tcemu/resources/" + task).then().statusCode(200)
                .body("links[0].id", equalTo(instance)).body("links[0].attribute", equalTo("InstanceId"))
                .body("links[0].names", equalTo(true));
    }

    @Test
    void theActionFormsFillTheIdAndNamespaceAndNameWhatIsLeftToFill(DtsClient dts, WedataClient wedata, Tcemu tc)
            throws Exception {
        String job = dts.CreateSyncJob(purchase("PostPay")).getJobIds()[0];
        JsonPath forms = raw(tc).get("/_tcemu/resources/" + job + "/actions").then().statusCode(200).extract().jsonPath();
        assertEquals(true, forms.getBoolean("callable"));
        assertEquals(false, forms.getBoolean("failable"), "a job not running has no recoverable error to enter");
        assertEquals(List.of("ConfigureSyncJob", "IsolateSyncJob", "ResizeSyncJob"), forms.getList("actions.action"));
        assertEquals(job, forms.getString("actions[0].params.JobId"));
        assertEquals(List.of("SrcAccessType", "DstAccessType", "Objects"), forms.getList("actions[0].missing"));
        assertEquals(List.of(), forms.getList("actions[1].missing"), "IsolateSyncJob needs only the job");

        IntegrationTaskInfo info = new IntegrationTaskInfo();
        info.setTaskName("orders");
        info.setTaskType(201L);
        CreateIntegrationTaskRequest create = new CreateIntegrationTaskRequest();
        create.setProjectId(PROJECT);
        create.setTaskInfo(info);
        String task = wedata.CreateIntegrationTask(create).getTaskId();
        raw(tc).get("/_tcemu/resources/" + task + "/actions").then().statusCode(200)
                .body("actions[0].action", equalTo("CommitIntegrationTask"))
                .body("actions[0].params.TaskId", equalTo(task))
                .body("actions[0].params.ProjectId", equalTo(PROJECT));
    }

    @Test
    void aButtonsCallGoesThroughThePipelineIntoTheJournalAndTheHistory(DtsClient dts, Tcemu tc) throws Exception {
        String id = runningJob(dts, tc);
        raw(tc).get("/_tcemu/resources/" + id + "/actions").then().body("failable", equalTo(true));

        JsonPath answer = call(tc, "{\"resourceId\": \"" + id + "\", \"action\": \"PauseSyncJob\"}").statusCode(200)
                .body("code", equalTo("OK")).body("params.JobId", equalTo(id))
                .extract().jsonPath();
        String requestId = answer.getString("requestId");
        assertEquals(requestId, answer.getString("response.Response.RequestId"));
        raw(tc).get("/_tcemu/requests?action=PauseSyncJob&resource=" + id).then()
                .body("requests[0].requestId", equalTo(requestId))
                .body("requests[0].account", equalTo("100000000001"))
                .body("requests[0].region", equalTo("ap-guangzhou"));
        JsonPath view = raw(tc).get("/_tcemu/resources/" + id).then().body("states.Status", equalTo("Paused"))
                .extract().jsonPath();
        assertEquals(requestId, view.getString("history[-1].requestId"));

        // refused as an SDK call is: the action's own error code, answered in the envelope
        call(tc, "{\"resourceId\": \"" + id + "\", \"action\": \"PauseSyncJob\"}").statusCode(200)
                .body("code", equalTo("OperationDenied.OperationDeniedError"))
                .body("response.Response.Error.Code", equalTo("OperationDenied.OperationDeniedError"));
    }

    @Test
    void theJournalAnswersOnlyItsNewestCallsWhenAskedTo(DtsClient dts, Tcemu tc) throws Exception {
        String first = dts.CreateSyncJob(purchase("PostPay")).getJobIds()[0];
        String second = dts.CreateSyncJob(purchase("PostPay")).getJobIds()[0];
        raw(tc).get("/_tcemu/requests?action=CreateSyncJob&limit=1").then().statusCode(200)
                .body("count", equalTo(1)).body("requests[0].resourceIds[0]", equalTo(second));
        assertEquals(List.of(first, second), raw(tc).get("/_tcemu/requests?action=CreateSyncJob&limit=2").then()
                .extract().jsonPath().getList("requests.resourceIds.flatten()"), "oldest first, as without a limit");
        raw(tc).get("/_tcemu/requests?limit=0").then().statusCode(400)
                .body("error", containsString("\"limit\" must be a whole number of calls, 1 or more"));
    }

    @Test
    void aCallThatCannotBeMadeSaysWhatToFix(DtsClient dts, Tcemu tc) throws Exception {
        String id = dts.CreateSyncJob(purchase("PostPay")).getJobIds()[0];
        call(tc, "{\"action\": \"PauseSyncJob\"}").statusCode(400).body("error", containsString("\"resourceId\" must name"));
        call(tc, "{\"resourceId\": \"" + id + "\"}").statusCode(400).body("error", containsString("\"action\" must name"));
        call(tc, "{\"resourceId\": \"" + id + "\", \"action\": \"Teleport\"}").statusCode(400)
                .body("error", containsString("dts has no action Teleport"));
        call(tc, "{\"resourceId\": \"sync-nothere\", \"action\": \"PauseSyncJob\"}").statusCode(404);
        call(tc, "{\"resourceId\": \"" + id + "\", \"action\": \"PauseSyncJob\", \"params\": [1]}").statusCode(400)
                .body("error", containsString("\"params\" must be an object"));
        call(tc, "not json").statusCode(400).body("error", containsString("not valid JSON"));
    }

    /** A job started with every operation immediate, which they stay. */
    private static String runningJob(DtsClient dts, Tcemu tc) throws Exception {
        tc.progressions().set(ProgressionSetting.global(ProgressionMode.IMMEDIATE));
        String id = dts.CreateSyncJob(purchase("PostPay")).getJobIds()[0];
        dts.ConfigureSyncJob(configuration(id));
        dts.CreateCheckSyncJob(forJob(new CreateCheckSyncJobRequest(), id));
        dts.StartSyncJob(forJob(new StartSyncJobRequest(), id));
        return id;
    }

    private static String pausedJob(DtsClient dts, Tcemu tc) throws Exception {
        String id = runningJob(dts, tc);
        dts.PauseSyncJob(forJob(new PauseSyncJobRequest(), id));
        assertTrue(tc.resource(id).orElseThrow().state("Status").equals("Paused"));
        return id;
    }

    private static io.restassured.response.ValidatableResponse call(Tcemu tc, String body) {
        return raw(tc).contentType("application/json").body(body).post("/_tcemu/calls").then();
    }

    private static RequestSpecification raw(Tcemu tc) {
        return new RawCalls(tc.emulator()).plain();
    }
}
