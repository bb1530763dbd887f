package io.tcemu.spec;

import com.fasterxml.jackson.databind.JsonNode;
import io.tcemu.api.ApiError;

/** The errors a request's parameters can cause, each naming the member path that is wrong. */
final class ParamErrors {
    private static final int SHOWN_LENGTH = 40;

    private ParamErrors() {
    }

    static ApiError missing(String path) {
        return ApiError.of("MissingParameter",
                "The request is missing a required parameter `" + path + "`.",
                "缺少必填参数 `" + path + "`。");
    }

    static ApiError unknown(String path, ActionSpec action) {
        return ApiError.of("UnknownParameter",
                "The parameter `" + path + "` is not recognized by " + action.name()
                        + " (version " + action.version() + ").",
                "参数 `" + path + "` 不是接口 " + action.name() + "（版本 " + action.version()
                        + "）的参数。");
    }

    /** The value has the wrong JSON type, or is a string that does not read as the expected type. */
    static ApiError wrongType(String path, Kind expected, JsonNode sent) {
        Kind kind = Kind.of(sent);
        String value = sent.isTextual() ? " " + shown(sent) : "";
        return ApiError.of("InvalidParameter",
                "Parameter `" + path + "` must be " + expected.english + ", but " + kind.english
                        + value + " was sent.",
                "参数 `" + path + "` 应为" + expected.chinese + "，但传入的是" + kind.chinese + value
                        + "。");
    }

    /** The value reads as the expected type but lies outside what the type can hold. */
    static ApiError outOfRange(String path, String boundsEn, String boundsZh, JsonNode sent) {
        return ApiError.of("InvalidParameterValue",
                "Parameter `" + path + "` must be " + boundsEn + ", but " + shown(sent) + " was sent.",
                "参数 `" + path + "` 应为" + boundsZh + "，但传入的是 " + shown(sent) + "。");
    }

    /** The value as JSON, cut short so that a huge value cannot flood the message. */
    private static String shown(JsonNode sent) {
        String json = sent.toString();
        return json.length() <= SHOWN_LENGTH ? json : json.substring(0, SHOWN_LENGTH) + "…";
    }

    /** A kind of value, named in both languages: what a member expects or what was sent. */
    enum Kind {
        STRING("a string", "字符串"),
        INTEGER("an integer", "整数"),
        NUMBER("a number", "数字"),
        DECIMAL("a decimal number", "小数"),
        BOOLEAN("a boolean", "布尔值"),
        LIST("a list", "列表"),
        OBJECT("an object", "对象"),
        NULL("null", "null");

        private final String english;
        private final String chinese;

        Kind(String english, String chinese) {
            this.english = english;
            this.chinese = chinese;
        }

        static Kind of(JsonNode node) {
            if (node.isTextual()) {
                return STRING;
            }
            if (node.isNumber()) {
                return node.isIntegralNumber() ? INTEGER : DECIMAL;
            }
            if (node.isBoolean()) {
                return BOOLEAN;
            }
            if (node.isArray()) {
                return LIST;
            }
            return node.isObject() ? OBJECT : NULL;
        }
    }
}
