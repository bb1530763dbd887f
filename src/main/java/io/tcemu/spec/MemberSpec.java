package io.tcemu.spec;

import java.util.Set;

/**
 * One member of a request, response or nested structure.
 *
 * @param name     the wire name, e.g. {@code Filters}
 * @param type     the kind of value: string, int, float, bool, list or object
 * @param member   the precise type of the value, or of each element of a list: one of
 *                 {@link #SCALAR_TYPES} or the name of a structure
 * @param required whether a request must carry it (response members are never required)
 * @param outputRequired whether a response always carries it (the spec's output_required)
 */
public record MemberSpec(String name, String type, String member, boolean required, boolean outputRequired) {
    public static final Set<String> SCALAR_TYPES = Set.of("string", "date", "datetime_iso", "int64",
            "uint64", "float", "bool");

    public boolean isList() {
        return "list".equals(type);
    }

    /** Whether the value, or each element of a list, is a structure named by {@link #member}. */
    public boolean isStructure() {
        return !SCALAR_TYPES.contains(member);
    }
}
