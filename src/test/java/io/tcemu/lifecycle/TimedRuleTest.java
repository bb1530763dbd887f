package io.tcemu.lifecycle;

import static io.tcemu.lifecycle.EngineFixture.DAY;
import static io.tcemu.lifecycle.EngineFixture.HERE;
import static io.tcemu.lifecycle.EngineFixture.START;
import static io.tcemu.lifecycle.EngineFixture.json;
import static io.tcemu.lifecycle.EngineFixture.migration;
import static io.tcemu.lifecycle.EngineFixture.refused;
import static io.tcemu.lifecycle.EngineFixture.sync;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TimedRuleTest {
    private final EngineFixture f = new EngineFixture();
    private final LifecycleEngine engine = f.engine;

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void aSyncJobPausedForMoreThanSevenDaysFails() {
        f.createSync("sync-00000001", "Running");
        engine.apply(sync("sync-00000001"), "PauseSyncJob");
        f.advanceSeconds(3 + 7 * DAY - 1);
        assertEquals("Paused", engine.get(sync("sync-00000001")).state("Status"));

        f.advanceSeconds(1);

        Resource failed = engine.get(sync("sync-00000001"));
        assertEquals("Failed", failed.state("Status"));
        assertEquals(START.plusSeconds(3 + 7 * DAY), failed.since().get("Status"));
    }

    @Test
    void continuingInTimeAvoidsTheFailure() {
        f.createSync("sync-00000001", "Paused");
        f.advanceSeconds(6 * DAY);
        engine.apply(sync("sync-00000001"), "ContinueSyncJob");
        f.advanceSeconds(30 * DAY);
        assertEquals("Running", engine.get(sync("sync-00000001")).state("Status"));
    }

    @Test
    void anIsolatedJobIsDeletedSevenDaysLater() {
        f.createSync("sync-00000001", "Running");
        engine.apply(sync("sync-00000001"), "IsolateSyncJob");
        f.advanceSeconds(3 + 7 * DAY - 1);
        assertEquals("Isolated", engine.get(sync("sync-00000001")).state("TradeStatus"));

        f.advanceSeconds(1);
        assertEquals("Offlining", engine.get(sync("sync-00000001")).state("TradeStatus"), "seed 000's Deleting");

        f.advanceSeconds(3);
        refused("ResourceNotFound.ResourceNotFoundError", () -> engine.get(sync("sync-00000001")));
        assertEquals(List.of(), engine.list(HERE, "dts.SyncJob"));
    }

    @Test
    void anExpiredPrePayJobIsIsolatedAtItsExpireTime() {
        // 2024-07-09 11:00:00 in Beijing is 03:00 UTC, one day after START.
        engine.create(sync("sync-00000001"), json("{'PayMode':'PrePay','AutoRenew':0,'ExpireTime':'2024-07-09 11:00:00'}"),
                Map.of("Status", "Running"));
        f.advanceSeconds(DAY - 1);
        assertEquals("Normal", engine.get(sync("sync-00000001")).state("TradeStatus"));

        f.advanceSeconds(1);

        Resource isolated = engine.get(sync("sync-00000001"));
        assertEquals("Isolated", isolated.state("TradeStatus"));
        assertEquals(START.plusSeconds(DAY), isolated.since().get("TradeStatus"));
        assertEquals("Running", isolated.state("Status"));
    }

    @Test
    void expiryAndTheDeletionAfterItSettleInOneReadAtTheirOwnTimes() {
        engine.create(sync("sync-00000001"), json("{'PayMode':'PrePay','AutoRenew':0,'ExpireTime':'2024-07-09 11:00:00'}"));
        f.advanceSeconds(DAY + 7 * DAY - 1);
        assertEquals("Isolated", engine.get(sync("sync-00000001")).state("TradeStatus"));

        // the deletion starts a second later and takes 3 s: expiry, isolation and deletion settle in one read
        f.clock.advance(Duration.ofSeconds(1 + 3));

        refused("ResourceNotFound.ResourceNotFoundError", () -> engine.get(sync("sync-00000001")));
    }

    @Test
    void postPayAndAutoRenewingJobsDoNotExpire() {
        engine.create(sync("sync-00000001"), json("{'PayMode':'PostPay','AutoRenew':0,'ExpireTime':'2024-07-09 11:00:00'}"));
        engine.create(sync("sync-00000002"), json("{'PayMode':'PrePay','AutoRenew':1,'ExpireTime':'2024-07-09 11:00:00'}"));
        engine.create(sync("sync-00000003"), json("{'PayMode':'PrePay','AutoRenew':0,'ExpireTime':'0000-00-00 00:00:00'}"));

        f.advanceSeconds(30 * DAY);

        assertEquals(List.of("Normal", "Normal", "Normal"),
                engine.list(HERE, "dts.SyncJob").stream().map(r -> r.state("TradeStatus")).toList());
    }

    @Test
    void aPrepaidMigrationCreatedAlreadyExpiredIsIsolatedFromItsCreation() {
        Resource job = engine.create(migration("dts-00000001"),
                json("{'TradeInfo':{'PayType':'prepay','ExpireTime':'2024-07-08T10:00:00+08:00'}}"));

        assertEquals("isolated", job.state("TradeStatus"));
        assertEquals(START, job.since().get("TradeStatus"));
    }
}
