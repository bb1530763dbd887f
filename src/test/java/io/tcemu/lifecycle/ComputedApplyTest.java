package io.tcemu.lifecycle;

import io.tcemu.api.Language;
import static io.tcemu.lifecycle.EngineFixture.START;
import static io.tcemu.lifecycle.EngineFixture.json;
import static io.tcemu.lifecycle.EngineFixture.refused;
import static io.tcemu.lifecycle.EngineFixture.sync;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tcemu.api.ApiError;
import io.tcemu.store.ResourceKey;
import io.tcemu.store.Scope;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@link LifecycleEngine#applyComputed}: attribute changes computed from the resource as it stands
 * are made before the transition is chosen; and the messages of lifecycles whose resources live in
 * a namespace.
 */
class ComputedApplyTest {
    private final EngineFixture f = new EngineFixture();
    private final LifecycleEngine engine = f.engine;

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void theChangesSeeTheResourceSettledAsOfNow() {
        f.createSync("sync-00000001", "Running");
        engine.apply(sync("sync-00000001"), "PauseSyncJob");
        f.advanceSeconds(5);
        AtomicReference<Resource> seen = new AtomicReference<>();

        engine.applyComputed(sync("sync-00000001"), "ContinueSyncJob", (current, a) -> {
            seen.set(current);
            a.put("PausedSeconds", current.observedAt().getEpochSecond() - current.since().get("Status").getEpochSecond());
        });

        assertEquals("Paused", seen.get().state("Status"), "the pause settled before the change ran");
        assertEquals(START.plusSeconds(5), seen.get().observedAt());
        Resource resuming = engine.get(sync("sync-00000001"));
        assertEquals("Resuming", resuming.state("Status"));
        assertEquals(2, resuming.attributes().get("PausedSeconds").asLong());
    }

    @Test
    void theTransitionIsChosenOnTheChangedAttributes() {
        engine.create(sync("sync-00000001"), json("{'PayMode':'PrePay','AutoRenew':0}"), Map.of("TradeStatus", "Isolated"));
        refused("OperationDenied.OperationDeniedError", () -> engine.apply(sync("sync-00000001"), "RecoverSyncJob"));

        Resource recovering = engine.applyComputed(sync("sync-00000001"), "RecoverSyncJob",
                (current, a) -> a.put("PayMode", "PostPay"));

        assertEquals("Recovering", recovering.state("TradeStatus"));
    }

    @Test
    void aRefusalDropsTheChanges() {
        Resource before = f.createSync("sync-00000001", "Paused");

        refused("OperationDenied.OperationDeniedError", () -> engine.applyComputed(sync("sync-00000001"), "PauseSyncJob",
                (current, a) -> a.put("Marker", true)));

        Resource after = engine.get(sync("sync-00000001"));
        assertFalse(after.attributes().has("Marker"));
        assertEquals(before.version(), after.version());
    }

    @Test
    void aRefusalNamesOnlyTheStartsNotTheirSpecialCases() {
        ResourceKey task = new ResourceKey(new Scope("100001", "ap-guangzhou", "1486446569620893696"),
                "wedata.IntegrationTask", "r0000");
        engine.create(task, json("{}"), Map.of("Status", "Running"));

        ApiError e = refused("OperationDenied", () -> engine.applyComputed(task, "StartIntegrationTask",
                (current, a) -> a.withObjectProperty("Run").put("ResourceGroup", "missing")));

        assertEquals("Integration task r0000 has Status `Running`; StartIntegrationTask is allowed only when Status is one of"
                + " `Initialize`, `Stopped`, `Failure`, `Detection Exception`.", e.message(Language.EN_US));
    }

    @Test
    void aMissingResourceIsNamedWithTheLifecyclesWordForItsNamespace() {
        ResourceKey elsewhere = new ResourceKey(new Scope("100001", "ap-guangzhou", "42"), "wedata.IntegrationTask", "r0000");

        ApiError e = refused("ResourceNotFound", () -> engine.get(elsewhere));

        assertEquals("Integration task r0000 does not exist in project 42, region ap-guangzhou of this account.",
                e.message(Language.EN_US));
        assertTrue(e.message(Language.ZH_CN).contains("项目 42"), e.message(Language.ZH_CN));
    }
}
