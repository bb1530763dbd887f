package io.tcemu.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.HashSet;
import java.util.Set;

/**
 * Completes a handler's answer with every member the output model marks outputRequired (the
 * spec's "always present") that the handler left out, at every depth: an empty string, zero,
 * false, an empty list, or an object completed the same way. Handlers set the members they know;
 * a client then never finds a documented member missing (a null Java field, a failed unboxing).
 */
public final class RequiredOutputs {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

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
                if (!creating.add(member.member())) {
                    yield null;
                }
                ObjectNode created = NODES.objectNode();
                fill(action, action.struct(member.member()), created, creating);
                creating.remove(member.member());
                yield created;
            }
        };
    }
}
