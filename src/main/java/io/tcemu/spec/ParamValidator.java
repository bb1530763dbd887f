package io.tcemu.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tcemu.api.ApiError;
import io.tcemu.spec.ParamErrors.Kind;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Checks a request's parameters against its action's input structure and its constraints
 * (documented enums and ranges), at every depth, and returns them coerced to the spec's types.
 * The first problem is thrown as an {@link ApiError} naming the member path, e.g.
 * {@code Filters.0.Name}.
 */
public final class ParamValidator {
    /** A list index in a member path: constraints name members without them. */
    private static final Pattern INDEX = Pattern.compile("\\.\\d+(?=\\.|$)");

    /**
     * @param strict whether a member the spec does not know is an {@code UnknownParameter} error;
     *               otherwise it is dropped, so handlers only ever see members of the spec
     */
    public ObjectNode validate(ActionSpec action, ObjectNode params, boolean strict) {
        return new Pass(action, strict).struct("", action.input(), params);
    }

    private record Pass(ActionSpec action, boolean strict) {

        /** @param prefix the path of the structure with a trailing dot, or empty for the request */
        ObjectNode struct(String prefix, StructSpec spec, ObjectNode given) {
            ObjectNode checked = JsonNodeFactory.instance.objectNode();
            // the members sent are checked before required ones are looked for, so that a
            // misspelt required member is reported as unknown (strict) rather than as missing
            for (Map.Entry<String, JsonNode> field : given.properties()) {
                MemberSpec member = spec.members().get(field.getKey());
                String memberPath = prefix + field.getKey();
                if (member == null && strict) {
                    throw ParamErrors.unknown(memberPath, action);
                }
                // the SDKs never send null; a null is taken as absent
                if (member != null && !field.getValue().isNull()) {
                    checked.set(member.name(), member(memberPath, member, field.getValue()));
                }
            }
            for (MemberSpec member : spec.members().values()) {
                if (member.required() && !checked.has(member.name())) {
                    throw ParamErrors.missing(prefix + member.name());
                }
            }
            return checked;
        }

        JsonNode member(String path, MemberSpec member, JsonNode value) {
            if (!member.isList()) {
                return value(path, member, value);
            }
            if (!value.isArray()) {
                throw ParamErrors.wrongType(path, Kind.LIST, value);
            }
            ArrayNode checked = JsonNodeFactory.instance.arrayNode(value.size());
            for (int i = 0; i < value.size(); i++) {
                checked.add(value(path + "." + i, member, value.get(i)));
            }
            return checked;
        }

        /** Checks a single value, or one element of a list, against the member's type. */
        JsonNode value(String path, MemberSpec member, JsonNode value) {
            if (!member.isStructure()) {
                JsonNode coerced = ScalarCoercion.coerce(path, member.member(), value);
                ParamConstraint constraint = action.constraints().isEmpty() ? null
                        : action.constraints().get(INDEX.matcher(path).replaceAll(""));
                if (constraint != null) {
                    constraint.check(path, coerced);
                }
                return coerced;
            }
            if (!value.isObject()) {
                throw ParamErrors.wrongType(path, Kind.OBJECT, value);
            }
            return struct(path + ".", action.struct(member.member()), (ObjectNode) value);
        }
    }
}
