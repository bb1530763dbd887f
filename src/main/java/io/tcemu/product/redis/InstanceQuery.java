package io.tcemu.product.redis;

import io.tcemu.product.Params;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tcemu.api.ApiError;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * DescribeInstances' filters over InstanceSet views, all of which must hold, and its order. An
 * empty or absent filter does not filter; VpcIds, SubnetIds, RegionIds, TypeList and
 * MonitorVersion are documented as reserved or internal and are ignored.
 */
final class InstanceQuery implements Predicate<ObjectNode> {
    private static final Map<String, String> ORDER_FIELDS = Map.of("projectId", "ProjectId", "createtime", "Createtime",
            "instancename", "InstanceName", "type", "Type", "curDeadline", "DeadlineTime");

    private final List<Predicate<ObjectNode>> conditions = new ArrayList<>();
    private final String orderField;
    private final boolean descending;

    InstanceQuery(ObjectNode p) {
        equal(p, "InstanceId", "InstanceId");
        equal(p, "InstanceName", "InstanceName");
        equal(p, "Type", "Type");
        oneOf(p.get("InstanceIds"), v -> v.path("InstanceId").asText());
        oneOf(p.get("ProjectIds"), v -> v.path("ProjectId").asText());
        oneOf(p.get("Status"), v -> v.path("Status").asText());
        oneOf(p.get("AutoRenew"), v -> v.path("AutoRenewFlag").asText());
        oneOf(p.get("UniqVpcIds"), v -> v.path("UniqVpcId").asText());
        oneOf(p.get("UniqSubnetIds"), v -> v.path("UniqSubnetId").asText());
        oneOf(p.get("ProductVersions"), v -> v.path("ProductVersion").asText());
        String searchKey = Params.text(p, "SearchKey");
        if (searchKey != null) {
            conditions.add(v -> v.path("InstanceName").asText().contains(searchKey));
        }
        JsonNode searchKeys = p.get("SearchKeys");
        if (searchKeys != null && !searchKeys.isEmpty()) {
            conditions.add(v -> anyOf(searchKeys, k -> v.path("InstanceName").asText().contains(k)
                    || v.path("InstanceId").asText().equals(k) || v.path("WanIp").asText().equals(k)));
        }
        billingMode(Params.text(p, "BillingMode"));
        engineName(Params.text(p, "EngineName"));
        typeVersion(Params.number(p, "TypeVersion", 0));
        tags(p.get("TagKeys"), p.get("InstanceTags"));
        azMode(Params.text(p, "AzMode"));
        String orderBy = Params.text(p, "OrderBy");
        orderField = orderBy == null ? "Createtime" : ORDER_FIELDS.get(orderBy.trim());
        if (orderField == null) {
            throw invalid("OrderBy must be one of " + ORDER_FIELDS.keySet() + ", not " + orderBy + ".",
                    "OrderBy 取值须为 " + ORDER_FIELDS.keySet() + " 之一。");
        }
        descending = Params.number(p, "OrderType", 1) != 0;
    }

    @Override
    public boolean test(ObjectNode view) {
        return conditions.stream().allMatch(c -> c.test(view));
    }

    /** Sorts views given oldest first; ties keep creation order, newest first when descending. */
    List<ObjectNode> sort(List<ObjectNode> oldestFirst) {
        List<ObjectNode> views = new ArrayList<>(oldestFirst);
        Comparator<ObjectNode> order = Comparator.comparing((ObjectNode v) -> v.path(orderField),
                (x, y) -> x.isNumber() && y.isNumber() ? Double.compare(x.asDouble(), y.asDouble()) : x.asText().compareTo(y.asText()));
        if (descending) {
            Collections.reverse(views);
            order = order.reversed();
        }
        views.sort(order);
        return views;
    }

    private void equal(ObjectNode p, String param, String field) {
        JsonNode wanted = p.get(param);
        if (wanted != null && !wanted.isNull() && !wanted.asText().isEmpty()) {
            conditions.add(v -> wanted.asText().equals(v.path(field).asText()));
        }
    }

    private void oneOf(JsonNode values, Function<ObjectNode, String> field) {
        if (values != null && !values.isEmpty()) {
            conditions.add(v -> anyOf(values, w -> w.equals(field.apply(v))));
        }
    }

    private static boolean anyOf(JsonNode values, Predicate<String> test) {
        for (JsonNode value : values) {
            if (test.test(value.asText())) {
                return true;
            }
        }
        return false;
    }

    private void billingMode(String mode) {
        if (mode == null) {
            return;
        }
        int code = switch (mode) {
            case "postpaid" -> 0;
            case "prepaid" -> 1;
            default -> throw invalid("BillingMode must be postpaid or prepaid, not " + mode + ".", "BillingMode 须为 postpaid 或 prepaid。");
        };
        conditions.add(v -> v.path("BillingMode").asInt() == code);
    }

    /** Redis-2.8, Redis-4.0 … or an engine alone, such as CKV. */
    private void engineName(String name) {
        if (name != null) {
            conditions.add(v -> InstanceType.of(v.path("Type").asLong())
                    .filter(t -> name.equalsIgnoreCase(t.engine()) || name.equalsIgnoreCase(t.engine() + "-" + t.version()))
                    .isPresent());
        }
    }

    /** 1 single node (not sold by the emulator), 2 master-replica (standard), 3 cluster. */
    private void typeVersion(long version) {
        if (version != 0) {
            conditions.add(v -> InstanceType.of(v.path("Type").asLong())
                    .filter(t -> version == (t.cluster() ? 3 : 2)).isPresent());
        }
    }

    private void tags(JsonNode keys, JsonNode tags) {
        if (keys != null && !keys.isEmpty()) {
            conditions.add(v -> anyOf(keys, k -> tagValues(v, k) != null));
        }
        if (tags != null && !tags.isEmpty()) {
            conditions.add(v -> {
                for (JsonNode tag : tags) {
                    Set<String> values = tagValues(v, tag.path("TagKey").asText());
                    if (values == null || !values.contains(tag.path("TagValue").asText())) {
                        return false;
                    }
                }
                return true;
            });
        }
    }

    private static Set<String> tagValues(ObjectNode view, String key) {
        Set<String> values = null;
        for (JsonNode tag : view.path("InstanceTags")) {
            if (tag.path("TagKey").asText().equals(key)) {
                values = values == null ? new HashSet<>() : values;
                values.add(tag.path("TagValue").asText());
            }
        }
        return values;
    }

    /** singleaz or multiaz: whether the nodes sit in more than one zone. */
    private void azMode(String mode) {
        if (mode == null) {
            return;
        }
        if (!mode.equals("singleaz") && !mode.equals("multiaz")) {
            throw invalid("AzMode must be singleaz or multiaz, not " + mode + ".", "AzMode 须为 singleaz 或 multiaz。");
        }
        conditions.add(v -> {
            Set<String> zones = new HashSet<>();
            v.path("NodeSet").forEach(n -> zones.add(n.path("ZoneId").asText()));
            return zones.size() > 1 == mode.equals("multiaz");
        });
    }

    private static ApiError invalid(String en, String zh) {
        return ApiError.of(RedisErrors.INVALID_PARAMETER_INVALID_PARAMETER, en, zh);
    }
}
