package io.tcemu.gateway;

import io.tcemu.api.ApiError;
import io.tcemu.spec.ApiSpecs;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/**
 * The API faults in force, in the order they were added. Each keeps its own random generator, so a
 * seeded fault strikes the same calls of a run every time. Thread-safe.
 */
public final class ApiFaults {
    /** API 3.0's common error codes that any action may answer. */
    private static final Set<String> COMMON_CODES = Set.of("ActionOffline", "AuthFailure.InvalidAuthorization",
            "AuthFailure.InvalidSecretId", "AuthFailure.MFAFailure", "AuthFailure.SecretIdNotFound",
            "AuthFailure.SignatureExpire", "AuthFailure.SignatureFailure", "AuthFailure.TokenFailure",
            "AuthFailure.UnauthorizedOperation", "DryRunOperation", "FailedOperation", "InternalError",
            "InvalidAction", "InvalidParameter", "InvalidParameterValue", "InvalidRequest", "IpInBlacklist",
            "IpNotInWhitelist", "LimitExceeded", "MissingParameter", "NoSuchProduct", "NoSuchVersion",
            "RequestLimitExceeded", "RequestSizeLimitExceeded", "ResourceInUse", "ResourceInsufficient",
            "ResourceNotFound", "ResourceUnavailable", "ResponseSizeLimitExceeded", "ServiceUnavailable",
            "UnauthorizedOperation", "UnknownParameter", "UnsupportedOperation", "UnsupportedProtocol",
            "UnsupportedRegion");

    private final ApiSpecs specs;
    private final List<Armed> armed = new ArrayList<>();

    /** What a fault does to one call: a delay, and the error answered instead of handling it (null: handled). */
    public record Strike(long latencyMs, ApiError error, String description) {
    }

    private static final class Armed {
        private ApiFault fault;
        private final Random random;

        Armed(ApiFault fault) {
            this.fault = fault;
            this.random = fault.seed() == null ? new Random() : new Random(fault.seed());
        }
    }

    public ApiFaults(ApiSpecs specs) {
        this.specs = specs;
    }

    /** Adds a fault; refused (IllegalArgumentException naming the field) when it names what the specs do not know. */
    public void add(ApiFault fault) {
        check(fault);
        synchronized (armed) {
            armed.add(new Armed(fault));
        }
    }

    public List<ApiFault> list() {
        synchronized (armed) {
            return armed.stream().map(a -> a.fault).toList();
        }
    }

    public void clear() {
        synchronized (armed) {
            armed.clear();
        }
    }

    /** Replaces every fault, all or none: each is checked before any is kept. */
    public void replace(List<ApiFault> faults) {
        faults.forEach(this::check);
        synchronized (armed) {
            armed.clear();
            faults.forEach(f -> armed.add(new Armed(f)));
        }
    }

    /** Draws, for a call of this action, whether a fault strikes it; the first fault that strikes decides. */
    public Optional<Strike> strike(String product, String action) {
        synchronized (armed) {
            for (Iterator<Armed> it = armed.iterator(); it.hasNext(); ) {
                Armed a = it.next();
                ApiFault f = a.fault;
                if (!f.matches(product, action) || a.random.nextDouble() >= f.probability()) {
                    continue;
                }
                long latency = f.latencyMinMs() == null ? 0
                        : f.latencyMinMs() + (long) (a.random.nextDouble() * (f.latencyMaxMs() - f.latencyMinMs()));
                if (f.times() != null) {
                    if (f.times() == 1) {
                        it.remove();
                    } else {
                        a.fault = f.withTimes(f.times() - 1);
                    }
                }
                return Optional.of(new Strike(latency, f.error() == null ? null : error(f, product, action),
                        (f.error() == null ? "latency" : "error " + f.error()) + (latency > 0 ? " after " + latency + "ms" : "")
                                + " (API fault on " + product + (f.action() == null ? "" : "." + f.action()) + ")"));
            }
        }
        return Optional.empty();
    }

    private static ApiError error(ApiFault f, String product, String action) {
        String message = f.message() != null ? f.message()
                : "An error injected through /_tcemu/faults answers this call of " + product + "." + action + ".";
        return ApiError.of(f.error(), message, f.message() != null ? f.message()
                : "通过 /_tcemu/faults 注入的错误：" + product + "." + action + "。");
    }

    private void check(ApiFault fault) {
        if (!specs.products().contains(fault.product())) {
            throw new IllegalArgumentException("\"product\": no product " + fault.product() + "; known: "
                    + new TreeSet<>(specs.products()));
        }
        Set<String> versions = specs.versions(fault.product());
        if (fault.action() != null && versions.stream()
                .noneMatch(v -> specs.action(fault.product(), v, fault.action()).isPresent())) {
            throw new IllegalArgumentException("\"action\": " + fault.product() + " has no action " + fault.action());
        }
        if (fault.error() == null || COMMON_CODES.contains(fault.error())) {
            return;
        }
        boolean documented = versions.stream().anyMatch(v -> specs.errorCodes(fault.product(), v).contains(fault.error()));
        if (!documented) {
            Set<String> codes = new TreeSet<>();
            versions.forEach(v -> codes.addAll(fault.action() == null ? specs.errorCodes(fault.product(), v)
                    : specs.errorCodes(fault.product(), v, fault.action())));
            throw new IllegalArgumentException("\"error\": " + fault.error() + " is neither a common error code nor one "
                    + fault.product() + " documents" + (fault.action() == null ? "" : " (" + fault.action() + " documents "
                    + codes + ")"));
        }
    }
}
