package io.tcemu.product.redis;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tcemu.api.ApiError;
import io.tcemu.api.ApiRequest;
import io.tcemu.api.CommonErrors;
import io.tcemu.lifecycle.LifecycleEngine;
import io.tcemu.product.Paging;
import io.tcemu.product.ProductActions;
import io.tcemu.product.Scopes;
import io.tcemu.product.WireTime;
import io.tcemu.store.ResourceKey;
import io.tcemu.store.ResourceQuery;
import io.tcemu.store.Sort;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Set;

/**
 * The audit log downloads (lifecycle redis.ExportFile): CreateExportTask starts writing a file,
 * DescribeExportTasks lists an instance's files, DeleteExportTask deletes one.
 */
final class ExportActions {
    /** LogType: the one documented kind of log. */
    private static final DateTimeFormatter NAME_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(WireTime.BEIJING);
    private static final String REQUEST_SEQUENCE = "redis.ExportRequestId";

    private final LifecycleEngine engine;

    ExportActions(LifecycleEngine engine) {
        this.engine = engine;
    }

    void register(ProductActions actions) {
        actions.on("CreateExportTask", this::createExportTask);
        actions.on("DescribeExportTasks", this::describeExportTasks);
        actions.on("DeleteExportTask", this::deleteExportTask);
    }

    /**
     * CreateExportTask: a file of the instance's audit log from StartTime to EndTime, named as the
     * documented example's (instance_start_to_end_milliseconds.tar.gz), written in a few seconds.
     * The filters are checked with the request (constraints.json), then have nothing to select from.
     */
    private ObjectNode createExportTask(ApiRequest request) {
        ObjectNode p = request.params();
        Instant start = TaskQuery.time(p, "StartTime");
        Instant end = TaskQuery.time(p, "EndTime");
        if (!end.isAfter(start)) {
            throw ApiError.of(CommonErrors.INVALID_PARAMETER_VALUE, "EndTime must be later than StartTime.", "EndTime 须晚于 StartTime。");
        }
        String instanceId = p.path("InstanceId").asText();
        long requestId = engine.nextNumber(REQUEST_SEQUENCE);
        // the moment in milliseconds, moved on by the request's number so that two files of one millisecond differ
        long stamp = engine.clock().now().toEpochMilli() + requestId;
        String fileName = instanceId + "_" + NAME_TIME.format(start) + "_to_" + NAME_TIME.format(end) + "_" + stamp + ".tar.gz";
        ObjectNode file = JsonNodeFactory.instance.objectNode()
                .put("InstanceId", instanceId)
                .put("LogType", p.get("LogType").asText())
                .put("StartTime", WireTime.format(start))
                .put("EndTime", WireTime.format(end))
                .put("AsyncRequestId", requestId);
        engine.apply(RedisResources.instance(request, instanceId), "CreateExportTask", null,
                instance -> new LifecycleEngine.Companion(RedisResources.exportFile(instance.key().scope(), fileName), file));
        return JsonNodeFactory.instance.objectNode().put("FileName", fileName);
    }

    /** DescribeExportTasks: the instance's files of that LogType, newest first, paged, also those deleted. */
    private ObjectNode describeExportTasks(ApiRequest request) {
        ObjectNode p = request.params();
        String logType = p.get("LogType").asText();
        Paging paging = Pages.of(p, 20, 100);
        String instanceId = existingInstance(request, RedisErrors.RESOURCE_NOT_FOUND_INSTANCE_NOT_FOUND);
        LifecycleEngine.Page page = engine.query(ResourceQuery.all(Scopes.of(request), RedisResources.EXPORT_FILE)
                .withValues("/InstanceId", Set.of(instanceId)).withValues("/LogType", Set.of(logType))
                .orderedBy(Sort.attribute("/AsyncRequestId", true)).page(paging.offset(), paging.limit()));
        return Pages.answer(page, "Items", ExportFileView::of);
    }

    /** DeleteExportTask: the file is deleted at once (Status deleted), also while it is being written. */
    private ObjectNode deleteExportTask(ApiRequest request) {
        ObjectNode p = request.params();
        String instanceId = existingInstance(request, RedisErrors.RESOURCE_NOT_FOUND_INSTANCE_NOT_EXISTS);
        String fileName = p.path("FileName").asText();
        ResourceKey key = RedisResources.exportFile(Scopes.of(request), fileName);
        if (engine.observe(key).filter(f -> f.attributes().path("InstanceId").asText().equals(instanceId)).isEmpty()) {
            throw ApiError.of(CommonErrors.RESOURCE_NOT_FOUND, "Instance " + instanceId + " has no export file " + fileName
                            + "; DescribeExportTasks lists its files.",
                    "实例 " + instanceId + " 没有日志文件 " + fileName + "，可通过 DescribeExportTasks 查询。");
        }
        engine.apply(key, "DeleteExportTask");
        return JsonNodeFactory.instance.objectNode();
    }

    /** The request's InstanceId, which must name an instance of the caller's in the region; {@code code} otherwise. */
    private String existingInstance(ApiRequest request, String code) {
        String instanceId = request.params().path("InstanceId").asText();
        if (engine.observe(RedisResources.instance(request, instanceId)).isEmpty()) {
            throw ApiError.of(code, "No Redis instance " + instanceId + " in region " + request.region() + " of this account.",
                    "当前账号在地域 " + request.region() + " 下不存在 Redis 实例 " + instanceId + "。");
        }
        return instanceId;
    }
}
