package io.tcemu.gateway;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.tcemu.api.ApiError;
import io.tcemu.spec.ApiSpecs;
import io.tcemu.store.SharedValues;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The API faults in force, in the order they were added. Each keeps its own random generator, so a
 * seeded fault strikes the same calls of a run every time. They are one shared value, changed
 * atomically: on a store several gateways share, a fault with {@code times} strikes that many calls
 * across all of them, and a seeded one continues its sequence whichever gateway draws next. Thread-safe.
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

    private static final String SHARED = "api-faults";
    private static final String NONE = "[]";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ApiSpecs specs;
    private final SharedValues shared;

    /** What a fault does to one call: a delay, and the error answered instead of handling it (null: handled). */
    public record Strike(long latencyMs, ApiError error, String description) {
    }

    private static final class Armed {
        private ApiFault fault;
        private final KeptRandom random;

        Armed(ApiFault fault, KeptRandom random) {
            this.fault = fault;
            this.random = random;
        }

        Armed(ApiFault fault) {
            this(fault, KeptRandom.seeded(fault.seed() == null ? ThreadLocalRandom.current().nextLong() : fault.seed()));
        }
    }

    /** Faults of this process alone. */
    public ApiFaults(ApiSpecs specs) {
        this(specs, SharedValues.inMemory());
    }

    /** Faults kept in {@code shared}, which every gateway on one store sees. */
    public ApiFaults(ApiSpecs specs, SharedValues shared) {
        this.specs = specs;
        this.shared = shared;
    }

    /** Adds a fault; refused (IllegalArgumentException naming the field) when it names what the specs do not know. */
    public void add(ApiFault fault) {
        check(fault);
        shared.update(SHARED, text -> {
            List<Armed> armed = read(text);
            armed.add(new Armed(fault));
            return write(armed);
        });
    }

    public List<ApiFault> list() {
        return read(shared.get(SHARED)).stream().map(a -> a.fault).toList();
    }

    public void clear() {
        shared.update(SHARED, text -> NONE);
    }

    /** Replaces every fault, all or none: each is checked before any is kept. */
    public void replace(List<ApiFault> faults) {
        faults.forEach(this::check);
        shared.update(SHARED, text -> write(faults.stream().map(Armed::new).toList()));
    }

    /** Draws, for a call of this action, whether a fault strikes it; the first fault that strikes decides. */
    public Optional<Strike> strike(String product, String action) {
        String kept = shared.get(SHARED);
        if (kept == null || kept.equals(NONE)) {
            return Optional.empty();
        }
        AtomicReference<Optional<Strike>> struck = new AtomicReference<>();
        shared.update(SHARED, text -> {
            List<Armed> armed = read(text);
            struck.set(strike(armed, product, action));
            return write(armed);
        });
        return struck.get();
    }

    /** Draws from, and uses up, the faults in {@code armed}. */
    private static Optional<Strike> strike(List<Armed> armed, String product, String action) {
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
        return Optional.empty();
    }

    private static List<Armed> read(String text) {
        List<Armed> armed = new ArrayList<>();
        if (text != null) {
            try {
                for (JsonNode a : JSON.readTree(text)) {
                    armed.add(new Armed(ApiFault.from(a.get("fault")), KeptRandom.resumed(a.get("random").asLong())));
                }
            } catch (JsonProcessingException | RuntimeException e) {
                throw new IllegalStateException("the kept API faults are unreadable: " + text, e);
            }
        }
        return armed;
    }

    private static String write(List<Armed> armed) {
        ArrayNode list = JSON.createArrayNode();
        armed.forEach(a -> list.addObject().put("random", a.random.state()).set("fault", a.fault.toJson()));
        return list.toString();
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
