package io.tcemu.lifecycle;

import io.tcemu.api.Language;

/** A short text in the two languages error messages come in. */
public record LocalizedText(String en, String zh) {

    public String in(Language language) {
        return language.pick(en, zh);
    }
}
