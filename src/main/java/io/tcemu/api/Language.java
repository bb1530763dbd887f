package io.tcemu.api;

/** The language of an answer's messages, as a request's Language parameter names it. */
public enum Language {
    EN_US("en-US"),
    ZH_CN("zh-CN");

    private final String tag;

    Language(String tag) {
        this.tag = tag;
    }

    /** The language a Language value names; anything but zh-CN (or nothing) is English. */
    public static Language of(String tag) {
        return ZH_CN.tag.equalsIgnoreCase(tag) ? ZH_CN : EN_US;
    }

    /** The one of two texts written for this language. */
    public String pick(String english, String chinese) {
        return this == ZH_CN ? chinese : english;
    }

    public String tag() {
        return tag;
    }
}
