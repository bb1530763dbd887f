package io.tcemu.lifecycle;

import java.time.Instant;

/**
 * How the last operation an injected fault made fail ended: the operation, the state it ended in,
 * the fault's message and when. Handlers show the message where a product reports an error text.
 */
public record Failure(String operation, String state, String message, Instant at) {
}
