package io.tcemu.store;

import java.util.Objects;

/**
 * Where a resource lives: the caller's account and the request's region, plus an optional
 * namespace for products that nest resources further (a WeData project); empty when unused.
 */
public record Scope(String account, String region, String namespace) {
    public Scope {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(region, "region");
        namespace = namespace == null ? "" : namespace;
    }

    public static Scope of(String account, String region) {
        return new Scope(account, region, "");
    }
}
