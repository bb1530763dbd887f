package io.tcemu.lifecycle;

import java.time.Instant;

/**
 * How the last run of an operation on a resource ended, kept once it is no longer in flight: a
 * product still shows a finished pre-check's steps, the step a failed one stopped at, or how far
 * an interrupted migration had got. {@code fraction} is how far it had progressed (0..1) when it ended.
 */
public record OperationRun(String operation, int transition, Instant startedAt, Instant endedAt, Outcome outcome,
                           double fraction) {

    public enum Outcome {
        /** Reached its settled state (or deleted the resource). */
        SETTLED,
        /** An injected fault made it end in its failure state. */
        FAILED,
        /** Another operation, a rule or a "fail resource" call moved its dimension before it finished. */
        CANCELLED
    }

    static OperationRun finished(PendingOperation p, Instant at) {
        return new OperationRun(p.operation(), p.transition(), p.startedAt(), at,
                p.failing() ? Outcome.FAILED : Outcome.SETTLED, 1);
    }

    static OperationRun cancelled(PendingOperation p, Instant at) {
        return new OperationRun(p.operation(), p.transition(), p.startedAt(), at, Outcome.CANCELLED, p.fraction(at));
    }
}
