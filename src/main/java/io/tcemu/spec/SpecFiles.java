package io.tcemu.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the derived files under {@code api-specs/} on the classpath: {@code index.json} names
 * the product versions, each with an {@code actions.json} and an {@code errors.json}, for
 * Tencent's products an {@code examples.json} of documented responses (see scripts/import-specs) and, where the product documents request rate limits, a hand-written
 * {@code limits.json}, and where its parameters' documentation names allowed values or ranges, a
 * hand-written {@code constraints.json}; {@code index.json} also declares the wire dialects. Other files there
 * belong to other stages and are not read.
 */
final class SpecFiles {
    /** Where the built-in products' specs are; a product added by an embedder brings its own folder. */
    static final String ROOT = "api-specs/";
    private static final ObjectMapper JSON = new ObjectMapper();

    private SpecFiles() {
    }

    static List<ProductSpec> readAll(ClassLoader loader, String root) {
        List<ProductSpec> specs = new ArrayList<>();
        read(loader, root + "index.json").get("products").properties().forEach(product ->
                product.getValue().forEach(version ->
                        specs.add(read(loader, root, product.getKey(), version.textValue()))));
        return specs;
    }

    /** The wire dialects the built-in index.json declares, each with the products it routes and its size limits. */
    static List<DialectSpec> readDialects(ClassLoader loader) {
        List<DialectSpec> dialects = new ArrayList<>();
        read(loader, ROOT + "index.json").get("dialects").properties().forEach(dialect -> {
            JsonNode d = dialect.getValue();
            dialects.add(new DialectSpec(dialect.getKey(), Set.copyOf(strings(d.get("products"))),
                    d.get("maxBodyBytes").intValue(), d.get("maxQueryBytes").intValue(),
                    d.get("maxLegacyBodyBytes").intValue(), Set.copyOf(strings(d.path("commonErrors")))));
        });
        return dialects;
    }

    /** The codes api-specs/error-choices.json lets each product's actions answer, by product and action. */
    static Map<String, Map<String, Set<String>>> readErrorChoices(ClassLoader loader) {
        Map<String, Map<String, Set<String>>> choices = new HashMap<>();
        readOptional(loader, ROOT + "error-choices.json").path("choices").forEach(choice ->
                choice.path("actions").forEach(action -> choices.computeIfAbsent(choice.path("product").asText(), p -> new HashMap<>())
                        .computeIfAbsent(action.asText(), a -> new java.util.TreeSet<>()).add(choice.path("code").asText())));
        return choices;
    }

    /** The products an added spec folder's index.json gives each dialect, by dialect name. */
    static Map<String, List<String>> readDialectProducts(ClassLoader loader, String root) {
        Map<String, List<String>> products = new HashMap<>();
        read(loader, root + "index.json").path("dialects").properties().forEach(dialect ->
                products.put(dialect.getKey(), strings(dialect.getValue().get("products"))));
        return products;
    }

    private static ProductSpec read(ClassLoader loader, String root, String product, String version) {
        String dir = root + product + "/" + version + "/";
        JsonNode actions = read(loader, dir + "actions.json");
        JsonNode errors = read(loader, dir + "errors.json");
        JsonNode examples = readOptional(loader, dir + "examples.json");
        Map<String, RateLimit> limits = RateLimit.readAll(readOptional(loader, dir + "limits.json"), dir + "limits.json");
        Map<String, Map<String, ParamConstraint>> constraints =
                ParamConstraint.readAll(readOptional(loader, dir + "constraints.json"), dir + "constraints.json");
        Map<String, StructSpec> structs = structs(actions.get("objects"));
        requireKnownTypes(dir, structs);
        Map<String, ActionSpec> specs = new HashMap<>();
        actions.get("actions").properties().forEach(action -> {
            String name = action.getKey();
            specs.put(name, new ActionSpec(product, version, name,
                    struct(dir, structs, action.getValue().get("input").textValue()),
                    struct(dir, structs, action.getValue().get("output").textValue()),
                    strings(errors.path("actions").path(name)), structs, limits.remove(name),
                    examples.get(name) instanceof ObjectNode example ? example : null,
                    constraints.getOrDefault(name, Map.of())));
        });
        if (!limits.isEmpty()) {
            throw new IllegalStateException(dir + "limits.json names actions the spec does not have: " + limits.keySet());
        }
        constraints.keySet().removeAll(specs.keySet());
        if (!constraints.isEmpty()) {
            throw new IllegalStateException(dir + "constraints.json names actions the spec does not have: " + constraints.keySet());
        }
        return new ProductSpec(product, version, specs, Set.copyOf(strings(errors.get("codes"))));
    }

    private static Map<String, StructSpec> structs(JsonNode objects) {
        Map<String, StructSpec> structs = new HashMap<>();
        objects.properties().forEach(object -> {
            List<MemberSpec> members = new ArrayList<>();
            object.getValue().forEach(m -> members.add(new MemberSpec(m.get("name").textValue(),
                    m.get("type").textValue(), m.get("member").textValue(), m.get("required").booleanValue(),
                    m.path("outputRequired").booleanValue())));
            structs.put(object.getKey(), new StructSpec(object.getKey(), members));
        });
        return structs;
    }

    /** Fails at start-up, not on some later request, if a member names a type nobody defines. */
    private static void requireKnownTypes(String dir, Map<String, StructSpec> structs) {
        for (StructSpec struct : structs.values()) {
            for (MemberSpec member : struct.members().values()) {
                if (member.isStructure()) {
                    struct(dir, structs, member.member());
                }
            }
        }
    }

    private static StructSpec struct(String dir, Map<String, StructSpec> structs, String name) {
        StructSpec struct = structs.get(name);
        if (struct == null) {
            throw new IllegalStateException(dir + "actions.json refers to undefined structure " + name);
        }
        return struct;
    }

    private static List<String> strings(JsonNode array) {
        List<String> strings = new ArrayList<>();
        array.forEach(item -> strings.add(item.textValue()));
        return strings;
    }

    private static JsonNode read(ClassLoader loader, String resource) {
        JsonNode tree = readOptional(loader, resource);
        if (tree.isMissingNode()) {
            throw new IllegalStateException("missing classpath resource " + resource);
        }
        return tree;
    }

    /** The resource's JSON, or a missing node when there is no such resource. */
    private static JsonNode readOptional(ClassLoader loader, String resource) {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read classpath resource " + resource, e);
        }
    }
}
