package io.tcemu.product;

import io.tcemu.lifecycle.LifecycleCatalog;
import io.tcemu.lifecycle.LifecycleEngine;
import io.tcemu.lifecycle.StateTerms;

/**
 * One product version's emulation: its action classes map actions to lifecycle operations and
 * shape the responses. Registered once at start; handlers run off the event loop and may block.
 */
public abstract class ProductModule {
    private final String product;
    private final String version;
    private final StateTerms terms;

    protected ProductModule(String product, String version) {
        this(product, version, new StateTerms());
    }

    /** A product whose code names the state groups and wire mappings in {@code terms}. */
    protected ProductModule(String product, String version, StateTerms terms) {
        this.product = product;
        this.version = version;
        this.terms = terms;
    }

    public final String product() {
        return product;
    }

    public final String version() {
        return version;
    }

    /** Fails the start, naming it, if a lifecycle file lacks a state group or wire mapping the product's code names. */
    public final void checkTerms(LifecycleCatalog catalog) {
        terms.checkAgainst(catalog);
    }

    public abstract void register(ProductActions actions, LifecycleEngine engine);
}
