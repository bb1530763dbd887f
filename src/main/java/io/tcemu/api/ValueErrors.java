package io.tcemu.api;

import java.util.List;

/**
 * The two errors of a parameter whose value its type allows but its documentation does not: one
 * the constraints files raise for every product, and the few checks products keep in Java.
 */
public final class ValueErrors {
    private ValueErrors() {
    }

    public static ApiError notOneOf(String code, String name, List<String> allowed, String value) {
        return ApiError.of(code, name + " must be one of " + allowed + ", not `" + value + "`.",
                name + " 取值须为 " + allowed + " 之一，当前为 `" + value + "`。");
    }

    public static ApiError outOfRange(String code, String name, long min, long max, String value) {
        return ApiError.of(code, name + " must be between " + min + " and " + max + ", not " + value + ".",
                name + " 取值范围为 " + min + " 到 " + max + "，当前为 " + value + "。");
    }
}
