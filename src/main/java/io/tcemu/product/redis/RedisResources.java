package io.tcemu.product.redis;

import io.tcemu.product.Scopes;
import io.tcemu.api.ApiRequest;
import io.tcemu.store.ResourceKey;
import io.tcemu.store.Scope;

/** Where Redis resources live: instances, tasks and export files per account and region, under their lifecycles. */
final class RedisResources {
    static final String INSTANCE = "redis.Instance";
    static final String TASK = "redis.Task";
    static final String BACKUP = "redis.Backup";
    static final String EXPORT_FILE = "redis.ExportFile";
    /** TaskIds are integers, unique across accounts as the real service's are. */
    static final String TASK_SEQUENCE = "redis.TaskId";

    private RedisResources() {
    }


    static ResourceKey instance(ApiRequest request, String instanceId) {
        return new ResourceKey(Scopes.of(request), INSTANCE, instanceId);
    }

    static ResourceKey task(Scope scope, long taskId) {
        return new ResourceKey(scope, TASK, String.valueOf(taskId));
    }

    /** An export file is named by its FileName, which begins with its instance's id. */
    static ResourceKey exportFile(Scope scope, String fileName) {
        return new ResourceKey(scope, EXPORT_FILE, fileName);
    }
}
