package io.tcemu.admin;

import io.restassured.specification.RequestSpecification;
import io.tcemu.Emulator;
import io.tcemu.EmulatorConfig;
import io.tcemu.RawCalls;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/**
 * The admin API can reset the emulator and inject faults, so web pages and foreign host names are
 * kept away from it, while the API itself (signed) answers any origin.
 */
class CrossOriginTest {
    private static final String PAGE = "http://evil.example";
    private static final String APP = "http://app.example:3000";
    private static Emulator open;
    private static Emulator tokened;

    @BeforeAll
    static void start() {
        open = Emulator.start(EmulatorConfig.ephemeral().corsOrigins(List.of(APP)));
        tokened = Emulator.start(EmulatorConfig.ephemeral().adminToken("s3cret"));
    }

    @AfterAll
    static void stop() {
        open.close();
        tokened.close();
    }

    private static RequestSpecification to(Emulator emulator) {
        return new RawCalls(emulator).plain();
    }

    @Test
    void aForeignOriginIsRefusedOnTheAdminApi() {
        // a page's text/plain POST needs no preflight: it must be refused outright
        to(open).header("Origin", PAGE).contentType("text/plain").body("{}").post("/_tcemu/reset")
                .then().statusCode(403).body("error", containsString("other origins"));
        to(open).header("Origin", "null").get("/_tcemu/health").then().statusCode(403);
        to(open).header("Origin", "http://127.0.0.1:1").get("/_tcemu/health").then().statusCode(403);
    }

    @Test
    void theEmulatorsOwnOriginIsAccepted() {
        to(open).header("Origin", "http://127.0.0.1:" + open.httpPort()).get("/_tcemu/health")
                .then().statusCode(200).header("Access-Control-Allow-Origin", nullValue());
        to(open).header("Origin", "http://localhost:" + open.httpPort()).get("/_tcemu/clock").then().statusCode(200);
    }

    @Test
    void aForeignHostIsRefusedOnTheAdminApi() {
        to(open).header("Host", "rebound.evil.example:" + open.httpPort()).post("/_tcemu/reset")
                .then().statusCode(403).body("error", containsString("Host"));
        to(open).header("Host", "localhost:" + open.httpPort()).get("/_tcemu/health").then().statusCode(200);
    }

    @Test
    void foreignOriginsAndHostsReachTheApi() {
        to(open).header("Origin", PAGE).header("Host", "dts.tencentcloudapi.com").contentType("application/json")
                .header("X-TC-Action", "DescribeSyncJobs").header("X-TC-Version", "2021-12-06").body("{}").post("/")
                .then().statusCode(200).body("Response.Error.Code", equalTo("AuthFailure.InvalidAuthorization"));
    }

    @Test
    void anAllowedOriginGetsItsPreflightAndCorsHeaders() {
        to(open).header("Origin", APP).header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type").options("/_tcemu/reset")
                .then().statusCode(204)
                .header("Access-Control-Allow-Origin", APP)
                .header("Access-Control-Allow-Methods", containsString("POST"))
                .header("Access-Control-Allow-Headers", containsString("Content-Type"));
        to(open).header("Origin", APP).contentType("application/json").body("{\"seconds\": 1}")
                .post("/_tcemu/clock/advance").then().statusCode(200)
                .header("Access-Control-Allow-Origin", APP).body("offsetSeconds", equalTo(1));
        // its host name is allowed as a Host, as for a compose service reached by name
        to(open).header("Host", "app.example:3000").get("/_tcemu/health").then().statusCode(200);
    }

    @Test
    void aConfiguredTokenIsRequiredAsABearer() {
        to(tokened).post("/_tcemu/reset").then().statusCode(401)
                .header("WWW-Authenticate", containsString("Bearer")).body("error", containsString("--admin-token"));
        to(tokened).header("Authorization", "Bearer wrong").post("/_tcemu/reset").then().statusCode(401);
        to(tokened).header("Authorization", "Bearer s3cret").post("/_tcemu/reset").then().statusCode(200)
                .body("reset", equalTo(true));
        to(open).post("/_tcemu/reset").then().statusCode(200);
    }
}
