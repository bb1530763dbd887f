package io.tcemu.lifecycle;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How an operation in flight gets to its settled state. */
public enum ProgressionMode {
    /** Settles in the call that starts it; the transient state is never seen. */
    @JsonProperty("immediate") IMMEDIATE,
    /** Settles after a duration of emulator time (the lifecycle file's, unless a setting gives one). */
    @JsonProperty("time") TIME,
    /** Settles on the Nth read of the resource, as moto's state manager does. */
    @JsonProperty("reads") READS,
    /** Waits until an admin call releases the resource. */
    @JsonProperty("held") HELD
}
