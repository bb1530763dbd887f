package io.tcemu.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tcemu.api.ApiError;
import io.tcemu.spec.ParamErrors.Kind;
import java.util.Map;

/**
 * Checks a request's parameters against its action's input structure and its constraints
 * (documented enums and ranges), at every depth, and returns them coerced to the spec's types.
 * The first problem is thrown as an {@link ApiError} naming the member path, e.g.
 * {@code Filters.0.Name}.
 */
public final class ParamValidator {
    /**
     * @param strict whether a member the spec does not know is an {@code UnknownParameter} error;
     *               otherwise it is dropped, so handlers only ever see members of the spec
     */
    public ObjectNode validate(ActionSpec action, ObjectNode params, boolean strict) {
        return new Pass(action, strict).struct(Path.REQUEST, action.input(), params);
    }

    /**
     * Where a value sits: as sent, with list indices ({@code Filters.0.Name}), which errors name,
     * and as the spec names the member, without them ({@code Filters.Name}), which constraints use.
     */
    private record Path(String wire, String member) {
        static final Path REQUEST = new Path("", "");

        Path child(String name) {
            return wire.isEmpty() ? new Path(name, name) : new Path(wire + "." + name, member + "." + name);
        }

        Path element(int index) {
            return new Path(wire + "." + index, member);
        }
    }

    private record Pass(ActionSpec action, boolean strict) {

        ObjectNode struct(Path path, StructSpec spec, ObjectNode given) {
            ObjectNode checked = JsonNodeFactory.instance.objectNode();
            // the members sent are checked before required ones are looked for, so that a
            // misspelt required member is reported as unknown (strict) rather than as missing
            for (Map.Entry<String, JsonNode> field : given.properties()) {
                MemberSpec member = spec.members().get(field.getKey());
                Path memberPath = path.child(field.getKey());
                if (member == null && strict) {
                    throw ParamErrors.unknown(memberPath.wire(), action);
                }
                // the SDKs never send null; a null is taken as absent
                if (member != null && !field.getValue().isNull()) {
                    checked.set(member.name(), member(memberPath, member, field.getValue()));
                }
            }
            for (MemberSpec member : spec.members().values()) {
                if (member.required() && !checked.has(member.name())) {
                    throw ParamErrors.missing(path.child(member.name()).wire());
                }
            }
            return checked;
        }

        JsonNode member(Path path, MemberSpec member, JsonNode value) {
            if (!member.isList()) {
                return value(path, member, value);
            }
            if (!value.isArray()) {
                throw ParamErrors.wrongType(path.wire(), Kind.LIST, value);
            }
            ArrayNode checked = JsonNodeFactory.instance.arrayNode(value.size());
            for (int i = 0; i < value.size(); i++) {
                checked.add(value(path.element(i), member, value.get(i)));
            }
            return checked;
        }

        /** Checks a single value, or one element of a list, against the member's type. */
        JsonNode value(Path path, MemberSpec member, JsonNode value) {
            if (!member.isStructure()) {
                JsonNode coerced = ScalarCoercion.coerce(path.wire(), member.member(), value);
                ParamConstraint constraint = action.constraints().get(path.member());
                if (constraint != null) {
                    constraint.check(path.wire(), coerced);
                }
                return coerced;
            }
            if (!value.isObject()) {
                throw ParamErrors.wrongType(path.wire(), Kind.OBJECT, value);
            }
            return struct(path, action.struct(member.member()), (ObjectNode) value);
        }
    }
}
