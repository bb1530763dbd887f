package io.tcemu.product;

import io.tcemu.api.ApiRequest;
import io.tcemu.store.Scope;

import java.util.Objects;

/** Where a caller's resources live: its account and the request's region ("" when the call names none). */
public final class Scopes {
    private Scopes() {
    }

    public static Scope of(ApiRequest request) {
        return within(request, "");
    }

    /** The same, narrowed to a namespace such as a WeData project. */
    public static Scope within(ApiRequest request, String namespace) {
        return new Scope(request.account().id(), Objects.requireNonNullElse(request.region(), ""), namespace);
    }
}
