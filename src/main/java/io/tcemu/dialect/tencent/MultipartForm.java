package io.tcemu.dialect.tencent;

import io.tcemu.dialect.FormDecoding;
import io.tcemu.dialect.HttpCall;

import io.tcemu.api.ApiError;

import io.netty.buffer.Unpooled;
import io.netty.handler.codec.http.DefaultFullHttpRequest;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.multipart.Attribute;
import io.netty.handler.codec.http.multipart.DefaultHttpDataFactory;
import io.netty.handler.codec.http.multipart.FileUpload;
import io.netty.handler.codec.http.multipart.HttpPostMultipartRequestDecoder;
import io.netty.handler.codec.http.multipart.InterfaceHttpData;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * multipart/form-data fields, parsed from the raw body with Netty's decoder (the raw bytes are kept
 * for the signature, so the server cannot parse the body while it streams in).
 */
final class MultipartForm {
    private MultipartForm() {
    }

    static Map<String, String> fields(HttpCall call) {
        // Netty's decoder quietly returns the parts it found in a truncated body; a body without
        // its closing delimiter is a client bug worth reporting.
        String boundary = boundary(call.header("content-type"));
        if (boundary == null || !new String(call.body(), StandardCharsets.ISO_8859_1).contains("--" + boundary + "--")) {
            throw malformed(boundary == null ? "Content-Type names no boundary" : "the closing --" + boundary + "-- is missing");
        }
        FullHttpRequest request = new DefaultFullHttpRequest(HttpVersion.HTTP_1_1, HttpMethod.POST, "/",
                Unpooled.wrappedBuffer(call.body()));
        request.headers().set(HttpHeaderNames.CONTENT_TYPE, call.header("content-type"));
        HttpPostMultipartRequestDecoder decoder = null;
        try {
            decoder = new HttpPostMultipartRequestDecoder(new DefaultHttpDataFactory(false), request, StandardCharsets.UTF_8);
            Map<String, String> fields = new LinkedHashMap<>();
            for (InterfaceHttpData part : decoder.getBodyHttpDatas()) {
                if (part instanceof Attribute attribute) {
                    fields.put(attribute.getName(), attribute.getValue());
                } else if (part instanceof FileUpload file) {
                    fields.put(file.getName(), FormDecoding.utf8(file.get()));
                }
            }
            return fields;
        } catch (IOException | RuntimeException e) {
            if (e instanceof ApiError apiError) {
                throw apiError;
            }
            throw malformed(String.valueOf(e.getMessage()));
        } finally {
            if (decoder != null) {
                decoder.destroy();
            }
            request.release();
        }
    }

    private static String boundary(String contentType) {
        for (String parameter : contentType.split(";")) {
            String trimmed = parameter.trim();
            if (trimmed.regionMatches(true, 0, "boundary=", 0, 9) && trimmed.length() > 9) {
                return trimmed.substring(9).replace("\"", "");
            }
        }
        return null;
    }

    private static ApiError malformed(String problem) {
        return ApiError.of("InvalidRequest",
                "The multipart/form-data body cannot be parsed: " + problem + "; check the boundary and part headers.",
                "multipart/form-data 请求体格式错误：" + problem + "。");
    }
}
