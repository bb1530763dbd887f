package io.tcemu.dialect.tencent;

import io.tcemu.api.ApiError;
import io.tcemu.api.Language;
import io.tcemu.dialect.DecodedRequest;
import io.tcemu.dialect.Decoder;
import io.tcemu.dialect.RequestTooLarge;
import io.tcemu.spec.DialectSpec;
import io.tcemu.dialect.FlatParams;
import io.tcemu.dialect.FormDecoding;
import io.tcemu.dialect.HttpCall;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** The decode stage: any request form the SDKs send becomes one {@link DecodedRequest}. */
public final class TencentDecoder implements Decoder {

    /** Parameters every action accepts in v1 / form style; never business parameters. */
    static final Set<String> COMMON_PARAMS = Set.of("Action", "Version", "Region", "Timestamp", "Nonce",
            "SecretId", "Signature", "SignatureMethod", "Token", "Language", "RequestClient");

    private final ObjectMapper json;
    private final DialectSpec limits;
    private final Language fallback;

    /** @param fallback the language of a request that names none (no X-TC-Language, no Language) */
    public TencentDecoder(ObjectMapper json, DialectSpec limits, Language fallback) {
        this.json = json;
        this.limits = limits;
        this.fallback = fallback;
    }

    @Override
    public DecodedRequest decode(HttpCall call) {
        checkMethodAndSize(call);
        Map<String, String> flat = new LinkedHashMap<>(FormDecoding.decode(call.rawQuery()));
        ObjectNode jsonParams = null;
        if (call.method().equals("POST")) {
            switch (call.mediaType()) {
                case "application/json" -> jsonParams = parseJsonObject(call.body());
                case "application/x-www-form-urlencoded" ->
                        flat.putAll(FormDecoding.decode(FormDecoding.utf8(call.body())));
                case "multipart/form-data" -> flat.putAll(MultipartForm.fields(call));
                default -> throw unsupportedContentType(call.mediaType());
            }
        }
        boolean headerStyle = call.header("x-tc-action") != null;
        Map<String, String> business = new LinkedHashMap<>(flat);
        if (!headerStyle) {
            business.keySet().removeAll(COMMON_PARAMS);
        }
        ObjectNode params = jsonParams != null ? jsonParams : FlatParams.unflatten(business);
        if (jsonParams != null && !business.isEmpty()) {
            throw ApiError.of("InvalidParameter",
                    "A JSON request carries its parameters in the body only; move `" + business.keySet().iterator().next()
                            + "` from the query string into the body.",
                    "JSON 请求的参数只能放在请求体中；请把 `" + business.keySet().iterator().next() + "` 从查询串移到请求体。");
        }
        if (headerStyle) {
            return new DecodedRequest(call.header("x-tc-action"), call.header("x-tc-version"), call.header("x-tc-region"),
                    Language.of(call.header("x-tc-language"), fallback), call.header("x-tc-token"), call.header("x-tc-timestamp"), true,
                    flat, params);
        }
        return new DecodedRequest(flat.get("Action"), flat.get("Version"), flat.get("Region"), Language.of(flat.get("Language"), fallback),
                flat.get("Token"), flat.get("Timestamp"), false, flat, params);
    }

    private void checkMethodAndSize(HttpCall call) {
        if (!call.method().equals("GET") && !call.method().equals("POST")) {
            throw ApiError.of("UnsupportedProtocol",
                    "HTTP method " + call.method() + " is not supported; send GET or POST.",
                    "不支持 HTTP 方法 " + call.method() + "；请使用 GET 或 POST。");
        }
        if (call.method().equals("GET") && call.rawQuery().length() > limits.maxQueryBytes()) {
            throw RequestTooLarge.error("A GET request", limits.maxQueryBytes(), "use POST with a JSON body");
        }
        boolean legacy = call.header("authorization") == null && !call.mediaType().equals("application/json");
        if (call.method().equals("POST") && legacy && call.body().length > limits.maxLegacyBodyBytes()) {
            throw RequestTooLarge.error("A POST request signed with HmacSHA1/HmacSHA256", limits.maxLegacyBodyBytes(),
                    "sign with TC3-HMAC-SHA256 instead");
        }
    }

    private ObjectNode parseJsonObject(byte[] body) {
        if (body.length == 0) {
            return JsonNodeFactory.instance.objectNode();
        }
        FormDecoding.utf8(body);
        JsonNode tree;
        try {
            tree = json.readTree(body);
        } catch (JsonProcessingException e) {
            // a document nested too deep is refused before the parser knows a location
            String where = e.getLocation() == null ? ""
                    : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
            throw ApiError.of("InvalidParameter",
                    "The request body is not valid JSON: " + e.getOriginalMessage() + where + ".",
                    "请求体不是有效的 JSON：" + e.getOriginalMessage());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        if (tree == null || tree.isMissingNode()) {
            return JsonNodeFactory.instance.objectNode();
        }
        if (!tree.isObject()) {
            throw ApiError.of("InvalidParameter",
                    "The request body must be a JSON object of parameters, not " + describe(tree) + ".",
                    "请求体必须是 JSON 对象，而不是" + describe(tree) + "。");
        }
        return (ObjectNode) tree;
    }

    private static String describe(JsonNode node) {
        return switch (node.getNodeType()) {
            case ARRAY -> "an array";
            case STRING -> "a string";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            case NULL -> "null";
            default -> "a " + node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
        };
    }

    private static ApiError unsupportedContentType(String mediaType) {
        String sent = mediaType.isEmpty() ? "no Content-Type" : "Content-Type `" + mediaType + "`";
        return ApiError.of("UnsupportedProtocol",
                "A POST with " + sent + " is not supported; send application/json (TC3-HMAC-SHA256), "
                        + "application/x-www-form-urlencoded (HmacSHA1/HmacSHA256) or multipart/form-data.",
                "不支持 " + sent + " 的 POST 请求；请使用 application/json、application/x-www-form-urlencoded 或 multipart/form-data。");
    }
}
