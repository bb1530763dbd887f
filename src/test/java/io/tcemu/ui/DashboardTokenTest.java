package io.tcemu.ui;

import io.tcemu.Emulator;
import io.tcemu.EmulatorConfig;
import io.tcemu.RawCalls;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.hamcrest.Matchers.containsString;

/**
 * With --admin-token a browser still loads the page, which cannot send a header when it opens,
 * while everything that reads or changes state still needs the token, however the path is spelt.
 */
class DashboardTokenTest {
    private static Emulator emulator;
    private static RawCalls raw;

    @BeforeAll
    static void start() {
        emulator = Emulator.start(EmulatorConfig.ephemeral().adminToken("s3cret"));
        raw = new RawCalls(emulator);
    }

    @AfterAll
    static void stop() {
        emulator.close();
    }

    @Test
    void thePageLoadsWithoutTheTokenAndItsCallsNeedIt() {
        raw.plain().get("/_tcemu/ui/").then().statusCode(200).body(containsString("Admin token"));
        raw.plain().get("/_tcemu/ui/app.js").then().statusCode(200);
        raw.plain().get("/_tcemu/clock/preview?seconds=60").then().statusCode(401);
        raw.plain().contentType("application/json").body("{}").post("/_tcemu/calls").then().statusCode(401);
        raw.plain().header("Authorization", "Bearer s3cret").get("/_tcemu/clock/preview?seconds=60").then().statusCode(200);
    }

    @Test
    void noPathThroughThePageReachesStateWithoutTheToken() {
        raw.plain().urlEncodingEnabled(false).get("/_tcemu/ui/../state").then().statusCode(401);
        raw.plain().urlEncodingEnabled(false).get("/_tcemu/ui/%2e%2e/state").then().statusCode(401);
        raw.plain().urlEncodingEnabled(false).get("/_tcemu/ui/app.js/../../resources").then().statusCode(401);
    }

    @Test
    void theHostAndOriginChecksStillHold() {
        raw.plain().header("Host", "evil.example").get("/_tcemu/ui/").then().statusCode(403);
        raw.plain().header("Origin", "http://evil.example").get("/_tcemu/ui/").then().statusCode(403);
    }
}
