package io.tcemu.dialect.alibaba;

import io.tcemu.api.ApiError;
import io.tcemu.dialect.DecodedRequest;
import io.tcemu.dialect.Route;
import io.tcemu.dialect.Router;
import io.tcemu.dialect.HttpCall;
import io.tcemu.dialect.Caller;
import io.tcemu.spec.ApiSpecs;

import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The route stage for Alibaba: (Version, Action) among the Alibaba products only, so that a
 * Tencent product can never be reached through this dialect. Alibaba versions are dates of one
 * product's API, so the first product defining the pair is the one.
 */
final class AlibabaRouter implements Router {
    private final ApiSpecs specs;
    private final SortedSet<String> products;

    AlibabaRouter(ApiSpecs specs, Set<String> products) {
        this.specs = specs;
        this.products = new TreeSet<>(products);
    }

    @Override
    public Route route(DecodedRequest request, HttpCall call, Caller caller) {
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
