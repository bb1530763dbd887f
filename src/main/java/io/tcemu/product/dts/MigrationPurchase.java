package io.tcemu.product.dts;

import io.tcemu.product.Scopes;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tcemu.api.ApiError;
import io.tcemu.api.ApiRequest;
import io.tcemu.product.ResourceIds;
import io.tcemu.product.WireTime;
import io.tcemu.store.ResourceKey;
import java.security.SecureRandom;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/**
 * CreateMigrationService: buys Count jobs on one deal. A job is pay-as-you-go (the purchase has no
 * pay mode) and billed, unless the reserved tag {@code tcemu:BillingType} says {@code notBilling}:
 * the sources do not say which links are free, so the caller chooses. A non-billed job starts with
 * TradeStatus notBilled and, as the API documents, takes InstanceClass medium only.
 */
final class MigrationPurchase {
    static final String BILLING_TAG = "tcemu:BillingType";
    private static final List<String> BILLING_TYPES = List.of("billing", "notBilling", "promotions");
    private static final DateTimeFormatter DEAL_DATE = DateTimeFormatter.ofPattern("yyyyMMdd").withZone(WireTime.BEIJING);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final MigrationJobs jobs;

    MigrationPurchase(MigrationJobs jobs) {
        this.jobs = jobs;
    }

    ObjectNode handle(ApiRequest request) {
        ObjectNode params = request.params();
        String srcType = params.get("SrcDatabaseType").asText();
        String dstType = params.get("DstDatabaseType").asText();
        String instanceClass = params.get("InstanceClass").asText();
        String region = Scopes.of(request).region();
        if (!params.path("DstRegion").asText().equals(region)) {
            throw invalid("DstRegion must be the region of the request (" + region + "), not " + params.path("DstRegion").asText() + ".",
                    "DstRegion 必须与请求的地域（" + region + "）一致，当前为 " + params.path("DstRegion").asText() + "。");
        }
        long count = params.path("Count").asLong(1);
        String name = MigrationConfiguration.jobName(params.path("JobName").asText(""));
        ArrayNode tags = MigrationConfiguration.tags(params.path("Tags"));
        String billing = billingType(tags);
        if (billing.equals("notBilling") && !instanceClass.equals("medium")) {
            throw invalid("A non-billed migration job takes InstanceClass medium only, not " + instanceClass + ".",
                    "未计费迁移任务仅支持 InstanceClass medium，当前为 " + instanceClass + "。");
        }
        ObjectNode attributes = JsonNodeFactory.instance.objectNode()
                .put("JobName", name)
                .put("RunMode", "immediate")
                .put("ExpectRunTime", "")
                .put("UpdateTime", WireTime.format(jobs.now()));
        attributes.putObject("SrcInfo").put("Region", params.path("SrcRegion").asText()).put("DatabaseType", srcType);
        attributes.putObject("DstInfo").put("Region", region).put("DatabaseType", dstType);
        attributes.set("TradeInfo", tradeInfo(instanceClass, billing));
        attributes.set("Tags", tags);
        Map<String, String> initial = billing.equals("notBilling") ? Map.of("TradeStatus", "notBilled") : Map.of();
        ObjectNode response = JsonNodeFactory.instance.objectNode();
        ArrayNode ids = response.putArray("JobIds");
        for (long i = 0; i < count; i++) {
            ResourceKey key = new ResourceKey(Scopes.of(request), MigrationJobs.LIFECYCLE, ResourceIds.next("dts-", 8));
            ids.add(jobs.create(key, attributes, initial).id());
        }
        return response;
    }

    private ObjectNode tradeInfo(String instanceClass, String billing) {
        String deal = DEAL_DATE.format(jobs.now()) + String.format("%015d", RANDOM.nextLong(1_000_000_000_000_000L));
        return JsonNodeFactory.instance.objectNode()
                .put("DealName", deal)
                .put("LastDealName", "")
                .put("InstanceClass", instanceClass)
                .put("ExpireTime", WireTime.ZERO)
                .put("OfflineTime", WireTime.ZERO)
                .put("IsolateTime", WireTime.ZERO)
                .put("OfflineReason", "")
                .put("IsolateReason", "")
                .put("PayType", "postpay")
                .put("BillingType", billing);
    }

    private static String billingType(JsonNode tags) {
        for (JsonNode tag : tags) {
            if (tag.path("TagKey").asText().equals(BILLING_TAG)) {
                String value = tag.path("TagValue").asText();
                if (!BILLING_TYPES.contains(value)) {
                    throw invalid("Tag " + BILLING_TAG + " takes one of " + BILLING_TYPES + ", not " + value + ".",
                            "标签 " + BILLING_TAG + " 取值为 " + BILLING_TYPES + " 之一，当前为 " + value + "。");
                }
                return value;
            }
        }
        return "billing";
    }

    private static ApiError invalid(String en, String zh) {
        return ApiError.of(DtsErrors.INVALID_PARAMETER_VALUE_INVALID_PARAMETER_VALUE_ERROR, en, zh);
    }
}
