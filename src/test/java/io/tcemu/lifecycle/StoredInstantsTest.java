package io.tcemu.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StoredInstantsTest {

    @ParameterizedTest
    @ValueSource(strings = {"2026-12-01T18:03:04Z", "2026-12-01T18:03:04.100Z", "2026-12-01T18:03:04.123456Z",
            "2026-12-01T18:03:04.123456789Z", "1970-01-01T00:00:00Z", "2024-02-29T23:59:59.999Z",
            "9999-12-31T23:59:59Z", "+10000-01-01T00:00:00Z", "1969-12-31T23:59:59.5Z",
            "2026-13-01T00:00:00Z", "2026-02-30T00:00:00Z", "2026-12-01T24:00:00Z", "2026-12-01T18:03:04.Z",
            "2026-12-01T18:60:00Z", "2026-12-01 18:03:04Z", "2026-1a-01T00:00:00Z", "yesterday"})
    void answersWhatInstantParseAnswersValueOrRefusal(String text) {
        assertEquals(outcome(Instant::parse, text), outcome(StoredInstants::parse, text));
    }

    private static Object outcome(Function<String, Instant> parse, String text) {
        try {
            return parse.apply(text);
        } catch (RuntimeException e) {
            return e.getClass();
        }
    }
}
