package io.tcemu.dialect;

import com.fasterxml.jackson.databind.node.ObjectNode;

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
}
