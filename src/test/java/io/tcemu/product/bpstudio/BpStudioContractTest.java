package io.tcemu.product.bpstudio;

import io.tcemu.TestStores;
import com.aliyun.tea.TeaException;
import io.tcemu.dialect.alibaba.AlibabaSdk;
import io.tcemu.dialect.alibaba.AlibabaSdk.Signing;
import io.tcemu.junit.TcemuExtension;
import io.tcemu.lifecycle.Fault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * BPStudio through Alibaba's official tea-openapi client, signing with V3 (its default) and V2:
 * applications and failover tasks move through their lifecycles on the emulator clock, which the
 * tests freeze and advance, and what a caller gets wrong comes back as a 4xx the SDK raises.
 */
class BpStudioContractTest {
    @RegisterExtension
    static final TcemuExtension tc = TcemuExtension.newInstance().config(TestStores::ephemeral).frozenClock(true).build();

    private static void advanceSeconds(long seconds) {
        tc.emulator().engine().clock().advance(Duration.ofSeconds(seconds));
    }

    /** One caller, signing one way. */
    private record Caller(AlibabaSdk sdk) {
        static Caller of(Signing signing) throws Exception {
            return new Caller(AlibabaSdk.dev(tc.emulator(), signing));
        }

        Map<String, Object> call(String action, Object... nameValues) throws Exception {
            Map<String, Object> body = new HashMap<>();
            for (int i = 0; i < nameValues.length; i += 2) {
                body.put((String) nameValues[i], nameValues[i + 1]);
            }
            return sdk.bpstudio(action, body);
        }

        String create(String name) throws Exception {
            Map<String, Object> created = call("CreateApplication", "Name", name, "AreaId", "cn-hangzhou",
                    "TemplateId", "TPL-1", "ResourceGroupId", "rg-shop");
            assertEquals(200, ((Number) created.get("Code")).intValue(), "CreateApplication types Code as a number");
            return (String) created.get("Data");
        }

        @SuppressWarnings("unchecked")
        Map<String, Object> application(String id) throws Exception {
            Map<String, Object> body = call("GetApplication", "ApplicationId", id);
            assertEquals("200", body.get("Code"), "GetApplication types Code as a string");
            return (Map<String, Object>) body.get("Data");
        }

        String status(String id) throws Exception {
            return (String) application(id).get("Status");
        }

        /** Starts an application operation and follows GetApplication to its end. */
        void run(String id, String action, String during, long seconds, String after) throws Exception {
            assertEquals(200, ((Number) call(action, "ApplicationId", id).get("Code")).intValue(), action);
            assertEquals(during, status(id), action + " in flight");
            advanceSeconds(seconds);
            assertEquals(after, status(id), action + " settled");
        }

        String deployed(String name) throws Exception {
            String id = create(name);
            run(id, "ValidateApplication", "Verifying", 3, "Verified_Success");
            run(id, "ValuateApplication", "Valuating", 3, "Valuating_Success");
            run(id, "DeployApplication", "Deploying", 10, "Deployed_Success");
            return id;
        }

        String taskStatus(Object taskId) throws Exception {
            Map<String, Object> body = call("GetFoTaskStatus", "TaskId", taskId);
            assertEquals("200", body.get("Code"), "GetFoTaskStatus types Code as a string");
            return (String) body.get("Data");
        }

        /** Starts a failover action, then follows its task with GetFoTaskStatus to its final state. */
        Object task(String action, String during, long seconds, String after, Object... params) throws Exception {
            Map<String, Object> body = call(action, params);
            assertEquals("200", body.get("Code"), action + " types Code as a string");
            Object taskId = body.get("Data");
            assertTrue(taskId instanceof Number, action + " returns an integer task id: " + body);
            assertEquals(during, taskStatus(taskId), action + " task in flight");
            advanceSeconds(seconds);
            assertEquals(after, taskStatus(taskId), action + " task settled");
            return taskId;
        }
    }

    private static TeaException raised(String code, int status, Executable call) {
        TeaException e = assertThrows(TeaException.class, call);
        assertEquals(code, e.getCode(), e.getMessage());
        assertEquals(status, e.getStatusCode(), e.getMessage());
        return e;
    }

    @ParameterizedTest
    @EnumSource(Signing.class)
    void anApplicationIsDeployedFailedOverFailedBackReleasedAndDeleted(Signing signing) throws Exception {
        Caller caller = Caller.of(signing);
        String id = caller.create("shop");
        assertTrue(id.matches("[A-Z0-9]{16}"), id);
        Map<String, Object> created = caller.application(id);
        assertEquals("Modified", created.get("Status"));
        assertEquals("shop", created.get("Name"));
        assertEquals("TPL-1", created.get("TemplateId"));
        assertEquals("rg-shop", created.get("ResourceGroupId"));

        caller.run(id, "ValidateApplication", "Verifying", 3, "Verified_Success");
        caller.run(id, "ValuateApplication", "Valuating", 3, "Valuating_Success");
        caller.call("DeployApplication", "ApplicationId", id);
        assertEquals(0, ((Number) caller.application(id).get("DeployPercent")).intValue());
        advanceSeconds(5);
        Map<String, Object> halfway = caller.application(id);
        assertEquals("Deploying", halfway.get("Status"));
        assertEquals(50, ((Number) halfway.get("DeployPercent")).intValue());
        advanceSeconds(5);
        Map<String, Object> deployed = caller.application(id);
        assertEquals("Deployed_Success", deployed.get("Status"));
        assertEquals(100, ((Number) deployed.get("DeployPercent")).intValue());

        List<String> zones = List.of("cn-hangzhou-g", "cn-hangzhou-h", "cn-hangzhou-i", "cn-hangzhou-j", "cn-hangzhou-k");
        assertEquals(zones, caller.call("GetPotentialFailZones", "ObjectId", id, "IsPlanId", false).get("Data"));
        assertEquals(List.of(), caller.call("ListFoCreatedApps").get("Data"), "no plan before InitAppFailOver");

        Object init = caller.task("InitAppFailOver", "Verifying", 3, "Verified_Success", "ApplicationId", id);
        assertEquals(List.of(Map.of("ApplicationId", id, "ReportUrl", "", "Status", "Deployed_Success", "Title", "shop")),
                caller.call("ListFoCreatedApps").get("Data"));
        Object over = caller.task("AppFailOver", "Deploying", 5, "Deployed_Success",
                "ApplicationId", id, "FailZone", "cn-hangzhou-h");
        assertFalse(((List<?>) caller.call("GetPotentialFailZones", "ObjectId", id).get("Data")).contains("cn-hangzhou-h"),
                "the zone it now runs in is no longer a potential one");
        Object back = caller.task("AppFailBack", "Deploying", 5, "Deployed_Success", "ApplicationId", id);
        assertEquals(zones, caller.call("GetPotentialFailZones", "ObjectId", id, "IsPlanId", true).get("Data"));

        assertEquals(3, List.of(init, over, back).stream().map(t -> ((Number) t).longValue()).distinct().count());
        assertEquals("Verified_Success", caller.taskStatus(init), "a finished task keeps its final status");

        caller.run(id, "ReleaseApplication", "Destroying", 5, "Destroyed_Success");
        assertEquals(200, ((Number) caller.call("DeleteApplication", "ApplicationId", id).get("Code")).intValue());
        TeaException gone = raised("InvalidApplicationId.NotFound", 404, () -> caller.application(id));
        assertTrue(gone.getMessage().contains(id), gone.getMessage());
        assertEquals("Verified_Success", caller.taskStatus(init), "tasks outlive their application");
    }

    @ParameterizedTest
    @EnumSource(Signing.class)
    void aFaultMakesTheNextDeployFailAndADeployAfterThatSucceeds(Signing signing) throws Exception {
        Caller caller = Caller.of(signing);
        String id = caller.create("shop");
        caller.run(id, "ValidateApplication", "Verifying", 3, "Verified_Success");
        caller.run(id, "ValuateApplication", "Valuating", 3, "Valuating_Success");
        tc.emulator().engine().faults().add(new Fault("bpstudio", "DeployApplication", null, null));

        caller.run(id, "DeployApplication", "Deploying", 10, "Deployed_Failure");
        String error = (String) caller.application(id).get("Error");
        assertTrue(error.contains("Deployed_Failure"), error);

        caller.run(id, "DeployApplication", "Deploying", 10, "Deployed_Success");
        assertEquals("", caller.application(id).get("Error"));
    }

    @ParameterizedTest
    @EnumSource(Signing.class)
    void faultsMakeFailoverTasksFailAndTheSwitchCanBeRetried(Signing signing) throws Exception {
        Caller caller = Caller.of(signing);
        String id = caller.deployed("shop");
        tc.emulator().engine().faults().add(new Fault("bpstudio", "InitAppFailOver", null, null));
        tc.emulator().engine().faults().add(new Fault("bpstudio", "AppFailOver", null, null));
        tc.emulator().engine().faults().add(new Fault("bpstudio", "AppFailBack", null, null));

        caller.task("InitAppFailOver", "Verifying", 3, "Verified_Failure", "ApplicationId", id);
        caller.task("AppFailOver", "Deploying", 5, "Deployed_Failure", "ApplicationId", id, "FailZone", "cn-hangzhou-g");
        caller.task("AppFailOver", "Deploying", 5, "Deployed_Success", "ApplicationId", id, "FailZone", "cn-hangzhou-i");
        caller.task("AppFailBack", "Deploying", 5, "Deployed_Failure", "ApplicationId", id);
        caller.task("AppFailBack", "Deploying", 5, "Deployed_Success", "ApplicationId", id);
        assertEquals("Deployed_Success", caller.status(id), "a switch leaves the application deployed");
    }

    @ParameterizedTest
    @EnumSource(Signing.class)
    void unknownOrMissingIdsAreRaisedWithTheirCodeAnd4xx(Signing signing) throws Exception {
        Caller caller = Caller.of(signing);
        TeaException unknownTask = raised("InvalidTaskId.NotFound", 404, () -> caller.taskStatus(987654));
        assertTrue(unknownTask.getMessage().contains("987654"), unknownTask.getMessage());
        // TaskId is optional (seed 004): without it the latest task answers, and there is none yet
        TeaException noTask = raised("InvalidTaskId.NotFound", 404, () -> caller.call("GetFoTaskStatus"));
        assertTrue(noTask.getMessage().contains("send TaskId"), noTask.getMessage());

        raised("InvalidApplicationId.NotFound", 404, () -> caller.call("DeployApplication", "ApplicationId", "NOSUCHAPP0000000"));
        raised("InvalidApplicationId.NotFound", 404, () -> caller.call("InitAppFailOver", "ApplicationId", "NOSUCHAPP0000000"));
        raised("InvalidApplicationId.NotFound", 404, () -> caller.call("GetPotentialFailZones", "ObjectId", "NOSUCHAPP0000000"));
        raised("MissingParameter", 400, () -> caller.call("ValidateApplication"));
    }

    @Test
    void withoutATaskIdGetFoTaskStatusAnswersTheLatestTask() throws Exception {
        Caller caller = Caller.of(Signing.V3);
        String id = caller.deployed("dr");
        caller.task("InitAppFailOver", "Verifying", 3, "Verified_Success", "ApplicationId", id);
        caller.call("AppFailOver", "ApplicationId", id, "FailZone", "cn-hangzhou-h");
        assertEquals("Deploying", caller.call("GetFoTaskStatus").get("Data"));
        advanceSeconds(5);
        assertEquals("Deployed_Success", caller.call("GetFoTaskStatus").get("Data"));
    }

    /** Seed 004's status list, transcribed from the seed, independently of the lifecycle file. */
    private static final List<String> SEED_004 = List.of("Creating", "Modified", "Verifying", "Verified_Failure",
            "Verified_Success", "Valuating", "Valuating_Failure", "Valuating_Success", "Deploying", "Deployed_Failure",
            "Partially_Deployed_Success", "Deployed_Success", "Destroying", "Delayed_Destroy", "Destroyed_Failure",
            "Partially_Destroyed_Success", "Destroyed_Success", "Revised", "Verifying_In_Revision",
            "Verified_Failure_In_Revision", "Verified_Success_In_Revision", "Valuating_In_Revision",
            "Valuating_Failure_In_Revision", "Valuating_Success_In_Revision");

    @Test
    void everyStatusOfSeed004IsReachedByActionsAndFaults() throws Exception {
        Caller caller = Caller.of(Signing.V3);
        Set<String> seen = new TreeSet<>();
        String id = (String) caller.call("CreateApplication", "Name", "every-state", "CreateAsync", true).get("Data");
        seen.add(caller.status(id));
        advanceSeconds(2);
        seen.add(caller.status(id));
        String[][] steps = {
                {"ValidateApplication", "fail", "3"}, {"ValidateApplication", "", "3"},
                {"ValuateApplication", "fail", "3"}, {"ValuateApplication", "", "3"},
                {"DeployApplication", "fail", "10"}, {"DeployApplication", "partial", "0"}, {"DeployApplication", "", "10"},
                {"ModifyApplicationSpec", "", "0"},
                {"ValidateApplication", "fail", "3"}, {"ValidateApplication", "", "3"},
                {"ValuateApplication", "fail", "3"}, {"ValuateApplication", "", "3"}, {"DeployApplication", "", "10"},
                {"ReleaseApplication", "fail", "5"}, {"ReleaseApplication", "error", "5"}, {"ReleaseApplication", "", "5"}};
        for (String[] step : steps) {
            if (step[1].equals("fail") || step[1].equals("error")) {
                tc.emulator().engine().faults().add(new Fault("bpstudio", step[0], id,
                        step[1].equals("fail") ? Fault.Outcome.FAIL : Fault.Outcome.ERROR));
            }
            if (step[0].equals("ModifyApplicationSpec")) {
                caller.call(step[0], "ApplicationId", id, "InstanceSpec", "[{\"InstanceId\":\"i-1\"}]");
            } else {
                caller.call(step[0], "ApplicationId", id);
            }
            seen.add(caller.status(id));
            if (step[1].equals("partial")) {
                tc.emulator().engine().fail(id);
            }
            advanceSeconds(Long.parseLong(step[2]));
            seen.add(caller.status(id));
        }
        String delayed = caller.create("delayed");
        caller.call("ValidateApplication", "ApplicationId", delayed);
        advanceSeconds(3);
        caller.call("ValuateApplication", "ApplicationId", delayed);
        advanceSeconds(3);
        caller.call("DeployApplication", "ApplicationId", delayed);
        caller.call("ReleaseApplication", "ApplicationId", delayed);
        assertEquals("Delayed_Destroy", caller.status(delayed), "a release asked during a deployment");
        advanceSeconds(10);
        assertEquals("Destroying", caller.status(delayed));
        advanceSeconds(5);
        assertEquals("Destroyed_Success", caller.status(delayed));
        seen.add("Delayed_Destroy");

        assertEquals(new TreeSet<>(SEED_004), seen);
    }

    @ParameterizedTest
    @EnumSource(Signing.class)
    void anActionTheStatusDoesNotAllowIsRefusedNamingWhatWouldBeAllowed(Signing signing) throws Exception {
        Caller caller = Caller.of(signing);
        String id = caller.create("shop");
        TeaException early = raised("IncorrectApplicationStatus", 400,
                () -> caller.call("DeployApplication", "ApplicationId", id));
        assertTrue(early.getMessage().contains("Modified") && early.getMessage().contains("Valuating_Success"),
                early.getMessage());
        raised("IncorrectApplicationStatus", 400, () -> caller.call("DeleteApplication", "ApplicationId", id));
        raised("IncorrectApplicationStatus", 400, () -> caller.call("InitAppFailOver", "ApplicationId", id));

        String deployed = caller.deployed("web");
        TeaException notPrepared = raised("IncorrectApplicationStatus", 400,
                () -> caller.call("AppFailOver", "ApplicationId", deployed, "FailZone", "cn-hangzhou-g"));
        assertTrue(notPrepared.getMessage().contains("FailOver"), notPrepared.getMessage());
        caller.task("InitAppFailOver", "Verifying", 3, "Verified_Success", "ApplicationId", deployed);
        TeaException badZone = raised("InvalidParameter", 400,
                () -> caller.call("AppFailOver", "ApplicationId", deployed, "FailZone", "cn-shanghai-a"));
        assertTrue(badZone.getMessage().contains("cn-hangzhou-g"), badZone.getMessage());
        raised("MissingParameter", 400, () -> caller.call("AppFailOver", "ApplicationId", deployed));
        assertEquals("Deployed_Success", caller.status(deployed), "refusals change nothing");
    }

    @ParameterizedTest
    @EnumSource(Signing.class)
    void createAsyncPassesThroughCreating(Signing signing) throws Exception {
        Caller caller = Caller.of(signing);
        String id = (String) caller.call("CreateApplication", "Name", "later", "CreateAsync", true).get("Data");
        assertEquals("Creating", caller.status(id));
        advanceSeconds(2);
        assertEquals("Modified", caller.status(id));
    }

    @ParameterizedTest
    @EnumSource(Signing.class)
    @SuppressWarnings("unchecked")
    void listApplicationFiltersSortsNewestFirstAndPages(Signing signing) throws Exception {
        Caller caller = Caller.of(signing);
        String first = caller.create("shop-eu");
        advanceSeconds(1);
        String second = caller.create("shop-us");
        advanceSeconds(1);
        String third = caller.create("blog");
        advanceSeconds(1);
        caller.call("ValidateApplication", "ApplicationId", first);

        Map<String, Object> page1 = caller.call("ListApplication", "MaxResults", 2);
        assertEquals(3, ((Number) page1.get("TotalCount")).intValue());
        assertEquals(List.of(third, second), ids(page1));
        Map<String, Object> page2 = caller.call("ListApplication", "MaxResults", 2,
                "NextToken", ((Number) page1.get("NextToken")).intValue());
        assertEquals(List.of(first), ids(page2));
        assertFalse(page2.containsKey("NextToken"), "the last page has no next one");

        assertEquals(List.of(first, third, second), ids(caller.call("ListApplication", "OrderType", 1)),
                "by update time, the validation made the oldest the latest updated");
        assertEquals(List.of(second, first), ids(caller.call("ListApplication", "Keyword", "SHOP")));
        assertEquals(List.of(first), ids(caller.call("ListApplication", "Status", "Verifying")));
        Map<String, Object> summary = ((List<Map<String, Object>>) caller.call("ListApplication", "Keyword", "blog")
                .get("Data")).get(0);
        assertEquals(Map.of("ApplicationId", third, "CreateTime", summary.get("CreateTime"), "ImageURL", "",
                "Name", "blog", "ResourceGroupId", "rg-shop", "Status", "Modified"), summary);
        assertTrue(((String) summary.get("CreateTime")).matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d"));

        raised("InvalidParameter", 400, () -> caller.call("ListApplication", "MaxResults", 51));
        raised("InvalidParameter", 400, () -> caller.call("ListApplication", "OrderType", 3));
    }

    @Test
    void listApplicationSeesValidationsThatEndedUnreadAndPagesWhatMatched() throws Exception {
        Caller caller = Caller.of(Signing.V3);
        String first = caller.create("a");
        advanceSeconds(1);
        String second = caller.create("b");
        advanceSeconds(1);
        caller.create("c");
        advanceSeconds(1);
        caller.call("ValidateApplication", "ApplicationId", second);
        advanceSeconds(1);
        caller.call("ValidateApplication", "ApplicationId", first);
        assertEquals(0, ((Number) caller.call("ListApplication", "Status", "Verified_Success").get("TotalCount")).intValue());

        advanceSeconds(5);
        Map<String, Object> page1 = caller.call("ListApplication", "Status", "Verified_Success", "MaxResults", 1);
        assertEquals(2, ((Number) page1.get("TotalCount")).intValue(), "both validations ended, though nobody read them");
        assertEquals(List.of(second), ids(page1), "newest created first");
        assertEquals(List.of(first), ids(caller.call("ListApplication", "Status", "Verified_Success", "MaxResults", 1,
                "NextToken", ((Number) page1.get("NextToken")).intValue())));
        assertEquals(List.of(first, second), ids(caller.call("ListApplication", "Status", "Verified_Success", "OrderType", 1)),
                "the first was validated last");
        assertEquals(0, ((Number) caller.call("ListApplication", "ResourceId", "vpc-1").get("TotalCount")).intValue());
    }

    @SuppressWarnings("unchecked")
    private static List<String> ids(Map<String, Object> listed) {
        return ((List<Map<String, Object>>) listed.get("Data")).stream()
                .map(application -> (String) application.get("ApplicationId")).toList();
    }
}
