package io.tcemu.product.toy;

import io.tcemu.Emulator;
import io.tcemu.EmulatorConfig;
import io.tcemu.lifecycle.LifecycleEngine;
import io.tcemu.lifecycle.StateTerms;
import io.tcemu.product.ProductActions;
import io.tcemu.product.ProductModule;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A product whose code asks for a state group its lifecycle file does not define cannot start. */
class ToyStateTermsTest {

    @Test
    void aGroupTheLifecycleFileLacksFailsTheStartNamingIt() {
        StateTerms terms = new StateTerms();
        terms.group("toy.Lamp", "Status", "lit");
        ProductModule asking = new ProductModule("toy", "2026-01-01", terms) {
            @Override
            public void register(ProductActions actions, LifecycleEngine engine) {
                new LampActions(engine).register(actions);
            }
        };
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Emulator.start(EmulatorConfig.ephemeral().addProduct(asking, "toy-specs")).close());
        assertEquals("toy.Lamp dimension Status has no group `lit`; known: []", e.getMessage());
    }
}
