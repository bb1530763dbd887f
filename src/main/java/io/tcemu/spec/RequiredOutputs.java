package io.tcemu.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.POJONode;
import io.tcemu.api.KeptView;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Completes a handler's answer with every member the output model marks outputRequired (the
 * spec's "always present") that the handler left out, at every depth: an empty string, zero,
 * false, an empty list, or an object completed the same way. Handlers set the members they know;
 * a client then never finds a documented member missing (a null Java field, a failed unboxing).
 * A {@link KeptView} is completed once per version of what it shows, then kept serialised.
 */
public final class RequiredOutputs {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Map<ActionSpec, Map<String, ObjectNode>> EMPTY_STRUCTS = new ConcurrentHashMap<>();

    private RequiredOutputs() {
    }

    /** Fills {@code fields}, the answer of {@code action} without its envelope, in place. */
    public static ObjectNode fill(ActionSpec action, ObjectNode fields) {
        fill(action, action.output(), fields, new HashSet<>());
        return fields;
    }

    /** @param creating the structures being created on this path, so a self-referring model stops */
    private static void fill(ActionSpec action, StructSpec struct, ObjectNode object, Set<String> creating) {
        for (MemberSpec member : struct.members().values()) {
            JsonNode value = object.get(member.name());
            if (value == null || value.isNull()) {
                if (member.outputRequired()) {
                    JsonNode zero = zero(action, member, creating);
                    if (zero != null) {
                        object.set(member.name(), zero);
                    }
                }
            } else if (member.isStructure()) {
                StructSpec nested = action.struct(member.member());
                (member.isList() ? value : NODES.arrayNode().add(value)).forEach(element -> {
                    if (element instanceof ObjectNode child) {
                        fill(action, nested, child, creating);
                    } else if (element instanceof POJONode pojo && pojo.getPojo() instanceof KeptView kept) {
                        kept.complete(nested, view -> fill(action, nested, view, new HashSet<>()));
                    }
                });
            }
        }
    }

    /** The empty value of a member's type; null for a structure already being created on this path. */
    private static JsonNode zero(ActionSpec action, MemberSpec member, Set<String> creating) {
        if (member.isList()) {
            return NODES.arrayNode();
        }
        return switch (member.member()) {
            case "string", "date", "datetime_iso" -> NODES.textNode("");
            case "int64", "uint64", "float" -> NODES.numberNode(0);
            case "bool" -> NODES.booleanNode(false);
            default -> {
                if (creating.isEmpty()) {
                    // the same for every answer of the action: built once, copied (a page of jobs needs dozens)
                    yield EMPTY_STRUCTS.computeIfAbsent(action, a -> new ConcurrentHashMap<>())
                            .computeIfAbsent(member.member(), name -> created(action, name, new HashSet<>())).deepCopy();
                }
                yield created(action, member.member(), creating);
            }
        };
    }

    /** An empty structure, completed; null if it is already being created on this path. */
    private static ObjectNode created(ActionSpec action, String struct, Set<String> creating) {
        if (!creating.add(struct)) {
            return null;
        }
        ObjectNode created = NODES.objectNode();
        fill(action, action.struct(struct), created, creating);
        creating.remove(struct);
        return created;
    }
}
