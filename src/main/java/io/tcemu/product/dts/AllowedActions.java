package io.tcemu.product.dts;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * A migration job's Action field: the console vocabulary (AllAction) and the words the lifecycle
 * allows right now (AllowedAction), derived from the operations the engine allows in the job's state.
 */
final class AllowedActions {
    static final List<String> ALL = List.of("view", "modify", "check", "start", "configure", "stop", "complete",
            "resume", "createCmpTask", "isolate", "offline", "resize", "recover");

    /**
     * Which word each operation unlocks. Configuring and modifying both go through ModifyMigrationJob;
     * continuing a paused job is the console's resume, as retrying one in error is. Pause, rename,
     * rate limits, runtime attributes and skipping check items have no word.
     */
    private static final Map<String, List<String>> WORDS = Map.ofEntries(
            Map.entry("ModifyMigrationJob", List.of("modify", "configure")),
            Map.entry("CreateMigrateCheckJob", List.of("check")),
            Map.entry("StartMigrateJob", List.of("start")),
            Map.entry("StopMigrateJob", List.of("stop")),
            Map.entry("CompleteMigrateJob", List.of("complete")),
            Map.entry("CreateCompareTask", List.of("createCmpTask")),
            Map.entry("ContinueMigrateJob", List.of("resume")),
            Map.entry("ResumeMigrateJob", List.of("resume")),
            Map.entry("IsolateMigrateJob", List.of("isolate")),
            Map.entry("DestroyMigrateJob", List.of("offline")),
            Map.entry("ModifyMigrateJobSpec", List.of("resize")),
            Map.entry("RecoverMigrateJob", List.of("recover")));

    private AllowedActions() {
    }

    /** {@code view} always, then the words of the allowed operations, in AllAction's order. */
    static ObjectNode of(Collection<String> allowedOperations) {
        List<String> allowed = allowedOperations.stream()
                .flatMap(op -> WORDS.getOrDefault(op, List.of()).stream()).toList();
        ObjectNode action = JsonNodeFactory.instance.objectNode();
        ALL.forEach(action.putArray("AllAction")::add);
        ALL.stream().filter(word -> word.equals("view") || allowed.contains(word)).forEach(action.putArray("AllowedAction")::add);
        return action;
    }
}
