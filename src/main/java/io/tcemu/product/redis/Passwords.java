package io.tcemu.product.redis;

import io.tcemu.api.ApiError;

/** The password rules CreateInstances, ClearInstance and ResetPassword document. */
final class Passwords {
    private static final String SPECIALS = "()`~!@#$%^&*-+=_|{}[]:;<>,.?/";

    private Passwords() {
    }

    /**
     * Redis, Valkey and Memcached: 8 to {@code maxLength} characters, at least two of lower case, upper
     * case, digits and {@value #SPECIALS}, not starting with "/". CKV: 8-30 letters and digits, both.
     */
    static void checkRule(String password, boolean ckv, int maxLength) {
        if (password == null || password.isEmpty()) {
            throw ApiError.of(RedisErrors.INVALID_PARAMETER_VALUE_PASSWORD_EMPTY, "Password is required unless the instance is password-free (NoAuth).",
                    "未设置免密访问（NoAuth）时必须填写 Password。");
        }
        boolean ok = ckv ? ckvRule(password) : redisRule(password, maxLength);
        if (!ok) {
            String rule = ckv ? "8-30 characters, letters and digits only, with both"
                    : "8-" + maxLength + " characters from letters, digits and " + SPECIALS
                    + ", with at least two of lower case, upper case, digits and symbols, not starting with /";
            throw ApiError.of(RedisErrors.INVALID_PARAMETER_VALUE_PASSWORD_RULE_ERROR, "The password must have " + rule + ".",
                    "密码不符合复杂度要求：" + rule + "。");
        }
    }

    private static boolean redisRule(String p, int maxLength) {
        if (p.length() < 8 || p.length() > maxLength || p.startsWith("/")) {
            return false;
        }
        boolean lower = false, upper = false, digit = false, special = false;
        for (char c : p.toCharArray()) {
            if (c >= 'a' && c <= 'z') {
                lower = true;
            } else if (c >= 'A' && c <= 'Z') {
                upper = true;
            } else if (c >= '0' && c <= '9') {
                digit = true;
            } else if (SPECIALS.indexOf(c) >= 0) {
                special = true;
            } else {
                return false;
            }
        }
        return (lower ? 1 : 0) + (upper ? 1 : 0) + (digit ? 1 : 0) + (special ? 1 : 0) >= 2;
    }

    private static boolean ckvRule(String p) {
        return p.length() >= 8 && p.length() <= 30 && p.matches("[A-Za-z0-9]+") && p.matches(".*[A-Za-z].*") && p.matches(".*\\d.*");
    }
}
