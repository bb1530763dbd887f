package io.tcemu.api;

/** The language of an answer's messages, as a request's Language parameter names it. */
public enum Language {
    EN_US("en-US"),
    ZH_CN("zh-CN");

    private final String tag;

    Language(String tag) {
        this.tag = tag;
    }

    /** The language a Language value names; {@code fallback} when it names neither (or is absent). */
    public static Language of(String tag, Language fallback) {
        for (Language language : values()) {
            if (language.tag.equalsIgnoreCase(tag)) {
                return language;
            }
        }
        return fallback;
    }

    /** The language a --language value names; anything else is a mistake to report. */
    public static Language parse(String tag) {
        Language language = of(tag, null);
        if (language == null) {
            throw new IllegalArgumentException("the language must be zh-CN or en-US, not `" + tag + "`");
        }
        return language;
    }

    /** The one of two texts written for this language. */
    public String pick(String english, String chinese) {
        return this == ZH_CN ? chinese : english;
    }

    public String tag() {
        return tag;
    }
}
