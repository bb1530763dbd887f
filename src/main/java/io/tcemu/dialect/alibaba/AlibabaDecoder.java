package io.tcemu.dialect.alibaba;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tcemu.api.ApiError;
import io.tcemu.api.Language;
import io.tcemu.dialect.DecodedRequest;
import io.tcemu.dialect.FlatParams;
import io.tcemu.dialect.FormDecoding;
import io.tcemu.dialect.HttpCall;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The decode stage for Alibaba: query and form parameters merged (RPC clients put the common
 * parameters in the query and the business ones in the body), lists numbered from 1, and JSON-valued
 * members such as Configuration left as the strings they were sent as.
 */
final class AlibabaDecoder {
    /** RPC common parameters: never business parameters. */
    static final Set<String> COMMON_PARAMS = Set.of("Action", "Version", "RegionId", "AccessKeyId", "Signature",
            "SignatureMethod", "SignatureVersion", "SignatureNonce", "Timestamp", "Format", "SecurityToken");

    private AlibabaDecoder() {
    }

    static DecodedRequest decode(HttpCall call) {
        if (!call.method().equals("GET") && !call.method().equals("POST")) {
            throw ApiError.of("UnsupportedHTTPMethod",
                    "HTTP method " + call.method() + " is not supported; send POST (or GET) to path /.");
        }
        Map<String, String> flat = new LinkedHashMap<>(FormDecoding.decode(call.rawQuery()));
        if (call.body().length > 0) {
            if (!call.mediaType().equals("application/x-www-form-urlencoded")) {
                throw ApiError.of("InvalidParameter", "A request body must be application/x-www-form-urlencoded, not `"
                        + call.mediaType() + "`; send the business parameters as a form.");
            }
            flat.putAll(FormDecoding.decode(FormDecoding.utf8(call.body())));
        }
        Map<String, String> business = new LinkedHashMap<>(flat);
        business.keySet().removeAll(COMMON_PARAMS);
        ObjectNode params = FlatParams.unflatten(business, 1);
        // V3 (ACS3) requests name the action in headers; RPC requests, V2-signed or unsigned, in parameters
        boolean headerStyle = Acs3Authorization.appliesTo(call.header("authorization")) || !flat.containsKey("Action");
        if (headerStyle) {
            return new DecodedRequest(call.header("x-acs-action"), call.header("x-acs-version"), flat.get("RegionId"),
                    Language.EN_US, call.header("x-acs-security-token"), call.header("x-acs-date"), true, flat, params);
        }
        return new DecodedRequest(flat.get("Action"), flat.get("Version"), flat.get("RegionId"), Language.EN_US,
                flat.get("SecurityToken"), flat.get("Timestamp"), false, flat, params);
    }

    /** The SignatureNonce, from where the request's style carries it. */
    static String nonce(HttpCall call, DecodedRequest request) {
        return request.headerStyle() ? call.header("x-acs-signature-nonce") : request.flatParams().get("SignatureNonce");
    }
}
