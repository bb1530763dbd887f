package io.tcemu.lifecycle;

import static io.tcemu.lifecycle.EngineFixture.HERE;
import static io.tcemu.lifecycle.EngineFixture.json;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tcemu.store.ResourceKey;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The BPStudio application lifecycle where the API alone cannot take it: the architecture-revision
 * states (entered through actions tcemu does not emulate), the admin "fail" call, and which
 * actions each status allows.
 */
class BpStudioLifecycleTest {
    private final EngineFixture f = new EngineFixture();

    @AfterEach
    void close() {
        f.close();
    }

    private static ResourceKey application(String id) {
        return new ResourceKey(HERE, "bpstudio.Application", id);
    }

    private Resource createIn(String id, String status) {
        return f.engine.create(application(id), json("{'Name':'shop','AreaId':'cn-hangzhou'}"), Map.of("Status", status));
    }

    private String status(String id) {
        return f.engine.get(application(id)).state("Status");
    }

    private void run(String id, String operation, String during, long seconds, String after) {
        assertEquals(during, f.engine.apply(application(id), operation).state("Status"), operation + " in flight");
        f.advanceSeconds(seconds);
        assertEquals(after, status(id), operation + " settled");
    }

    @Test
    void aRevisedApplicationValidatesValuatesAndRedeploysInItsRevisionStates() {
        createIn("REV", "Revised");
        run("REV", "ValidateApplication", "Verifying_In_Revision", 3, "Verified_Success_In_Revision");
        run("REV", "ValuateApplication", "Valuating_In_Revision", 3, "Valuating_Success_In_Revision");
        run("REV", "DeployApplication", "Deploying", 10, "Deployed_Success");
    }

    @Test
    void faultsFailRevisionStepsIntoTheirRevisionFailureStates() {
        createIn("REV", "Revised");
        f.engine.faults().add(new Fault("bpstudio", "ValidateApplication", "REV", null));
        run("REV", "ValidateApplication", "Verifying_In_Revision", 3, "Verified_Failure_In_Revision");
        run("REV", "ValidateApplication", "Verifying_In_Revision", 3, "Verified_Success_In_Revision");
        f.engine.faults().add(new Fault("bpstudio", "ValuateApplication", "REV", null));
        run("REV", "ValuateApplication", "Valuating_In_Revision", 3, "Valuating_Failure_In_Revision");
    }

    @Test
    void failingADeploymentLeavesItPartiallyDeployedAndItIsDeployedAgain() {
        createIn("APP", "Valuating_Success");
        f.engine.apply(application("APP"), "DeployApplication");
        assertEquals("Partially_Deployed_Success", f.engine.fail("APP").state("Status"));
        f.advanceSeconds(10);
        assertEquals("Partially_Deployed_Success", status("APP"), "the interrupted deployment does not settle later");
        run("APP", "DeployApplication", "Deploying", 10, "Deployed_Success");
    }

    @Test
    void aFailedReleaseIsReleasedAgainAndOnlyThenDeleted() {
        createIn("APP", "Deployed_Success");
        f.engine.faults().add(new Fault("bpstudio", "ReleaseApplication", null, null));
        run("APP", "ReleaseApplication", "Destroying", 5, "Destroyed_Failure");
        EngineFixture.refused("IncorrectApplicationStatus", () -> f.engine.apply(application("APP"), "DeleteApplication"));
        run("APP", "ReleaseApplication", "Destroying", 5, "Destroyed_Success");
        assertEquals(true, f.engine.apply(application("APP"), "DeleteApplication").deleted());
        EngineFixture.refused("InvalidApplicationId.NotFound", () -> f.engine.get(application("APP")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Modified                     | ValidateApplication ReleaseApplication",
            "Verified_Failure             | ValidateApplication ReleaseApplication",
            "Verified_Success             | ValidateApplication ValuateApplication ReleaseApplication",
            "Valuating_Failure            | ValidateApplication ValuateApplication ReleaseApplication",
            "Valuating_Success            | ValidateApplication ValuateApplication DeployApplication ReleaseApplication",
            "Deployed_Failure             | ValidateApplication DeployApplication ReleaseApplication",
            "Partially_Deployed_Success   | DeployApplication ReleaseApplication ModifyApplicationSpec",
            "Deployed_Success             | ReleaseApplication ModifyApplicationSpec InitAppFailOver",
            "Delayed_Destroy              | ReleaseApplication",
            "Destroyed_Failure            | ReleaseApplication",
            "Partially_Destroyed_Success  | ReleaseApplication",
            "Destroyed_Success            | DeleteApplication",
            "Revised                      | ValidateApplication ReleaseApplication ModifyApplicationSpec",
            "Verified_Success_In_Revision | ValidateApplication ValuateApplication ReleaseApplication ModifyApplicationSpec",
            "Valuating_Success_In_Revision | ValidateApplication ValuateApplication DeployApplication ReleaseApplication ModifyApplicationSpec"})
    void eachSettledStatusAllowsTheseActions(String status, String actions) {
        assertEquals(List.of(actions.split(" ")), createIn("APP", status).allowedOperations());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Creating", "Verifying", "Valuating", "Destroying",
            "Verifying_In_Revision", "Valuating_In_Revision"})
    void aStatusWithAnOperationInFlightAllowsNoAction(String status) {
        assertEquals(List.of(), createIn("APP", status).allowedOperations());
    }

    @Test
    void aDeploymentAllowsOnlyAReleaseWhichIsDelayedThenBeginsByItself() {
        assertEquals(List.of("ReleaseApplication"), createIn("APP", "Deploying").allowedOperations());
        createIn("DEP", "Valuating_Success");
        f.engine.apply(application("DEP"), "DeployApplication");
        run("DEP", "ReleaseApplication", "Delayed_Destroy", 10, "Destroying");
        f.advanceSeconds(5);
        assertEquals("Destroyed_Success", status("DEP"));
    }

    @Test
    void aReleaseEndingInAnErrorReleasedOnlySomeResources() {
        createIn("APP", "Deployed_Success");
        f.engine.faults().add(new Fault("bpstudio", "ReleaseApplication", null, Fault.Outcome.ERROR));
        run("APP", "ReleaseApplication", "Destroying", 5, "Partially_Destroyed_Success");
    }

    @Test
    void theSwitchActionsNeedAPreparedSwitchOnADeployedApplication() {
        Resource app = createIn("APP", "Deployed_Success");
        assertEquals(List.of("ReleaseApplication", "ModifyApplicationSpec", "InitAppFailOver"), app.allowedOperations());
        assertEquals("Primary", f.engine.apply(application("APP"), "InitAppFailOver").state("FailOver"));
        Resource over = f.engine.apply(application("APP"), "AppFailOver");
        assertEquals("FailedOver", over.state("FailOver"));
        assertEquals(List.of("ReleaseApplication", "ModifyApplicationSpec", "AppFailOver", "AppFailBack"), over.allowedOperations(),
                "no new preparation while failed over");
        assertEquals("Primary", f.engine.apply(application("APP"), "AppFailBack").state("FailOver"));
    }
}
