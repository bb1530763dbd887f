package io.tcemu.spec;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * A wire dialect as api-specs/index.json declares it: the products it routes and its size limits.
 *
 * @param maxBodyBytes the largest POST body any request may carry
 * @param maxQueryBytes the longest query string a GET may carry
 * @param maxLegacyBodyBytes the largest POST body of a request without a header signature (v1 and RPC forms)
 * @param commonErrors the error codes any action of this cloud may answer, besides its own documented ones
 */
public record DialectSpec(String name, Set<String> products, int maxBodyBytes, int maxQueryBytes,
                          int maxLegacyBodyBytes, Set<String> commonErrors) {
    public DialectSpec {
        products = Set.copyOf(products);
        commonErrors = Set.copyOf(commonErrors);
    }

    /** The same dialect routing these products too. */
    DialectSpec withProducts(Collection<String> added) {
        Set<String> all = new HashSet<>(products);
        all.addAll(added);
        return new DialectSpec(name, all, maxBodyBytes, maxQueryBytes, maxLegacyBodyBytes, commonErrors);
    }
}
