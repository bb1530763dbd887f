package io.tcemu.lifecycle;

import io.tcemu.api.Language;

import com.fasterxml.jackson.databind.JsonNode;
import io.tcemu.api.ApiError;
import io.tcemu.store.ResourceKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** The errors a caller can cause here, each saying what state things are in and what would be accepted. */
final class Messages {
    private Messages() {}

    /** Names the namespace and region only where the scope has them (Alibaba calls often carry no region). */
    static ApiError notFound(LifecycleDefinition d, ResourceKey key, String code) {
        String namespace = key.scope().namespace();
        String region = key.scope().region();
        List<String> where = new ArrayList<>();
        if (!namespace.isEmpty()) {
            where.add(d.namespaceName().en() + " " + namespace);
        }
        if (!region.isEmpty()) {
            where.add("region " + region);
        }
        String en = where.isEmpty() ? "this account" : String.join(", ", where) + " of this account";
        String zh = (namespace.isEmpty() ? "" : d.namespaceName().zh() + " " + namespace + "、")
                + (region.isEmpty() ? "" : "地域 " + region + " ");
        return ApiError.of(code,
                d.resourceName().en() + " " + key.id() + " does not exist in " + en + ".",
                d.resourceName().zh() + " " + key.id() + " 在本账号" + zh + "中不存在。");
    }

    static ApiError alreadyExists(LifecycleDefinition d, ResourceKey key) {
        return ApiError.of("ResourceInUse",
                d.resourceName().en() + " " + key.id() + " already exists in region " + key.scope().region() + ".",
                d.resourceName().zh() + " " + key.id() + " 已存在于地域 " + key.scope().region() + "。");
    }

    static ApiError notAllowed(LifecycleDefinition d, Operation op, String id, Map<String, String> states, JsonNode attributes) {
        List<Transition> alternatives = alternatives(op.transitions());
        TreeSet<String> paths = new TreeSet<>();
        alternatives.forEach(t -> paths.addAll(t.where().keySet()));
        // Only the dimensions the operation depends on: a third one it ignores would only distract.
        List<String> dimensions = d.dimensionNames().stream()
                .filter(n -> n.equals(op.dimension()) || op.transitions().stream().anyMatch(t -> t.from().containsKey(n)))
                .toList();
        List<String> en = new ArrayList<>();
        List<String> zh = new ArrayList<>();
        for (Transition t : alternatives) {
            en.add(t.guard().describe(d.dimensionNames(), Language.EN_US));
            zh.add(t.guard().describe(d.dimensionNames(), Language.ZH_CN));
        }
        return ApiError.of(op.errorFor(states, attributes),
                d.resourceName().en() + " " + id + " has " + current(dimensions, states, attributes, paths, Language.EN_US) + "; "
                        + op.name() + " is allowed only when " + String.join("; or when ", en) + ".",
                d.resourceName().zh() + " " + id + " 当前 " + current(dimensions, states, attributes, paths, Language.ZH_CN) + "；"
                        + op.name() + " 仅在 " + String.join("；或 ", zh) + " 时可执行。");
    }

    /**
     * The transitions worth naming to a refused caller: one whose guard only narrows another's (a
     * special case of the same start, such as a condition recorded when the operation is applied)
     * adds nothing to where the operation is allowed.
     */
    private static List<Transition> alternatives(List<Transition> transitions) {
        List<Transition> kept = new ArrayList<>();
        for (int i = 0; i < transitions.size(); i++) {
            Guard g = transitions.get(i).guard();
            boolean narrowsAnother = false;
            for (int j = 0; j < transitions.size() && !narrowsAnother; j++) {
                Guard other = transitions.get(j).guard();
                narrowsAnother = j != i && g.narrows(other) && (j < i || !other.narrows(g));
            }
            if (!narrowsAnother) {
                kept.add(transitions.get(i));
            }
        }
        return kept;
    }

    static ApiError cannotFail(LifecycleDefinition d, String id, Map<String, String> states) {
        RecoverableError re = d.recoverableError();
        if (re == null) {
            return ApiError.of("UnsupportedOperation",
                    d.lifecycle() + " declares no recoverable error state, so its resources cannot be failed.",
                    d.lifecycle() + " 未声明可恢复的错误状态，无法使其失败。");
        }
        return ApiError.of("FailedOperation",
                d.resourceName().en() + " " + id + " has " + current(d.dimensionNames(), states, null, new TreeSet<>(), Language.EN_US)
                        + "; it can be failed only when " + re.guard().describe(d.dimensionNames(), Language.EN_US) + ".",
                d.resourceName().zh() + " " + id + " 当前 " + current(d.dimensionNames(), states, null, new TreeSet<>(), Language.ZH_CN)
                        + "；仅在 " + re.guard().describe(d.dimensionNames(), Language.ZH_CN) + " 时可使其失败。");
    }

    static ApiError nothingHeld(LifecycleDefinition d, String id) {
        return ApiError.of("FailedOperation",
                d.resourceName().en() + " " + id + " has no held operation to release; set progression mode held"
                        + " before applying the operation.",
                d.resourceName().zh() + " " + id + " 没有被挂起的操作可释放；请先将进度模式设为 held 再执行操作。");
    }

    static ApiError noSuchId(String id) {
        return ApiError.of("ResourceNotFound", "No resource has id " + id + ".", "不存在 id 为 " + id + " 的资源。");
    }

    static ApiError ambiguousId(String id, List<ResourceKey> keys) {
        return ApiError.of("InvalidParameterValue",
                "Id " + id + " names more than one resource: " + keys + "; address it by account and region.",
                "id " + id + " 对应多个资源：" + keys + "；请指定账号和地域。");
    }

    static ApiError unknownState(LifecycleDefinition d, String dimension, String state) {
        return ApiError.of("InvalidParameterValue",
                d.lifecycle() + " has no " + dimension + " state `" + state + "`; known: "
                        + d.dimensions().stream().map(x -> x.name() + " " + x.states()).toList() + ".",
                d.lifecycle() + " 没有 " + dimension + " 状态 `" + state + "`。");
    }

    /** e.g. "Status `Paused`, TradeStatus `Normal`, PayMode `PrePay`". */
    private static String current(List<String> dimensions, Map<String, String> states, JsonNode attributes,
                                  TreeSet<String> paths, Language language) {
        List<String> parts = new ArrayList<>();
        dimensions.forEach(n -> parts.add(n + language.pick(" `", " 为 `") + states.get(n) + "`"));
        for (String p : paths) {
            String value = Attributes.text(attributes, p);
            parts.add(value != null ? p + language.pick(" `", " 为 `") + value + "`" : p + language.pick(" not set", " 未设置"));
        }
        return String.join(language.pick(", ", "，"), parts);
    }
}
