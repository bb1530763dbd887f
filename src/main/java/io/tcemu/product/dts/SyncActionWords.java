package io.tcemu.product.dts;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The sync vocabulary of SyncJobInfo.AllActions and Actions, mapped from the lifecycle's
 * operations. postPay2prePay names no action of this emulator, and ResetSyncJob and
 * SkipSyncCheckItem have no word, so those are never among a job's Actions.
 */
final class SyncActionWords {
    /** Every word, in the order of the DescribeSyncJobs example. */
    static final List<String> ALL = List.of("view", "configure", "check", "start", "stop", "resume", "pause",
            "continue", "limitRate", "resize", "isolate", "offline", "recover", "postPay2prePay",
            "configureOptObj", "checkOptObj", "startOptObj", "createCmpTask");

    private static final Map<String, String> BY_OPERATION = Map.ofEntries(
            Map.entry("ConfigureSyncJob", "configure"),
            Map.entry("CreateCheckSyncJob", "check"),
            Map.entry("StartSyncJob", "start"),
            Map.entry("StopSyncJob", "stop"),
            Map.entry("ResumeSyncJob", "resume"),
            Map.entry("PauseSyncJob", "pause"),
            Map.entry("ContinueSyncJob", "continue"),
            Map.entry("ModifySyncRateLimit", "limitRate"),
            Map.entry("ResizeSyncJob", "resize"),
            Map.entry("IsolateSyncJob", "isolate"),
            Map.entry("DestroySyncJob", "offline"),
            Map.entry("RecoverSyncJob", "recover"),
            Map.entry("ModifySyncJobConfig", "configureOptObj"),
            Map.entry("CreateModifyCheckSyncJob", "checkOptObj"),
            Map.entry("StartModifySyncJob", "startOptObj"),
            Map.entry("CreateSyncCompareTask", "createCmpTask"));

    private SyncActionWords() {
    }

    /** The words for the operations allowed now, with view, which any existing job allows. */
    static List<String> allowed(List<String> operations) {
        Set<String> words = operations.stream().filter(BY_OPERATION::containsKey).map(BY_OPERATION::get)
                .collect(Collectors.toSet());
        words.add("view");
        return ALL.stream().filter(words::contains).toList();
    }
}
