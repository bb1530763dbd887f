package io.tcemu;

import io.tcemu.auth.AuthMode;
import io.tcemu.product.wedata.WedataSettings;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MainTest {

    @Test
    void defaults() {
        EmulatorConfig config = Main.parse(new String[0], Map.of());
        assertEquals("127.0.0.1", config.host());
        assertEquals(4580, config.port());
        assertEquals(4581, config.httpsPort());
        assertEquals(AuthMode.STRICT, config.authMode());
        assertTrue(config.rateLimits());
    }

    @Test
    void rateLimitsCanBeSwitchedOff() {
        assertFalse(Main.parse(new String[]{"--rate-limits", "off"}, Map.of()).rateLimits());
        assertTrue(Main.parse(new String[0], Map.of("TCEMU_RATE_LIMITS", "on")).rateLimits());
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> Main.parse(new String[]{"--rate-limits", "maybe"}, Map.of()))
                .getMessage().contains("--rate-limits must be on or off"));
    }

    @Test
    void flagsWinOverEnvironmentVariables() {
        EmulatorConfig config = Main.parse(new String[]{"--port", "9000", "--auth=off"},
                Map.of("TCEMU_PORT", "8000", "TCEMU_HTTPS_PORT", "8443", "TCEMU_AUTH", "lenient"));
        assertEquals(9000, config.port());
        assertEquals(8443, config.httpsPort());
        assertEquals(AuthMode.OFF, config.authMode());
    }

    @Test
    void wedataResourceGroupsAndLogRetention() {
        assertEquals(WedataSettings.defaults(), Main.parse(new String[0], Map.of()).wedata());
        EmulatorConfig config = Main.parse(new String[]{"--wedata-resource-groups", "rg-a, rg-b", "--wedata-log-retention=3600"},
                Map.of());
        assertEquals(new WedataSettings(List.of("rg-a", "rg-b"), Duration.ofHours(1)), config.wedata());
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> Main.parse(new String[]{"--wedata-log-retention", "7d"}, Map.of()))
                .getMessage().contains("positive number of seconds"));
    }

    @Test
    void badInputIsExplained() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Main.parse(new String[]{"--port", "http"}, Map.of()))
                .getMessage().contains("--port must be a port number"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Main.parse(new String[]{"--auth", "maybe"}, Map.of()))
                .getMessage().contains("strict, lenient or off"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Main.parse(new String[]{"--bogus"}, Map.of()))
                .getMessage().contains("unknown flag --bogus"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Main.parse(new String[]{"--tls-cert", "a.pem"}, Map.of()))
                .getMessage().contains("go together"));
        assertNull(Main.parse(new String[]{"--help"}, Map.of()));
    }
}
