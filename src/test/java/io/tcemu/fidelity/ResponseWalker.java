package io.tcemu.fidelity;

import com.fasterxml.jackson.databind.JsonNode;
import io.tcemu.spec.ActionSpec;
import io.tcemu.spec.MemberSpec;
import io.tcemu.spec.StructSpec;

import java.util.ArrayList;
import java.util.List;

/**
 * Walks a success response against the action's output model, as an SDK would read it: every
 * member is one the model declares, of the declared type, and every member the model marks
 * outputRequired is there and not null. Answers each deviation with its path.
 */
public final class ResponseWalker {
    private final ActionSpec action;
    private final List<String> problems = new ArrayList<>();

    private ResponseWalker(ActionSpec action) {
        this.action = action;
    }

    /** The deviations of {@code response} (the content of the envelope's Response) from the model. */
    public static List<String> walk(ActionSpec action, JsonNode response) {
        ResponseWalker walker = new ResponseWalker(action);
        walker.struct(action.output(), response, action.name());
        return walker.problems;
    }

    private void struct(StructSpec spec, JsonNode value, String path) {
        if (!value.isObject()) {
            problems.add(path + ": expected an object " + spec.name() + ", got " + value);
            return;
        }
        value.fieldNames().forEachRemaining(name -> {
            if (!spec.members().containsKey(name)) {
                problems.add(path + "." + name + ": not a member of " + spec.name());
            }
        });
        for (MemberSpec member : spec.members().values()) {
            JsonNode found = value.get(member.name());
            String at = path + "." + member.name();
            if (found == null || found.isNull()) {
                if (member.outputRequired()) {
                    problems.add(at + ": always present in the model (outputRequired), but " + (found == null ? "missing" : "null"));
                }
            } else if (member.isList()) {
                list(member, found, at);
            } else {
                value(member, found, at);
            }
        }
    }

    private void list(MemberSpec member, JsonNode found, String at) {
        if (!found.isArray()) {
            problems.add(at + ": expected a list, got " + found);
            return;
        }
        for (int i = 0; i < found.size(); i++) {
            value(member, found.get(i), at + "[" + i + "]");
        }
    }

    private void value(MemberSpec member, JsonNode found, String at) {
        if (member.isStructure()) {
            struct(action.struct(member.member()), found, at);
            return;
        }
        boolean fits = switch (member.member()) {
            case "string", "date", "datetime_iso" -> found.isTextual();
            case "int64" -> found.isIntegralNumber();
            case "uint64" -> found.isIntegralNumber() && found.asLong() >= 0;
            case "float" -> found.isNumber();
            case "bool" -> found.isBoolean();
            default -> throw new IllegalStateException("unknown scalar type " + member.member());
        };
        if (!fits) {
            problems.add(at + ": expected " + member.member() + ", got " + found);
        }
    }
}
