package io.tcemu.answer;

import io.tcemu.api.ActionHandlers;
import io.tcemu.api.AnswerKind;
import io.tcemu.spec.ApiSpecs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** How each action of each product version is answered right now: emulated, example, synthesized or stubbed. */
public final class Coverage {
    /** What an action without any answerer gets (under {@code --unsupported error}). */
    public static final String UNSUPPORTED = "unsupported";
    /** Every way an action can be answered, in the order listings show them. */
    public static final List<String> KINDS = List.of(AnswerKind.EMULATED.wire(), AnswerKind.EXAMPLE.wire(),
            AnswerKind.SYNTHESIZED.wire(), AnswerKind.STUBBED.wire(), UNSUPPORTED);

    private final ApiSpecs specs;
    private final ActionHandlers handlers;
    private final Stubs stubs;

    public Coverage(ApiSpecs specs, ActionHandlers handlers, Stubs stubs) {
        this.specs = specs;
        this.handlers = handlers;
        this.stubs = stubs;
    }

    /** One product version: each action (by name) with how it is answered. */
    public record ProductCoverage(String product, String version, Map<String, String> actions) {

        /** How many actions are answered each way, for every kind in {@link #KINDS}. */
        public Map<String, Integer> counts() {
            Map<String, Integer> counts = new LinkedHashMap<>();
            KINDS.forEach(kind -> counts.put(kind, 0));
            actions.values().forEach(kind -> counts.merge(kind, 1, Integer::sum));
            return counts;
        }
    }

    public List<ProductCoverage> products() {
        List<ProductCoverage> products = new ArrayList<>();
        for (String product : specs.products()) {
            for (String version : specs.versions(product)) {
                Map<String, String> actions = new TreeMap<>();
                specs.actions(product, version).forEach(action -> actions.put(action, kind(product, version, action)));
                products.add(new ProductCoverage(product, version, actions));
            }
        }
        return products;
    }

    private String kind(String product, String version, String action) {
        if (stubs.stubs(product, version, action)) {
            return AnswerKind.STUBBED.wire();
        }
        return handlers.answerer(product, version, action).map(answerer -> answerer.kind().wire()).orElse(UNSUPPORTED);
    }
}
