package io.tcemu.dialect;

import io.tcemu.api.ApiError;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Decodes {@code a=1&b=x%20y} strings from query strings and form bodies. Strict about UTF-8, so a
 * garbled value is reported instead of silently becoming U+FFFD.
 */
public final class FormDecoding {
    private FormDecoding() {
    }

    public static Map<String, String> decode(String encoded) {
        Map<String, String> params = new LinkedHashMap<>();
        if (encoded == null || encoded.isEmpty()) {
            return params;
        }
        for (String pair : encoded.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = component(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : component(pair.substring(eq + 1));
            if (params.putIfAbsent(name, value) != null) {
                throw ApiError.of("InvalidParameter",
                        "Parameter `" + name + "` appears more than once; send each member once, lists as `"
                                + name + ".0`, `" + name + ".1`.",
                        "参数 `" + name + "` 重复出现；每个成员只能发送一次，列表请写作 `" + name + ".0`、`" + name + ".1`。");
            }
        }
        return params;
    }

    private static String component(String text) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '+') {
                bytes.write(' ');
            } else if (c == '%' && isHex(text, i + 1) && isHex(text, i + 2)) {
                bytes.write(Integer.parseInt(text.substring(i + 1, i + 3), 16));
                i += 2;
            } else if (c == '%') {
                throw ApiError.of("InvalidParameter",
                        "Malformed percent-encoding near `" + snippet(text, i) + "`; encode `%` as `%25`.",
                        "百分号编码格式错误，位置 `" + snippet(text, i) + "`；`%` 应编码为 `%25`。");
            } else {
                byte[] utf8 = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                if (Character.isHighSurrogate(c) && i + 1 < text.length()) {
                    utf8 = text.substring(i, i + 2).getBytes(StandardCharsets.UTF_8);
                    i++;
                }
                bytes.writeBytes(utf8);
            }
        }
        return utf8(bytes.toByteArray());
    }

    public static String utf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw ApiError.of("InvalidParameter", "The request is not valid UTF-8; encode text as UTF-8.",
                    "请求内容不是有效的 UTF-8 编码；请使用 UTF-8 编码文本。");
        }
    }

    private static boolean isHex(String text, int index) {
        return index < text.length() && Character.digit(text.charAt(index), 16) >= 0;
    }

    private static String snippet(String text, int index) {
        return text.substring(index, Math.min(text.length(), index + 3));
    }
}
