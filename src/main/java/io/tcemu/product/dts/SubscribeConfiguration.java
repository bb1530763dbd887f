package io.tcemu.product.dts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tcemu.api.ApiError;
import io.tcemu.api.CommonErrors;
import io.tcemu.product.Params;

import java.util.List;
import java.util.function.Consumer;

/**
 * What a subscription publishes and where from: ConfigureSubscribeJob sets it all (checked against
 * the documented enums and conditions), ModifySubscribeObjects the objects and partition rules of a
 * running one, ResetSubscribe forgets it. The topic and broker tcemu shows are its own: a topic named
 * after the subscription and an address under the reserved .invalid domain, as there is no Kafka.
 */
final class SubscribeConfiguration {
    static final String CONFIGURED = "Configured";
    private static final String INVALID = DtsErrors.INVALID_PARAMETER_VALUE_INVALID_PARAMETER_VALUE_ERROR;
    private static final List<String> MODES = List.of("all", "dml", "ddl", "dmlAndDdl");
    private static final List<String> MONGO_MODES = List.of("all", "database", "collection");
    /** ModifySubscribeObjects' SubscribeObjectType, by value. */
    private static final List<String> OBJECT_TYPES = List.of("all", "dml", "ddl", "dmlAndDdl", "database", "collection");
    private static final List<String> CONFIGURATION = List.of(CONFIGURED, "SubscribeMode", "AccessType", "Endpoints",
            "KafkaConfig", "SubscribeObjects", "Protocol", "PipelineInfo", "ExtraAttr", "ConsumerVpcId", "ConsumerSubnetId",
            "InstanceId", "Topic", "Broker", TopicOffsets.FIRST_START);

    private SubscribeConfiguration() {
    }

    static String name(String name) {
        if (name.isEmpty() || name.length() > 60) {
            throw ApiError.of(INVALID, "A subscription's name is 1 to 60 characters long, not " + name.length() + ".",
                    "订阅名称长度为 1 到 60 个字符，当前为 " + name.length() + " 个。");
        }
        return name;
    }

    /** ConfigureSubscribeJob: the request alone is checked here; the change is applied where the lifecycle allows it. */
    static Consumer<ObjectNode> configure(ObjectNode params, String id) {
        ObjectNode kafka = kafkaConfig(params.get("KafkaConfig").deepCopy());
        JsonNode endpoints = params.get("Endpoints");
        if (endpoints.isEmpty()) {
            throw ApiError.of(INVALID, "Endpoints needs at least one database node.", "Endpoints 至少需要一个数据库节点。");
        }
        String instanceId = endpoints.get(0).path("InstanceId").asText("");
        return subscription -> {
            // checked here, not in constraints.json: only once the lifecycle allows the configuration (a
            // subscription that does not answers its state error whatever the values), and which modes
            // apply depends on the subscription's product
            boolean mongo = subscription.path("Product").asText().equals("mongodb");
            String mode = Params.oneOf(INVALID, params, "SubscribeMode", mongo ? MONGO_MODES : MODES, null);
            objectsRequired(params, "SubscribeObjects", !List.of("all", "ddl").contains(mode));
            if (params.has("Protocol")) {
                subscription.put("Protocol", Params.oneOf(INVALID, params, "Protocol", List.of("protobuf", "json", "avro"), null));
            }
            subscription.put("SubscribeMode", mode).put("AccessType", params.get("AccessType").asText());
            subscription.set("Endpoints", withoutPasswords(endpoints));
            subscription.set("KafkaConfig", kafka);
            subscription.set("SubscribeObjects", params.has("SubscribeObjects") ? params.get("SubscribeObjects").deepCopy() : array());
            for (String name : List.of("PipelineInfo", "ExtraAttr")) {
                subscription.set(name, params.has(name) ? params.get(name).deepCopy() : array());
            }
            for (String name : List.of("ConsumerVpcId", "ConsumerSubnetId")) {
                subscription.put(name, params.path(name).asText(""));
            }
            subscription.put("InstanceId", instanceId)
                    .put("Topic", instanceId.isEmpty() ? "topic-" + id : "topic-" + id + "-" + instanceId)
                    .put("Broker", id + ".dts.invalid:9092")
                    .put(CONFIGURED, true);
        };
    }

    /** ModifySubscribeObjects: new objects (required unless the type takes none) and, if given, partition rules. */
    static Consumer<ObjectNode> modifyObjects(ObjectNode params) {
        long type = Params.number(params, "SubscribeObjectType", 0);
        String mode = OBJECT_TYPES.get((int) type);
        objectsRequired(params, "Objects", type != 0 && type != 2);
        ArrayNode objects = array();
        params.path("Objects").forEach(o -> {
            ObjectNode object = objects.addObject().put("ObjectType", o.path("ObjectsType").asInt() == 0 ? "database" : "table")
                    .put("Database", o.path("DatabaseName").asText());
            object.set("Tables", o.has("TableNames") ? o.get("TableNames").deepCopy() : array());
        });
        return subscription -> {
            boolean mongo = subscription.path("Product").asText().equals("mongodb");
            if (!(mongo ? MONGO_MODES : MODES).contains(mode)) {
                throw ApiError.of(INVALID, "SubscribeObjectType " + type + " does not apply to a " + subscription.path("Product").asText()
                        + " subscription.", "SubscribeObjectType " + type + " 不适用于 " + subscription.path("Product").asText() + " 订阅。");
            }
            subscription.put("SubscribeMode", mode);
            subscription.set("SubscribeObjects", objects);
            ObjectNode kafka = (ObjectNode) subscription.get("KafkaConfig");
            if (params.has("DistributeRules")) {
                kafka.set("DistributeRules", params.get("DistributeRules").deepCopy());
            }
            if (params.has("DefaultRuleType")) {
                kafka.put("DefaultRuleType", params.get("DefaultRuleType").asText());
            }
            if (params.has("PipelineInfo")) {
                subscription.set("PipelineInfo", params.get("PipelineInfo").deepCopy());
            }
        };
    }

    /** ResetSubscribe: the subscription can be configured again from scratch. */
    static void forget(ObjectNode subscription) {
        subscription.remove(CONFIGURATION);
    }

    private static ObjectNode kafkaConfig(ObjectNode kafka) {
        boolean partitioned = kafka.path("NumberOfPartitions").asLong() > 1;
        if (partitioned && (kafka.path("DistributeRules").isEmpty() || kafka.path("DefaultRuleType").asText("").isEmpty())) {
            throw ApiError.of(CommonErrors.MISSING_PARAMETER, "With more than one partition, KafkaConfig needs DistributeRules and DefaultRuleType.",
                    "分区数大于 1 时，KafkaConfig 需要 DistributeRules 和 DefaultRuleType。");
        }
        if (!kafka.has("DistributeRules")) {
            kafka.putArray("DistributeRules");
        }
        if (!kafka.has("DefaultRuleType")) {
            kafka.put("DefaultRuleType", "");
        }
        return kafka;
    }

    private static void objectsRequired(ObjectNode params, String name, boolean required) {
        if (required && params.path(name).isEmpty()) {
            throw ApiError.of(CommonErrors.MISSING_PARAMETER, name + " is required for this subscription type: name the databases and tables.",
                    "该订阅类型需要 " + name + "：请指定库表。");
        }
    }

    /** The endpoints as DescribeSubscribeDetail shows them: a password is taken, never shown back. */
    private static ArrayNode withoutPasswords(JsonNode endpoints) {
        ArrayNode shown = endpoints.deepCopy();
        shown.forEach(e -> ((ObjectNode) e).put("Password", ""));
        return shown;
    }

    private static ArrayNode array() {
        return JsonNodeFactory.instance.arrayNode();
    }
}
