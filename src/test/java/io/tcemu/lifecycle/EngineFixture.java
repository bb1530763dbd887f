package io.tcemu.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tcemu.api.ApiError;
import io.tcemu.store.IndexedResourceStore;
import io.tcemu.store.ResourceStore;
import io.tcemu.store.ResourceKey;
import io.tcemu.store.Scope;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.function.Executable;

/**
 * An engine over the real DTS lifecycle files and the default in-memory store, on a frozen clock that
 * only moves when a test advances it.
 */
final class EngineFixture implements AutoCloseable {
    static final Instant START = Instant.parse("2024-07-08T03:00:00Z");
    static final Scope HERE = Scope.of("100001", "ap-guangzhou");
    static final long DAY = 86_400;
    static final LifecycleCatalog CATALOG = LifecycleCatalog.fromClasspath();
    private static final ObjectMapper JSON = new ObjectMapper();

    final EmulatorClock clock = new EmulatorClock(new ManualWallClock(START), 1.0);
    final ResourceStore store = IndexedResourceStore.inMemory();
    final LifecycleEngine engine = new LifecycleEngine(CATALOG, store, clock);

    EngineFixture() {
        clock.setFrozen(true);
    }

    static ResourceKey sync(String id) {
        return new ResourceKey(HERE, "dts.SyncJob", id);
    }

    static ResourceKey migration(String id) {
        return new ResourceKey(HERE, "dts.MigrateJob", id);
    }

    /** Attributes from a JSON literal, e.g. {@code json("{'PayMode':'PostPay'}")} (single quotes allowed). */
    static ObjectNode json(String text) {
        try {
            return (ObjectNode) JSON.readTree(text.replace('\'', '"'));
        } catch (Exception e) {
            throw new IllegalArgumentException(text, e);
        }
    }

    static ObjectNode postPaySync() {
        return json("{'PayMode':'PostPay','AutoRenew':0}");
    }

    Resource createSync(String id, String status) {
        return engine.create(sync(id), postPaySync(), Map.of("Status", status));
    }

    void advanceSeconds(long seconds) {
        clock.advance(Duration.ofSeconds(seconds));
    }

    void progression(ProgressionMode mode) {
        engine.progressions().set(ProgressionSetting.global(mode));
    }

    static ApiError refused(String code, Executable call) {
        ApiError e = assertThrows(ApiError.class, call);
        assertEquals(code, e.code(), e.getMessage());
        return e;
    }

    @Override
    public void close() {
        store.close();
    }
}
