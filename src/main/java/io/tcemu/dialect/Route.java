package io.tcemu.dialect;

import io.tcemu.spec.ActionSpec;

/** Where a request goes: the product and version whose spec defines its action. */
public record Route(String product, String version, ActionSpec action) {
}
