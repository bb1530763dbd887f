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
    private static final String INDEX = ROOT + "lifecycles.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, LifecycleDefinition> byName = new LinkedHashMap<>();

    private LifecycleCatalog(Collection<LifecycleDefinition> definitions) {
        for (LifecycleDefinition d : definitions) {
            if (byName.putIfAbsent(d.lifecycle(), d) != null) {
                throw new IllegalArgumentException("lifecycle " + d.lifecycle() + " is defined twice");
            }
        }
    }

    /** Every lifecycle listed in the classpath index {@value #INDEX}. */
    public static LifecycleCatalog fromClasspath() {
        JsonNode index = readTree(INDEX);
        List<LifecycleDefinition> definitions = new ArrayList<>();
        for (JsonNode path : index.path("lifecycles")) {
            definitions.add(parse(ROOT + path.asText()));
        }
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
