package io.tcemu.lifecycle;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.tcemu.api.ApiError;

/**
 * An injected fault: the next operation of {@code product} named {@code action} (on resource
 * {@code resourceId}, if given) ends in its failure state (outcome {@code fail}) or in its error
 * state (outcome {@code error}), with {@code message} as the error text a product reports. Reads as
 * the admin body does, e.g. {@code {"product":"dts","action":"CreateCheckSyncJob","outcome":"fail"}}.
 * {@code step}, for an operation that runs through steps (a DTS check), names the step that fails.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Fault(String product, String action, String resourceId, Outcome outcome, String message, String step) {

    public enum Outcome {
        @JsonProperty("fail") FAIL,
        @JsonProperty("error") ERROR
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
