package io.tcemu.product.dts;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tcemu.api.ApiRequest;
import io.tcemu.lifecycle.LifecycleEngine;
import io.tcemu.lifecycle.Resource;
import io.tcemu.product.Resources;
import io.tcemu.product.WireTime;

import java.util.function.Consumer;

/** The caller's migration jobs (lifecycle dts.MigrateJob); every change also moves the job's UpdateTime. */
final class MigrationJobs extends Resources {
    static final String LIFECYCLE = "dts.MigrateJob";
    static final String CHECK = "CreateMigrateCheckJob";
    static final String FULL_MIGRATION = "FullMigration";

    MigrationJobs(LifecycleEngine engine) {
        // DestroyMigrateJob's spec does not mark JobId required
        super(engine, LIFECYCLE, new IdParameter("JobId", DtsErrors.MISSING_PARAMETER_MISSING_PARAMETER_ERROR,
                "JobId is required: name the migration job.", "缺少参数 JobId：请指定迁移任务。"));
    }

    Resource apply(ApiRequest request, String operation) {
        return apply(request, operation, attributes -> { });
    }

    @Override
    public Resource apply(ApiRequest request, String operation, Consumer<ObjectNode> changes) {
        String now = WireTime.format(now());
        return super.apply(request, operation, attributes -> {
            changes.accept(attributes);
            attributes.put("UpdateTime", now);
        });
    }
}
