package io.tcemu.lifecycle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The lifecycles the engine knows, by name. Loaded from the files listed in api-specs/lifecycles.json. */
public final class LifecycleCatalog {
    private static final String ROOT = "api-specs/";
    private static final String INDEX = "lifecycles.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, LifecycleDefinition> byName = new LinkedHashMap<>();

    private LifecycleCatalog(Collection<LifecycleDefinition> definitions) {
        for (LifecycleDefinition d : definitions) {
            if (byName.putIfAbsent(d.lifecycle(), d) != null) {
                throw new IllegalArgumentException("lifecycle " + d.lifecycle() + " is defined twice");
            }
        }
        byName.values().forEach(this::checkAwaits);
    }

    /**
     * What one file cannot check alone: an awaited lifecycle exists, has the states named, and awaits
     * nothing itself (so looking at it never recurses).
     */
    private void checkAwaits(LifecycleDefinition d) {
        for (Operation op : d.operations()) {
            for (Transition t : op.transitions()) {
                Awaits a = t.awaits();
                if (a == null) {
                    continue;
                }
                String where = d.lifecycle() + " operation " + op.name() + " awaits " + a.lifecycle();
                LifecycleDefinition other = byName.get(a.lifecycle());
                if (other == null) {
                    throw new IllegalArgumentException(where + ", which is not a known lifecycle; known: " + byName.keySet());
                }
                if (awaitsAnything(other)) {
                    throw new IllegalArgumentException(where + ", which awaits another lifecycle itself; only one level is allowed");
                }
                List.of(a.settled(), a.failed()).forEach(states -> states.forEach((dimension, values) -> {
                    List<String> known = other.dimensions().stream().filter(x -> x.name().equals(dimension))
                            .findFirst().map(Dimension::states)
                            .orElseThrow(() -> new IllegalArgumentException(where + ": it has no dimension " + dimension));
                    values.stream().filter(v -> !known.contains(v)).findFirst().ifPresent(v -> {
                        throw new IllegalArgumentException(where + ": `" + v + "` is not a " + dimension + " state; known: " + known);
                    });
                }));
            }
        }
    }

    private static boolean awaitsAnything(LifecycleDefinition d) {
        return d.operations().stream().flatMap(o -> o.transitions().stream()).anyMatch(t -> t.awaits() != null);
    }

    /** Every lifecycle listed in the classpath index api-specs/{@value #INDEX}. */
    public static LifecycleCatalog fromClasspath() {
        return fromClasspath(List.of());
    }

    /** The built-in lifecycles and those listed in each added folder's own {@value #INDEX}. */
    public static LifecycleCatalog fromClasspath(List<String> addedRoots) {
        List<LifecycleDefinition> definitions = new ArrayList<>();
        for (String root : concat(ROOT, addedRoots)) {
            for (JsonNode path : readTree(root + INDEX).path("lifecycles")) {
                definitions.add(parse(root + path.asText()));
            }
        }
        return of(definitions);
    }

    private static List<String> concat(String first, List<String> rest) {
        List<String> all = new ArrayList<>(List.of(first));
        all.addAll(rest);
        return all;
    }

    /** A catalog of these definitions, checked against each other. */
    static LifecycleCatalog of(Collection<LifecycleDefinition> definitions) {
        return new LifecycleCatalog(definitions);
    }

    /** Reads one lifecycle file from the classpath; unknown fields and invalid states fail with the file named. */
    static LifecycleDefinition parse(String resource) {
        return read(resource, readTree(resource));
    }

    static LifecycleDefinition read(String source, JsonNode tree) {
        try {
            return JSON.treeToValue(tree, LifecycleDefinition.class);
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalStateException("invalid lifecycle file " + source + ": " + e.getMessage(), e);
        }
    }

    private static JsonNode readTree(String resource) {
        try (InputStream in = LifecycleCatalog.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing classpath resource " + resource);
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    public LifecycleDefinition get(String lifecycle) {
        LifecycleDefinition d = byName.get(lifecycle);
        if (d == null) {
            throw new IllegalArgumentException("unknown lifecycle " + lifecycle + "; known: " + byName.keySet());
        }
        return d;
    }

    public boolean contains(String lifecycle) {
        return byName.containsKey(lifecycle);
    }

    public Collection<LifecycleDefinition> all() {
        return List.copyOf(byName.values());
    }
}
