package io.tcemu.spec;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A named structure (a request, a response or a nested object) and its members by name. */
public record StructSpec(String name, Map<String, MemberSpec> members) {

    public StructSpec(String name, List<MemberSpec> members) {
        this(name, byName(members));
    }

    public StructSpec {
        // spec order is kept so that checks and listings follow the documentation
        members = Collections.unmodifiableMap(new LinkedHashMap<>(members));
    }

    private static Map<String, MemberSpec> byName(List<MemberSpec> members) {
        Map<String, MemberSpec> byName = new LinkedHashMap<>();
        members.forEach(member -> byName.put(member.name(), member));
        return byName;
    }
}
