package io.tcemu.dialect.tencent;

/** Digit checks for the TC3 fields read on every call, by hand rather than by regex. */
final class AsciiDigits {
    private AsciiDigits() {
    }

    /** Whether text[from, to) is all 0-9: Character.isDigit would take other scripts' digits too. */
    static boolean in(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
