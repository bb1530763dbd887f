package io.tcemu.product.wedata;

import java.time.Duration;
import java.util.List;

/**
 * What the emulator assumes about the world around WeData tasks: the resource groups that exist
 * (a task naming another one ends in Detection Exception) and how long a task's source keeps its
 * logs (a task paused longer fails when continued).
 *
 * @param resourceGroups ids of the integration resource groups (ExecutorId) that exist; a task
 *                       created without one runs on the first
 */
public record WedataSettings(List<String> resourceGroups, Duration logRetention) {
    public static final String DEFAULT_RESOURCE_GROUP = "tcemu-resource-group";
    /** Seven days: Kafka's default retention, and a generous one for a MySQL binlog. */
    public static final Duration DEFAULT_LOG_RETENTION = Duration.ofDays(7);

    public WedataSettings {
        resourceGroups = List.copyOf(resourceGroups);
        if (logRetention == null || logRetention.isNegative() || logRetention.isZero()) {
            throw new IllegalArgumentException("the source log retention must be a positive duration, not " + logRetention);
        }
        if (resourceGroups.stream().anyMatch(String::isBlank)) {
            throw new IllegalArgumentException("a resource group id cannot be blank: " + resourceGroups);
        }
    }

    public static WedataSettings defaults() {
        return new WedataSettings(List.of(DEFAULT_RESOURCE_GROUP), DEFAULT_LOG_RETENTION);
    }

    public WedataSettings withResourceGroups(List<String> groups) {
        return new WedataSettings(groups, logRetention);
    }

    public WedataSettings withLogRetention(Duration retention) {
        return new WedataSettings(resourceGroups, retention);
    }

    boolean exists(String resourceGroup) {
        return resourceGroups.contains(resourceGroup);
    }
}
