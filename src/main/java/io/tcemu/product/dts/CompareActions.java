package io.tcemu.product.dts;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tcemu.api.ApiError;
import io.tcemu.api.ApiRequest;
import io.tcemu.api.CommonErrors;
import io.tcemu.lifecycle.LifecycleEngine;
import io.tcemu.lifecycle.Resource;
import io.tcemu.product.ListFilters;
import io.tcemu.product.Paging;
import io.tcemu.product.Params;
import io.tcemu.product.ProductActions;
import io.tcemu.product.ResourceIds;
import io.tcemu.product.ResourceViews;
import io.tcemu.product.Resources;
import io.tcemu.product.WireTime;
import io.tcemu.store.ResourceQuery;
import io.tcemu.store.Sort;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The ten consistency-check actions of one kind of job (CreateCompareTask… for migration jobs,
 * CreateSyncCompareTask… for sync jobs). The job's lifecycle decides when a check may be created;
 * the check's own lifecycle what may happen to it then. Every action first finds the job.
 */
final class CompareActions {
    private final Resources jobs;
    private final CompareTasks tasks;
    private final ResourceViews views;

    CompareActions(Resources jobs, CompareTasks tasks) {
        this.jobs = jobs;
        this.tasks = tasks;
        this.views = new ResourceViews(task -> CompareTaskView.of(task, tasks));
    }

    void register(ProductActions actions) {
        actions.on(tasks.action("Create%sCompareTask"), this::create);
        actions.on(tasks.start, request -> change(request, task -> task.put("StartedAt", WireTime.format(tasks.now()))));
        actions.on(tasks.action("Stop%sCompare"), request -> change(request, task -> { }));
        actions.on(tasks.action("Modify%sCompareTask"), request -> change(request, task -> modify(request, task)));
        actions.on(tasks.action("Modify%sCompareTaskName"), request -> change(request, task -> modify(request, task)));
        actions.on(tasks.action("Delete%sCompareTask"), request -> change(request, task -> { }));
        actions.on(tasks.action("Describe%sCompareTasks"), this::describe);
        actions.on(tasks.action("Describe%sCompareReport"), request -> CompareReport.report(find(request), request.params()));
        actions.on(tasks.action("Describe%sCompareDiffItems"), request -> CompareReport.diffItems(find(request), request.params()));
        actions.on(tasks.gtidReport, request -> CompareReport.gtid(gtidChecked(request), Params.flag(request.params(), "NeedDiffDetail")));
    }

    /**
     * The check a GTID report describes: the one CompareTaskId names, else the job's latest. These
     * actions document no not-found code, so a missing job or check is FailedOperation.
     */
    private Resource gtidChecked(ApiRequest request) {
        Resource job = jobs.get(request, CommonErrors.FAILED_OPERATION);
        if (Params.text(request.params(), "CompareTaskId") != null) {
            try {
                return tasks.of(request, job.id());
            } catch (ApiError e) {
                throw e.code().equals(tasks.definition().notFoundError()) ? e.withCode(CommonErrors.FAILED_OPERATION) : e;
            }
        }
        List<Resource> latest = tasks.query(tasks.ofJob(request, job.id()).orderedBy(Sort.creation(true)).page(0, 1)).items();
        if (latest.isEmpty()) {
            throw ApiError.of(CommonErrors.FAILED_OPERATION,
                    "Job " + job.id() + " has no consistency check yet: create one with " + tasks.action("Create%sCompareTask") + ".",
                    "任务 " + job.id() + " 还没有一致性校验任务：请先调用 " + tasks.action("Create%sCompareTask") + " 创建。");
        }
        return latest.get(0);
    }

    /** Creates a check, named after its id unless TaskName names it, once the job's state allows it. */
    private ObjectNode create(ApiRequest request) {
        String jobId = jobs.id(request);
        ObjectNode task = JsonNodeFactory.instance.objectNode().put("JobId", jobId);
        CompareSettings.apply(request.params(), task);
        jobs.apply(request, request.action(), job -> { });
        String id = ResourceIds.next(jobId + "-cmp-", 8);
        task.put("TaskName", Params.text(request.params(), "TaskName") == null ? id : Params.text(request.params(), "TaskName"));
        tasks.create(tasks.key(request, id), task, Map.of());
        return JsonNodeFactory.instance.objectNode().put("CompareTaskId", id);
    }

    /** Applies the operation named after the action to the check the request names, under its job. */
    private ObjectNode change(ApiRequest request, Consumer<ObjectNode> changes) {
        find(request);
        tasks.apply(request, request.action(), changes);
        return JsonNodeFactory.instance.objectNode();
    }

    private static void modify(ApiRequest request, ObjectNode task) {
        String name = Params.text(request.params(), "TaskName");
        if (name != null) {
            task.put("TaskName", name);
        }
        CompareSettings.apply(request.params(), task);
    }

    private Resource find(ApiRequest request) {
        return tasks.of(request, jobs.get(request).id());
    }

    /** The job's checks, newest first, filtered by CompareTaskId and Status, then paged. */
    private ObjectNode describe(ApiRequest request) {
        ObjectNode params = request.params();
        Paging paging = Paging.of(params, 20, 100, DtsErrors.INVALID_PARAMETER_VALUE_INVALID_PARAMETER_VALUE_ERROR);
        ResourceQuery query = tasks.ofJob(request, jobs.get(request).id());
        String id = Params.text(params, "CompareTaskId");
        if (id != null) {
            query = query.withIds(Set.of(id));
        }
        if (!params.path("Status").isEmpty()) {
            query = query.inStates("Status", ListFilters.texts(params.get("Status")));
        }
        LifecycleEngine.Page page = tasks.query(query.orderedBy(Sort.creation(true)).page(paging.offset(), paging.limit()));
        ObjectNode response = JsonNodeFactory.instance.objectNode().put("TotalCount", page.total());
        ArrayNode items = response.putArray("Items");
        page.items().forEach(t -> items.add(views.of(t)));
        return response;
    }
}
