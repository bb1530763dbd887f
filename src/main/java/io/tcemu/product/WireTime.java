package io.tcemu.product;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Times as the Tencent APIs return them: {@code yyyy-MM-dd HH:mm:ss}, Beijing time. */
public final class WireTime {
    public static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    /** What the APIs return for a time that has not happened (an unset ExpireTime, say). */
    public static final String ZERO = "0000-00-00 00:00:00";
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(BEIJING);

    private WireTime() {
    }

    public static String format(Instant instant) {
        return instant == null ? ZERO : FORMAT.format(instant);
    }

    public static Instant parse(String text) {
        return java.time.LocalDateTime.parse(text, DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")).atZone(BEIJING).toInstant();
    }
}
