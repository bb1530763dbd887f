package io.tcemu.gateway;

/**
 * Makes client-supplied text safe to log: control characters (a decoded %0A, a terminal escape
 * %1B) become {@code \\uXXXX}, so a request cannot forge a log line or drive the terminal.
 */
final class LogText {
    private LogText() {
    }

    static String escape(String text) {
        if (text == null) {
            return "null";
        }
        StringBuilder safe = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean control = Character.isISOControl(c) || c == '\u2028' || c == '\u2029';
            if (control && safe == null) {
                safe = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (control) {
                safe.append(String.format("\\u%04x", (int) c));
            } else if (safe != null) {
                safe.append(c);
            }
        }
        return safe == null ? text : safe.toString();
    }
}
