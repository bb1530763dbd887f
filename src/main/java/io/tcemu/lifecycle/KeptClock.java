package io.tcemu.lifecycle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tcemu.store.ResourceStore;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Keeps the emulator clock's reading with the resources, so that after a restart on the same
 * database the clock shows the time the stored resources were written against, not the wall
 * clock they would sit in the future of.
 */
final class KeptClock {
    private static final String SETTING = "clock";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final EmulatorClock clock;
    private final ResourceStore store;

    KeptClock(EmulatorClock clock, ResourceStore store) {
        this.clock = clock;
        this.store = store;
    }

    /** Resumes the kept reading, if any, and keeps every later explicit change. */
    void attach() {
        if (clock.shared()) {
            return; // its anchor lives in the store already, for every gateway
        }
        read().ifPresent(clock::resume);
        clock.onChange(this::write);
    }

    /** Keeps the reading as it is now, with whatever a time scale added since the last change. */
    void save() {
        if (!clock.shared()) {
            write(clock.reading());
        }
    }

    private void write(EmulatorClock.Reading reading) {
        ObjectNode kept = JSON.createObjectNode()
                .put("now", reading.now().toString())
                .put("offsetMillis", reading.offset().toMillis())
                .put("frozen", reading.frozen());
        store.putSetting(SETTING, kept.toString());
    }

    private Optional<EmulatorClock.Reading> read() {
        return store.setting(SETTING).map(text -> {
            try {
                JsonNode kept = JSON.readTree(text);
                return new EmulatorClock.Reading(Instant.parse(kept.path("now").asText()),
                        Duration.ofMillis(kept.path("offsetMillis").asLong()), kept.path("frozen").asBoolean(), 1.0);
            } catch (IOException | RuntimeException e) {
                throw new IllegalStateException("the kept clock setting is unreadable: " + text, e);
            }
        });
    }
}
