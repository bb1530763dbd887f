package io.tcemu.spec;

import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** One product version as loaded from api-specs/: its actions by name and all its error codes. */
record ProductSpec(String product, String version, Map<String, ActionSpec> actions, Set<String> errorCodes) {

    ProductSpec {
        actions = Map.copyOf(actions);
        errorCodes = Collections.unmodifiableSet(new TreeSet<>(errorCodes));
    }
}
