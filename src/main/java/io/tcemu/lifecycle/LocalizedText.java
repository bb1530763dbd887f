package io.tcemu.lifecycle;

/** A short text in the two languages error messages come in. */
public record LocalizedText(String en, String zh) {

    public String in(boolean chinese) {
        return chinese ? zh : en;
    }
}
