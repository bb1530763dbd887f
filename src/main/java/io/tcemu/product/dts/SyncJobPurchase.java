package io.tcemu.product.dts;

import io.tcemu.product.Params;
import io.tcemu.product.Scopes;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tcemu.api.ApiError;
import io.tcemu.api.ApiRequest;
import io.tcemu.product.WireTime;

import java.util.List;
import java.util.Map;

/**
 * CreateSyncJob: buys Count jobs, each UnInitialized. A PrePay job expires TimeSpan months after
 * purchase. A job tagged {@value #FREE_TAG_KEY} = {@value #FREE_TAG_VALUE} is a free task
 * (TradeStatus NotBilled): the API has no parameter for it, since the product decides by link.
 */
final class SyncJobPurchase {
    static final String FREE_TAG_KEY = "tcemu:billing";
    static final String FREE_TAG_VALUE = "NotBilled";
    private static final List<String> COPIED = List.of("SrcDatabaseType", "SrcRegion", "DstDatabaseType", "DstRegion", "JobName");

    private final SyncJobs jobs;

    SyncJobPurchase(SyncJobs jobs) {
        this.jobs = jobs;
    }

    ObjectNode handle(ApiRequest request) {
        ObjectNode params = request.params();
        ObjectNode job = JsonNodeFactory.instance.objectNode();
        String payMode = params.get("PayMode").asText();
        job.put("Specification", Params.text(params, "Specification", "Standard"));
        long months = Params.number(params, "TimeSpan", 1);
        long count = Params.number(params, "Count", 1);
        long autoRenew = Params.number(params, "AutoRenew", 0);
        job.put("PayMode", payMode);
        job.put("InstanceClass", Params.text(params, "InstanceClass", "medium"));
        COPIED.forEach(name -> job.put(name, params.path(name).asText("")));
        job.set("Tags", params.has("Tags") ? params.get("Tags").deepCopy() : JsonNodeFactory.instance.arrayNode());
        if (payMode.equals("PrePay")) {
            job.put("AutoRenew", autoRenew);
            job.put("ExpireTime", Purchases.expiry(jobs.now(), months));
        } else {
            job.put("AutoRenew", 0);
            job.put("ExpireTime", WireTime.ZERO);
        }
        if (params.has("ExistedJobId")) {
            requireExisting(request, params.get("ExistedJobId").asText());
        }
        Map<String, String> initial = free(job.get("Tags")) ? Map.of("TradeStatus", "NotBilled") : Map.of();
        ObjectNode response = JsonNodeFactory.instance.objectNode();
        response.set("JobIds", Purchases.buy(jobs, request, "sync-", 8, count, job, initial));
        return response;
    }

    private static boolean free(JsonNode tags) {
        for (JsonNode tag : tags) {
            if (FREE_TAG_KEY.equals(tag.path("TagKey").asText()) && FREE_TAG_VALUE.equals(tag.path("TagValue").asText())) {
                return true;
            }
        }
        return false;
    }

    /** ExistedJobId names the job the new one resembles; it must exist here (nothing is copied from it). */
    private void requireExisting(ApiRequest request, String id) {
        try {
            jobs.get(jobs.key(request, id));
        } catch (ApiError notFound) {
            throw ApiError.of(DtsErrors.INVALID_PARAMETER_VALUE_INVALID_PARAMETER_VALUE_ERROR, "ExistedJobId " + id + " names no sync job in region " + Scopes.of(request).region()
                    + " of this account.", "ExistedJobId " + id + " 在本账号该地域中不存在。");
        }
    }
}
