package io.tcemu.lifecycle;

import java.time.Instant;

/**
 * How the last run of an operation on a resource ended, kept once it is no longer in flight: a
 * product still shows a finished pre-check's steps, the step a failed one stopped at, or how far
 * an interrupted migration had got. {@code fraction} is how far it had progressed (0..1) when it ended;
 * {@code message} is the error text of the fault that failed it (a Redis TaskMessage), else null;
 * {@code failedStep} the step that fault named, else null.
 */
public record OperationRun(String operation, int transition, Instant startedAt, Instant endedAt, Outcome outcome,
                           double fraction, String message, String failedStep) {

    public enum Outcome {
        /** Reached its settled state (or deleted the resource), or a scenario's that a fault chose. */
        SETTLED,
        /** It ended in its failure state: an injected fault (outcome fail) or the resource it awaited failed. */
        FAILED,
        /** An injected fault with outcome error made it end in its error state. */
        ERRORED,
        /** Another operation, a rule or a "fail resource" call moved its dimension before it finished. */
        CANCELLED
    }

    static OperationRun finished(PendingOperation p, Instant at, boolean awaitedFailed) {
        Fault fault = p.fault();
        Fault failing = fault == null || fault.outcome().isScenario() ? null : fault;
        Outcome outcome = failing != null ? failing.outcome().equals(Fault.Outcome.ERROR) ? Outcome.ERRORED : Outcome.FAILED
                : awaitedFailed ? Outcome.FAILED : Outcome.SETTLED;
        return new OperationRun(p.operation(), p.transition(), p.startedAt(), at, outcome, 1,
                failing == null ? null : failing.failureMessage(), failing == null ? null : failing.step());
    }

    static OperationRun cancelled(PendingOperation p, Instant at) {
        return new OperationRun(p.operation(), p.transition(), p.startedAt(), at, Outcome.CANCELLED, p.fraction(at), null, null);
    }
}
