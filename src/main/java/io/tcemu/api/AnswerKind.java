package io.tcemu.api;

import java.util.Locale;

/** Where an answer comes from; a response header and the log line name it, and coverage lists it. */
public enum AnswerKind {
    /** tcemu's own handler, over its resources and lifecycles */
    EMULATED,
    /** the action's documented response example */
    EXAMPLE,
    /** values made up from the output model, for an action with no usable example */
    SYNTHESIZED,
    /** a stub a test posted to /_tcemu/stubs */
    STUBBED;

    /** The word on the wire: {@code example}, {@code synthesized}, … */
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }
}
