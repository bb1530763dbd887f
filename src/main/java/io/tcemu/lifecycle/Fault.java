package io.tcemu.lifecycle;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonValue;
import io.tcemu.api.ApiError;

/**
 * An injected fault: the next operation of {@code product} named {@code action} (on resource
 * {@code resourceId}, if given) ends in its failure state (outcome {@code fail}) or in its error
 * state (outcome {@code error}), or as the transition's scenario of that name declares (outcome
 * {@code inconsistent} for a DTS consistency check), with {@code message} as the error text a product reports. Reads as
 * the admin body does, e.g. {@code {"product":"dts","action":"CreateCheckSyncJob","outcome":"fail"}}.
 * {@code step}, for an operation that runs through steps (a DTS check), names the step that fails.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Fault(String product, String action, String resourceId, Outcome outcome, String message, String step) {

    /** How the operation ends: {@code fail}, {@code error}, or the name of a scenario its lifecycle file declares. */
    public record Outcome(@JsonValue String name) {
        public static final Outcome FAIL = new Outcome("fail");
        public static final Outcome ERROR = new Outcome("error");

        public Outcome {
            if (name == null || name.isBlank()) {
                throw ApiError.of("InvalidParameterValue", "A fault's outcome needs a name: fail, error or a scenario.",
                        "故障的 outcome 需要名称：fail、error 或场景名。");
            }
        }

        @JsonCreator
        public static Outcome named(String name) {
            return new Outcome(name);
        }

        boolean isScenario() {
            return !equals(FAIL) && !equals(ERROR);
        }
    }

    public Fault {
        if (product == null || action == null) {
            throw ApiError.of("InvalidParameterValue", "A fault needs product and action.", "故障需要指定 product 和 action。");
        }
        outcome = outcome == null ? Outcome.FAIL : outcome;
    }

    public Fault(String product, String action, String resourceId, Outcome outcome) {
        this(product, action, resourceId, outcome, null, null);
    }

    boolean matches(String product, String operation, String id) {
        return this.product.equals(product) && action.equals(operation) && (resourceId == null || resourceId.equals(id));
    }

    /** The error text of the failure it causes: its message, or one naming it as injected. */
    String failureMessage() {
        return message != null ? message : action + " failed: a fault injected through /_tcemu/faults.";
    }
}
