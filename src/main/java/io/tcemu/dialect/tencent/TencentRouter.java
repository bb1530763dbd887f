package io.tcemu.dialect.tencent;

import io.tcemu.api.ApiError;
import io.tcemu.dialect.DecodedRequest;
import io.tcemu.dialect.Route;
import io.tcemu.dialect.Router;
import io.tcemu.dialect.HttpCall;
import io.tcemu.dialect.Caller;

import io.tcemu.spec.ApiSpecs;

import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The route stage. (Version, Action) names the product; where two products share the pair, the
 * Host's first label or the credential scope's service decides (the Java and Node SDKs put `127`
 * or `localhost:4580` there when pointed at a local endpoint, so neither can be relied on alone).
 * Only the products it is given are routable: another cloud's products stay out of reach.
 */
public final class TencentRouter implements Router {
    private final ApiSpecs specs;
    /** sorted, so that the version a NoSuchVersion error suggests is stable */
    private final SortedSet<String> products;

    public TencentRouter(ApiSpecs specs, Set<String> products) {
        this.specs = specs;
        this.products = Collections.unmodifiableSortedSet(new TreeSet<>(products));
    }

    @Override
    public Route route(DecodedRequest request, HttpCall call, Caller caller) {
        String action = required(request.action(), "Action", "X-TC-Action");
        String version = required(request.version(), "Version", "X-TC-Version");
        String hinted = hintedProduct(call.host(), caller.scopeService());
        List<String> candidates = routable(version, action);
        if (candidates.size() > 1) {
            candidates = candidates.stream().filter(p -> p.equals(hinted)).toList();
            if (candidates.size() != 1) {
                throw ApiError.of("InvalidAction",
                        "Action `" + action + "` of version " + version + " exists in several products; name the product "
                                + "in the Host header, e.g. " + routable(version, action).get(0) + ".tencentcloudapi.com.",
                        "多个产品都有版本 " + version + " 的接口 `" + action + "`；请在 Host 中指明产品。");
            }
        }
        if (candidates.size() == 1) {
            String product = candidates.get(0);
            return new Route(product, version, specs.action(product, version, action).orElseThrow());
        }
        throw notFound(action, version, hinted);
    }

    /** The products defining the pair that this router may reach: nearly always all of them, which takes no new list. */
    private List<String> routable(String version, String action) {
        List<String> defining = specs.productsWithAction(version, action);
        return products.containsAll(defining) ? defining : defining.stream().filter(products::contains).toList();
    }

    private ApiError notFound(String action, String version, String hinted) {
        for (String product : products) {
            for (String known : specs.versions(product)) {
                if (specs.action(product, known, action).isPresent() && (hinted == null || hinted.equals(product))) {
                    return ApiError.of("NoSuchVersion",
                            "Version " + version + " does not exist for " + product + "." + action + "; use " + known + ".",
                            "接口 " + product + "." + action + " 不存在版本 " + version + "；请使用 " + known + "。");
                }
            }
        }
        if (hinted != null && !specs.versions(hinted).contains(version)) {
            return ApiError.of("NoSuchVersion",
                    "Version " + version + " does not exist for " + hinted + "; tcemu knows " + specs.versions(hinted) + ".",
                    "产品 " + hinted + " 不存在版本 " + version + "。");
        }
        return ApiError.of("InvalidAction",
                "The request `Action` " + action + " is invalid or not found for version " + version + ".",
                "接口 `" + action + "` 不存在（版本 " + version + "）。");
    }

    private String hintedProduct(String host, String scopeService) {
        String label = firstLabel(host.toLowerCase(Locale.ROOT));
        if (products.contains(label)) {
            return label;
        }
        return scopeService != null && products.contains(scopeService) ? scopeService : null;
    }

    /** A host's first label, after any scheme a client put into the Host header; found by index, as on every call. */
    private static String firstLabel(String host) {
        int start = host.startsWith("http://") ? "http://".length() : host.startsWith("https://") ? "https://".length() : 0;
        int end = start;
        while (end < host.length() && host.charAt(end) != '.' && host.charAt(end) != ':') {
            end++;
        }
        return host.substring(start, end);
    }

    private static String required(String value, String name, String header) {
        if (value == null || value.isEmpty()) {
            throw ApiError.of("MissingParameter",
                    "The request is missing `" + name + "`: send the " + header + " header or the " + name + " parameter.",
                    "缺少参数 `" + name + "`：请发送 " + header + " 请求头或 " + name + " 参数。");
        }
        return value;
    }
}
