package io.tcemu.spec;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The API specs of every product version under {@code api-specs/} on the classpath: which
 * actions exist, their members and types, and their error codes. Immutable once loaded.
 */
public final class ApiSpecs {
    /** product, then version; sorted so that listings and routing candidates are stable */
    private final Map<String, Map<String, ProductSpec>> products = new TreeMap<>();

    /** version, then action: the products that define it, in product order; routing asks on every call */
    private final Map<String, Map<String, List<String>>> productsByAction = new HashMap<>();

    private final Map<String, DialectSpec> dialects = new TreeMap<>();

    /** product, then action: the codes tcemu chose where the action documents none that fits (error-choices.json) */
    private final Map<String, Map<String, Set<String>>> choices;

    private ApiSpecs(List<ProductSpec> specs, List<DialectSpec> dialects, Map<String, Map<String, Set<String>>> choices) {
        this.choices = choices;
        specs.forEach(spec ->
                products.computeIfAbsent(spec.product(), product -> new TreeMap<>()).put(spec.version(), spec));
        products.forEach((product, versions) -> versions.forEach((version, spec) -> spec.actions().keySet().forEach(action ->
                productsByAction.computeIfAbsent(version, v -> new HashMap<>())
                        .computeIfAbsent(action, a -> new ArrayList<>()).add(product))));
        productsByAction.values().forEach(actions -> actions.replaceAll((action, defining) -> List.copyOf(defining)));
        dialects.forEach(dialect -> this.dialects.put(dialect.name(), dialect));
    }

    public static ApiSpecs load() {
        return load(List.of());
    }

    /**
     * The built-in specs and those of added products, each folder on the classpath laid out like
     * api-specs/ (an index.json naming its product versions and the dialect that routes them).
     */
    public static ApiSpecs load(List<String> addedRoots) {
        ClassLoader loader = ApiSpecs.class.getClassLoader();
        List<ProductSpec> specs = new ArrayList<>(SpecFiles.readAll(loader, SpecFiles.ROOT));
        List<DialectSpec> dialects = new ArrayList<>(SpecFiles.readDialects(loader));
        for (String root : addedRoots) {
            specs.addAll(SpecFiles.readAll(loader, root));
            SpecFiles.readDialectProducts(loader, root).forEach((name, products) -> {
                DialectSpec dialect = dialects.stream().filter(d -> d.name().equals(name)).findFirst()
                        .orElseThrow(() -> new IllegalStateException(root + "index.json names an unknown dialect " + name));
                dialects.set(dialects.indexOf(dialect), dialect.withProducts(products));
            });
        }
        return new ApiSpecs(specs, dialects, SpecFiles.readErrorChoices(loader));
    }

    /** A wire dialect declared in index.json, by name (tencent, alibaba). */
    public DialectSpec dialect(String name) {
        DialectSpec dialect = dialects.get(name);
        if (dialect == null) {
            throw new IllegalStateException("api-specs/index.json declares no dialect " + name);
        }
        return dialect;
    }

    public Set<String> products() {
        return Collections.unmodifiableSet(products.keySet());
    }

    public Set<String> versions(String product) {
        return Collections.unmodifiableSet(products.getOrDefault(product, Map.of()).keySet());
    }

    public Optional<ActionSpec> action(String product, String version, String action) {
        return spec(product, version).map(spec -> spec.actions().get(action));
    }

    /** The actions of a product version, in name order; empty for an unknown product or version. */
    public Set<String> actions(String product, String version) {
        return spec(product, version).map(spec -> (Set<String>) new TreeSet<>(spec.actions().keySet())).orElse(Set.of());
    }

    /** The products that define this action in this version, for routing a request to one. */
    public List<String> productsWithAction(String version, String action) {
        Map<String, List<String>> actions = productsByAction.get(version);
        return actions == null ? List.of() : actions.getOrDefault(action, List.of());
    }

    /** Every error code the product version defines; empty for an unknown product or version. */
    public Set<String> errorCodes(String product, String version) {
        return spec(product, version).map(ProductSpec::errorCodes).orElse(Set.of());
    }

    /** The error codes documented for one action; empty for an unknown action. */
    public List<String> errorCodes(String product, String version, String action) {
        return action(product, version, action).map(ActionSpec::errorCodes).orElse(List.of());
    }

    /** The codes an action may answer: its own documented ones and those its cloud answers for any action. */
    public Set<String> answerableErrorCodes(String product, String version, String action) {
        Set<String> codes = new TreeSet<>(errorCodes(product, version, action));
        codes.addAll(choices.getOrDefault(product, Map.of()).getOrDefault(action, Set.of()));
        dialects.values().stream().filter(dialect -> dialect.products().contains(product))
                .forEach(dialect -> codes.addAll(dialect.commonErrors()));
        return codes;
    }

    private Optional<ProductSpec> spec(String product, String version) {
        return Optional.ofNullable(products.getOrDefault(product, Map.of()).get(version));
    }
}
