package io.tcemu.product.redis;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tcemu.api.ApiError;
import io.tcemu.api.CommonErrors;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The parameters an instance lets ModifyInstanceParams set and DescribeInstanceParams shows: the
 * ones of DescribeInstanceParams' documented example, with its types, defaults, ranges and choices.
 */
final class InstanceParamCatalog {
    /** ValueType, and the response list a parameter of that type is shown in. */
    enum Kind {
        ENUM("enum", "InstanceEnumParam"), INTEGER("integer", "InstanceIntegerParam"),
        TEXT("text", "InstanceTextParam"), MULTI("multi", "InstanceMultiParam");

        final String valueType;
        final String list;

        Kind(String valueType, String list) {
            this.valueType = valueType;
            this.list = list;
        }
    }

    /** One parameter; {@code choices} are the enum, multi or text values, {@code min}/{@code max} an integer's range. */
    record Param(String name, Kind kind, String defaultValue, List<String> choices, long min, long max, String unit, String tips) {

        /** The value, checked against the parameter's type; InvalidParameter (documented) names what is allowed. */
        String check(String value) {
            boolean fits = switch (kind) {
                case ENUM -> choices.contains(value);
                case INTEGER -> integerIn(value);
                case MULTI -> value.equals(EMPTY) || Arrays.stream(value.split(",")).allMatch(choices::contains);
                case TEXT -> value.equals(EMPTY) || value.chars().allMatch(c -> choices.contains(String.valueOf((char) c)));
            };
            if (!fits) {
                String allowed = kind == Kind.INTEGER ? "an integer from " + min + " to " + max
                        : kind == Kind.ENUM ? "one of " + choices : "made of " + choices + " (or \"\" for none)";
                throw ApiError.of(CommonErrors.INVALID_PARAMETER, "Parameter " + name + " must be " + allowed + ", not `" + value + "`.",
                        "参数 " + name + " 的取值须为 " + allowed + "，当前为 `" + value + "`。");
            }
            return value;
        }

        private boolean integerIn(String value) {
            try {
                long n = Long.parseLong(value);
                return n >= min && n <= max;
            } catch (NumberFormatException e) {
                return false;
            }
        }

        /** The parameter as its response list shows it, with the instance's current value. */
        ObjectNode view(String current, boolean changing) {
            ObjectNode view = JsonNodeFactory.instance.objectNode()
                    .put("ParamName", name).put("ValueType", kind.valueType).put("NeedRestart", "false")
                    .put("DefaultValue", defaultValue).put("CurrentValue", current).put("Tips", tips)
                    .put("Status", changing ? 1 : 2);
            switch (kind) {
                case INTEGER -> view.put("Min", String.valueOf(min)).put("Max", String.valueOf(max)).put("Unit", unit);
                case TEXT -> strings(view.putArray("TextValue"));
                default -> strings(view.putArray("EnumValue"));
            }
            return view;
        }

        private void strings(ArrayNode list) {
            choices.forEach(list::add);
        }
    }

    /** How the example shows an empty text or multi value. */
    static final String EMPTY = "\"\"";
    private static final List<String> YES_NO = List.of("yes", "no");
    private static final Map<String, Param> ALL = new LinkedHashMap<>();

    static {
        choice("lazyfree-lazy-eviction", "yes", YES_NO, "Free memory in the background when evicting keys");
        choice("lazyfree-lazy-expire", "yes", YES_NO, "Free memory in the background when keys expire");
        choice("lazyfree-lazy-server-del", "yes", YES_NO, "Free memory in the background on implicit deletes (RENAME, SET over a key)");
        choice("maxmemory-policy", "noeviction", List.of("volatile-lru", "volatile-lfu", "allkeys-lru", "allkeys-lfu",
                "volatile-random", "allkeys-random", "volatile-ttl", "noeviction"),
                "Which keys go when memory is full");
        choice("replica-lazy-flush", "yes", YES_NO, "A replica empties its data in the background before a full resync");
        choice("sentineauth", "no", YES_NO, "Sentinel commands need no password");
        integer("cluster-node-timeout", 15000, 15000, 120000, "", "Milliseconds a node must be unreachable to be considered failing");
        integer("hash-max-ziplist-entries", 512, 1, 10000, "", "Entries up to which a hash uses the compact encoding");
        integer("hash-max-ziplist-value", 64, 1, 10000, "", "Largest entry up to which a hash uses the compact encoding");
        integer("hz", 10, 1, 500, "", "How often per second Redis runs its background tasks");
        integer("proxy-slowlog-log-slower-than", 500, 10, 1000, "ms", "Proxy slow query threshold");
        integer("set-max-intset-entries", 512, 1, 10000, "", "Entries up to which a set of integers uses the compact encoding");
        integer("slowlog-log-slower-than", 10, 1, 1000, "ms", "Slow query threshold");
        integer("timeout", 31536000, 60, 2147483647, "", "Seconds after which an idle client connection is closed");
        integer("zset-max-ziplist-entries", 128, 1, 10000, "", "Entries up to which a sorted set uses the compact encoding");
        integer("zset-max-ziplist-value", 64, 1, 10000, "", "Largest entry up to which a sorted set uses the compact encoding");
        ALL.put("disable-command-list", new Param("disable-command-list", Kind.MULTI, EMPTY, List.of("flushall", "flushdb", "keys",
                "hgetall", "eval", "evalsha", "script", "scan", "psetex", "set", "hmset", "hset", "lpush", "rpush", "sadd", "zadd",
                "del", "mget", "mset", "bitop", "exists", "msetnx", "blpop", "brpop", "rpoplpush", "brpoplpush", "smove", "sunion",
                "sinter", "sdiff", "sunionstore", "sinterstore", "sdiffstore", "zunionstore", "zinterstore", "pfmerge", "pfcount"),
                0, 0, "", "Commands the instance refuses"));
        ALL.put("notify-keyspace-events", new Param("notify-keyspace-events", Kind.TEXT, EMPTY,
                List.of("K", "E", "g", "$", "l", "s", "h", "z", "x", "e", "A"), 0, 0, "", "Keyspace events notified to Pub/Sub clients"));
    }

    private InstanceParamCatalog() {
    }

    private static void choice(String name, String defaultValue, List<String> choices, String tips) {
        ALL.put(name, new Param(name, Kind.ENUM, defaultValue, choices, 0, 0, "", tips));
    }

    private static void integer(String name, long defaultValue, long min, long max, String unit, String tips) {
        ALL.put(name, new Param(name, Kind.INTEGER, String.valueOf(defaultValue), List.of(), min, max, unit, tips));
    }

    static List<Param> all() {
        return List.copyOf(ALL.values());
    }

    /** The named parameter; InvalidParameter, naming the ones there are, when there is none. */
    static Param named(String name) {
        return Optional.ofNullable(ALL.get(name)).orElseThrow(() -> ApiError.of(CommonErrors.INVALID_PARAMETER,
                "No instance parameter is named `" + name + "`; DescribeInstanceParams lists them: " + ALL.keySet() + ".",
                "不存在名为 `" + name + "` 的实例参数；可用 DescribeInstanceParams 查询：" + ALL.keySet() + "。"));
    }
}
