package io.tcemu.dialect;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.tcemu.api.ApiError;
import io.tcemu.api.Language;

import java.util.Map;

/**
 * A request with its common parameters separated from its business parameters, whatever form it
 * came in (JSON with X-TC-* headers, form body, query string or multipart).
 *
 * @param headerStyle true when the common parameters came as X-TC-* headers (API 3.0 style)
 * @param flatParams every query, form or multipart parameter as sent, decoded (the v1 signature covers them)
 * @param params the business parameters as one JSON tree, flattened members rebuilt
 */
public record DecodedRequest(String action, String version, String region, Language language, String token,
                             String timestamp, boolean headerStyle, Map<String, String> flatParams,
                             ObjectNode params) {
    /** The longest region name kept: real ones (ap-guangzhou, cn-hangzhou) are far shorter. */
    public static final int MAX_REGION_LENGTH = 64;

    public DecodedRequest {
        if (region != null && region.length() > MAX_REGION_LENGTH) {
            throw ApiError.of("InvalidParameterValue",
                    "The region `" + region.substring(0, 16) + "…` is " + region.length() + " characters long; a region"
                            + " name has at most " + MAX_REGION_LENGTH + ", such as ap-guangzhou.",
                    "地域 `" + region.substring(0, 16) + "…` 长度为 " + region.length() + "，地域名称最长 "
                            + MAX_REGION_LENGTH + " 个字符，例如 ap-guangzhou。");
        }
    }
}
