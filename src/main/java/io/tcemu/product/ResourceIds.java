package io.tcemu.product;

import java.security.SecureRandom;

/** Resource ids as the products form them: a prefix and lower-case alphanumerics, e.g. dts-amm1jw5q. */
public final class ResourceIds {
    private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private ResourceIds() {
    }

    public static String next(String prefix, int length) {
        StringBuilder id = new StringBuilder(prefix);
        for (int i = 0; i < length; i++) {
            id.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return id.toString();
    }
}
