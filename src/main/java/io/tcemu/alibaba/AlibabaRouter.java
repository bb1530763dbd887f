package io.tcemu.alibaba;

import io.tcemu.gateway.ApiError;
import io.tcemu.gateway.DecodedRequest;
import io.tcemu.gateway.Route;
import io.tcemu.spec.ApiSpecs;

import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The route stage for Alibaba: (Version, Action) among the Alibaba products only, so that a
 * Tencent product can never be reached through this dialect. Alibaba versions are dates of one
 * product's API, so the first product defining the pair is the one.
 */
final class AlibabaRouter {
    private final ApiSpecs specs;
    private final SortedSet<String> products;

    AlibabaRouter(ApiSpecs specs, Set<String> products) {
        this.specs = specs;
        this.products = new TreeSet<>(products);
    }

    Route route(DecodedRequest request) {
        String action = required(request.action(), "Action", "x-acs-action");
        String version = required(request.version(), "Version", "x-acs-version");
        for (String product : products) {
            var spec = specs.action(product, version, action);
            if (spec.isPresent()) {
                return new Route(product, version, spec.get());
            }
        }
        if (products.stream().noneMatch(product -> specs.versions(product).contains(version))) {
            throw ApiError.of("InvalidVersion", "Specified parameter Version is not valid: tcemu emulates "
                    + products.stream().map(p -> p + " " + specs.versions(p)).toList() + ", not version " + version + ".");
        }
        throw ApiError.of("InvalidAction.NotFound", "Specified api is not found, please check your url and method: "
                + "no action `" + action + "` in version " + version + ".");
    }

    private static String required(String value, String name, String header) {
        if (value == null || value.isEmpty()) {
            throw ApiError.of("MissingParameter",
                    "The request is missing " + name + ": send the " + name + " parameter or the " + header + " header.");
        }
        return value;
    }
}
