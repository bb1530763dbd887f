package io.tcemu.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Map;

/**
 * An action's response model: checks response members against it and completes them, so that every
 * member the model says a response always carries is there with a value of its type. Filled-in values
 * are synthesized from a seed, so the same seed gives the same answer.
 */
public final class OutputModel {
    /** Deeper than any documented response nests; stops a structure that contains itself. */
    private static final int MAX_DEPTH = 8;
    /** The envelope sets it on every answer. */
    private static final String REQUEST_ID = "RequestId";

    private final ActionSpec action;

    private OutputModel(ActionSpec action) {
        this.action = action;
    }

    public static OutputModel of(ActionSpec action) {
        return new OutputModel(action);
    }

    /** A response that does not fit the model, with the member path that is wrong and why. */
    public static final class Mismatch extends IllegalArgumentException {
        private final String path;

        Mismatch(String path, String problem) {
            super("`" + path + "` " + problem);
            this.path = path;
        }

        public String path() {
            return path;
        }
    }

    /**
     * Checks the given members strictly and adds the missing required ones.
     *
     * @throws Mismatch for a member the model does not have, or a value not of the member's type
     */
    public ObjectNode complete(ObjectNode members, long seed) {
        return new Pass(true, seed).response(members);
    }

    /** Keeps what fits the model and synthesizes the rest: for documented examples, a few of which stray from it. */
    public ObjectNode repair(ObjectNode members, long seed) {
        return new Pass(false, seed).response(members);
    }

    /** Why a response value does not fit its scalar type, or null when it does. Stricter than requests: no strings for numbers. */
    private static String scalarProblem(String type, JsonNode value) {
        return switch (type) {
            case "string", "date", "datetime_iso" -> value.isTextual() ? null : "must be a string";
            case "int64" -> value.isIntegralNumber() ? null : "must be an integer";
            case "uint64" -> value.isIntegralNumber() && value.bigIntegerValue().signum() >= 0 ? null
                    : "must be an integer of 0 or more";
            case "float" -> value.isNumber() ? null : "must be a number";
            case "bool" -> value.isBoolean() ? null : "must be true or false";
            default -> throw new IllegalArgumentException("not a scalar type: " + type);
        };
    }

    private final class Pass {
        private final boolean strict;
        private final long seed;

        Pass(boolean strict, long seed) {
            this.strict = strict;
            this.seed = seed;
        }

        ObjectNode response(ObjectNode members) {
            if (members.has(REQUEST_ID)) {
                if (strict) {
                    throw new Mismatch(REQUEST_ID, "is set by tcemu on every answer; leave it out");
                }
                members = members.deepCopy();
                members.remove(REQUEST_ID);
            }
            return struct("", action.output(), members, 0);
        }

        ObjectNode struct(String prefix, StructSpec spec, ObjectNode given, int depth) {
            ObjectNode out = JsonNodeFactory.instance.objectNode();
            for (Map.Entry<String, JsonNode> field : given.properties()) {
                MemberSpec member = spec.members().get(field.getKey());
                String path = prefix + field.getKey();
                if (member != null) {
                    out.set(member.name(), member(path, member, field.getValue(), depth));
                } else if (strict) {
                    throw new Mismatch(path, "is not a member of " + spec.name() + " (" + action + ")");
                }
            }
            for (MemberSpec member : spec.members().values()) {
                if (member.outputRequired() && !out.has(member.name()) && !(depth == 0 && member.name().equals(REQUEST_ID))) {
                    out.set(member.name(), synthesized(prefix + member.name(), member, depth));
                }
            }
            return out;
        }

        /** A value that fits as it is, with its structures completed; one that does not is refused or replaced. */
        JsonNode member(String path, MemberSpec member, JsonNode value, int depth) {
            if (value.isNull()) {
                return value;
            }
            if (!member.isList()) {
                return one(path, member, value, depth);
            }
            if (!value.isArray()) {
                return misfit(path, member, "must be a list", depth);
            }
            ArrayNode out = JsonNodeFactory.instance.arrayNode(value.size());
            for (int i = 0; i < value.size(); i++) {
                out.add(one(path + "." + i, member, value.get(i), depth));
            }
            return out;
        }

        JsonNode one(String path, MemberSpec member, JsonNode value, int depth) {
            if (member.isStructure()) {
                return value.isObject() ? struct(path + ".", action.struct(member.member()), (ObjectNode) value, depth + 1)
                        : misfit(path, member, "must be an object (" + member.member() + ")", depth);
            }
            String problem = scalarProblem(member.member(), value);
            return problem == null ? value : misfit(path, member, problem, depth);
        }

        JsonNode misfit(String path, MemberSpec member, String problem, int depth) {
            if (strict) {
                throw new Mismatch(path, problem);
            }
            return synthesized(path, member, depth);
        }

        JsonNode synthesized(String path, MemberSpec member, int depth) {
            SynthesizedValues values = new SynthesizedValues(action.product(), seed, path);
            if (!member.isList()) {
                return synthesizedOne(path, member, values, depth);
            }
            ArrayNode list = JsonNodeFactory.instance.arrayNode();
            if (depth < MAX_DEPTH) {
                // one element: enough to show the shape, and what a synthesized count of 1 describes
                list.add(synthesizedOne(path + ".0", member, values, depth));
            }
            return list;
        }

        JsonNode synthesizedOne(String path, MemberSpec member, SynthesizedValues values, int depth) {
            if (!member.isStructure()) {
                return values.scalar(member.name(), member.member());
            }
            return depth < MAX_DEPTH
                    ? struct(path + ".", action.struct(member.member()), JsonNodeFactory.instance.objectNode(), depth + 1)
                    : JsonNodeFactory.instance.objectNode();
        }
    }
}
