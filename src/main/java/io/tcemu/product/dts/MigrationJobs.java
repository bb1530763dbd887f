package io.tcemu.product.dts;

import io.tcemu.product.Scopes;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tcemu.api.ApiError;
import io.tcemu.api.ApiRequest;
import io.tcemu.lifecycle.LifecycleEngine;
import io.tcemu.lifecycle.Resource;
import io.tcemu.lifecycle.Step;
import io.tcemu.product.WireTime;
import io.tcemu.store.ResourceKey;
import java.util.List;
import java.util.function.Consumer;

/**
 * The caller's migration jobs: every read and change is scoped to the request's account and
 * region, so another account's job, or one in another region, does not exist here.
 */
final class MigrationJobs {
    static final String LIFECYCLE = "dts.MigrateJob";
    static final String CHECK = "CreateMigrateCheckJob";
    static final String FULL_MIGRATION = "FullMigration";

    private final LifecycleEngine engine;

    MigrationJobs(LifecycleEngine engine) {
        this.engine = engine;
    }

    LifecycleEngine engine() {
        return engine;
    }


    /** The job named by the request's JobId, which the spec does not always mark required (DestroyMigrateJob). */
    static ResourceKey key(ApiRequest request) {
        String id = request.params().path("JobId").asText("");
        if (id.isEmpty()) {
            throw ApiError.of("MissingParameter.MissingParameterError", "JobId is required: name the migration job.",
                    "缺少参数 JobId：请指定迁移任务。");
        }
        return new ResourceKey(Scopes.of(request), LIFECYCLE, id);
    }

    Resource get(ApiRequest request) {
        return engine.get(key(request));
    }

    Resource apply(ApiRequest request, String operation) {
        return apply(request, operation, attributes -> { });
    }

    /** Applies the operation; {@code changes} runs atomically with it, and may refuse by throwing ApiError. */
    Resource apply(ApiRequest request, String operation, Consumer<ObjectNode> changes) {
        String now = WireTime.format(engine.clock().now());
        return engine.apply(key(request), operation, attributes -> {
            changes.accept(attributes);
            attributes.put("UpdateTime", now);
        });
    }

    /** The steps a transition of an operation declares in the lifecycle file (the pre-check items, the migration phases). */
    List<Step> steps(String operation, int transition) {
        return engine.catalog().get(LIFECYCLE).operation(operation).orElseThrow().transitions().get(transition).steps();
    }
}
