package io.tcemu.answer;

import java.util.Locale;

/** What an action of the spec that tcemu does not emulate answers. */
public enum UnsupportedMode {
    /** its documented example, or an answer synthesized from its output model */
    EXAMPLE,
    /** UnsupportedOperation, naming it */
    ERROR;

    public static UnsupportedMode parse(String value) {
        for (UnsupportedMode mode : values()) {
            if (mode.name().equalsIgnoreCase(value.trim())) {
                return mode;
            }
        }
        throw new IllegalArgumentException("--unsupported must be example or error, not `" + value + "`");
    }

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }
}
