package io.tcemu.product.redis;

import io.tcemu.lifecycle.LifecycleCatalog;
import io.tcemu.product.ListFilters;
import io.tcemu.product.Paging;
import io.tcemu.product.Params;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tcemu.api.ApiError;
import io.tcemu.store.ResourceQuery;
import io.tcemu.store.Scope;
import io.tcemu.store.Sort;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * DescribeInstances, declared as one {@link ResourceQuery} the store answers: filters on what
 * InstanceSet shows, all of which must hold, its order and one page. An empty or absent filter does
 * not filter; VpcIds, SubnetIds, RegionIds, TypeList and MonitorVersion are documented as reserved
 * or internal and are ignored.
 */
final class InstanceQuery {
    /** OrderBy's fields, by what InstanceSet shows: Createtime is the creation order. */
    private static final Map<String, Function<Boolean, Sort>> ORDER_FIELDS = Map.of(
            "projectId", descending -> Sort.attribute("/ProjectId", descending), "createtime", Sort::creation,
            "instancename", descending -> Sort.attribute("/InstanceName", descending),
            "type", descending -> Sort.attribute("/Type", descending),
            "curDeadline", descending -> Sort.attribute("/DeadlineTime", descending));

    private InstanceQuery() {
    }

    static ResourceQuery of(ObjectNode p, Scope scope, LifecycleCatalog catalog, Paging paging) {
        ResourceQuery query = ResourceQuery.all(scope, RedisResources.INSTANCE);
        String id = Params.text(p, "InstanceId");
        if (id != null) {
            query = query.withIds(Set.of(id));
        }
        JsonNode ids = p.get("InstanceIds");
        if (ids != null && !ids.isEmpty()) {
            query = query.withIds(ListFilters.texts(ids));
        }
        query = ListFilters.equal(query, p, "InstanceName", "/InstanceName");
        query = ListFilters.equal(query, p, "Type", "/Type");
        query = ListFilters.anyOf(query, p.get("ProjectIds"), "/ProjectId");
        query = statuses(query, p.get("Status"), catalog);
        query = ListFilters.anyOf(query, p.get("AutoRenew"), "/AutoRenewFlag");
        query = ListFilters.anyOf(query, p.get("UniqVpcIds"), "/UniqVpcId");
        query = ListFilters.anyOf(query, p.get("UniqSubnetIds"), "/UniqSubnetId");
        query = ListFilters.anyOf(query, p.get("ProductVersions"), "/ProductVersion");
        query = searches(query, Params.text(p, "SearchKey"), p.get("SearchKeys"));
        query = billingMode(query, Params.text(p, "BillingMode"));
        query = types(query, Params.text(p, "EngineName"), Params.number(p, "TypeVersion", 0));
        query = tags(query, p.get("TagKeys"), p.get("InstanceTags"));
        query = azMode(query, Params.text(p, "AzMode"));
        String orderBy = Params.text(p, "OrderBy");
        Function<Boolean, Sort> field = orderBy == null ? Sort::creation : ORDER_FIELDS.get(orderBy.trim());
        if (field == null) {
            throw invalid("OrderBy must be one of " + ORDER_FIELDS.keySet() + ", not " + orderBy + ".",
                    "OrderBy 取值须为 " + ORDER_FIELDS.keySet() + " 之一。");
        }
        boolean descending = Params.number(p, "OrderType", 1) != 0;
        // ties keep creation order, newest first when descending
        query = descending ? query.orderedBy(field.apply(true), Sort.creation(true)) : query.orderedBy(field.apply(false));
        return query.page(paging.offset(), paging.limit());
    }

    /** InstanceSet.Status is a code for each state of the instance lifecycle. */
    private static ResourceQuery statuses(ResourceQuery query, JsonNode codes, LifecycleCatalog catalog) {
        if (codes == null || codes.isEmpty()) {
            return query;
        }
        Set<String> wanted = ListFilters.texts(codes);
        return query.inStates("Status", RedisStates.INSTANCE_STATUS.statesShowing(catalog, code -> wanted.contains(code.asText())));
    }

    /** A part of the name, or (SearchKeys) that or the whole id or address: tests, since no list of values says them. */
    private static ResourceQuery searches(ResourceQuery query, String searchKey, JsonNode searchKeys) {
        if (searchKey != null) {
            query = query.matching((id, a) -> a.path("InstanceName").asText().contains(searchKey));
        }
        if (searchKeys != null && !searchKeys.isEmpty()) {
            query = query.matching((id, a) -> anyOf(searchKeys, k -> a.path("InstanceName").asText().contains(k)
                    || id.equals(k) || a.path("WanIp").asText().equals(k)));
        }
        return query;
    }

    private static boolean anyOf(JsonNode values, Predicate<String> test) {
        for (JsonNode value : values) {
            if (test.test(value.asText())) {
                return true;
            }
        }
        return false;
    }

    private static ResourceQuery billingMode(ResourceQuery query, String mode) {
        if (mode == null) {
            return query;
        }
        int code = switch (mode) {
            case "postpaid" -> 0;
            case "prepaid" -> 1;
            default -> throw invalid("BillingMode must be postpaid or prepaid, not " + mode + ".", "BillingMode 须为 postpaid 或 prepaid。");
        };
        return query.withValues("/BillingMode", Set.of(String.valueOf(code)));
    }

    /**
     * EngineName: Redis-2.8, Redis-4.0 … or an engine alone, such as CKV. TypeVersion: 1 single node
     * (not sold by the emulator), 2 master-replica (standard), 3 cluster. Both are the types they name.
     */
    private static ResourceQuery types(ResourceQuery query, String engineName, long version) {
        if (engineName != null) {
            query = query.withValues("/Type", InstanceType.ids(t -> engineName.equalsIgnoreCase(t.engine())
                    || engineName.equalsIgnoreCase(t.engine() + "-" + t.version())));
        }
        if (version != 0) {
            query = query.withValues("/Type", InstanceType.ids(t -> version == (t.cluster() ? 3 : 2)));
        }
        return query;
    }

    /** Tags are lists of pairs: a test, since no list of values says them. */
    private static ResourceQuery tags(ResourceQuery query, JsonNode keys, JsonNode tags) {
        if (keys != null && !keys.isEmpty()) {
            query = query.matching((id, a) -> anyOf(keys, k -> tagValues(a, k) != null));
        }
        if (tags != null && !tags.isEmpty()) {
            query = query.matching((id, a) -> {
                for (JsonNode tag : tags) {
                    Set<String> values = tagValues(a, tag.path("TagKey").asText());
                    if (values == null || !values.contains(tag.path("TagValue").asText())) {
                        return false;
                    }
                }
                return true;
            });
        }
        return query;
    }

    private static Set<String> tagValues(JsonNode instance, String key) {
        Set<String> values = null;
        for (JsonNode tag : instance.path("InstanceTags")) {
            if (tag.path("TagKey").asText().equals(key)) {
                values = values == null ? new HashSet<>() : values;
                values.add(tag.path("TagValue").asText());
            }
        }
        return values;
    }

    /** singleaz or multiaz: whether the nodes sit in more than one zone, a test on the node list. */
    private static ResourceQuery azMode(ResourceQuery query, String mode) {
        if (mode == null) {
            return query;
        }
        if (!mode.equals("singleaz") && !mode.equals("multiaz")) {
            throw invalid("AzMode must be singleaz or multiaz, not " + mode + ".", "AzMode 须为 singleaz 或 multiaz。");
        }
        return query.matching((id, a) -> {
            Set<String> zones = new HashSet<>();
            a.path("NodeSet").forEach(n -> zones.add(n.path("ZoneId").asText()));
            return zones.size() > 1 == mode.equals("multiaz");
        });
    }

    private static ApiError invalid(String en, String zh) {
        return ApiError.of(RedisErrors.INVALID_PARAMETER_INVALID_PARAMETER, en, zh);
    }
}
