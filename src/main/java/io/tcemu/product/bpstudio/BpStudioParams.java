package io.tcemu.product.bpstudio;

import io.tcemu.api.CommonErrors;
import io.tcemu.product.Scopes;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tcemu.api.ApiError;
import io.tcemu.api.ApiRequest;
import io.tcemu.store.ResourceKey;


/** What every BPStudio action reads from a request (its application, the parameters it cannot do without) and how it answers. */
final class BpStudioParams {
    static final String APPLICATION = "bpstudio.Application";
    static final String FO_TASK = "bpstudio.FoTask";
    /** BPStudio's success code; each action types it as a number or as a string. */
    private static final int OK = 200;

    private BpStudioParams() {
    }

    /** The caller's account and the request's RegionId; the SDKs send none, so usually "". */

    static ResourceKey application(ApiRequest request, String idParameter) {
        return new ResourceKey(Scopes.of(request), APPLICATION, required(request, idParameter).asText());
    }

    /** A parameter the spec leaves optional but the action cannot do without. */
    static JsonNode required(ApiRequest request, String name) {
        JsonNode value = request.params().get(name);
        if (value == null || value.asText().isEmpty()) {
            throw ApiError.of(CommonErrors.MISSING_PARAMETER, "The input parameter \"" + name
                    + "\" that is mandatory for processing this request is not supplied.");
        }
        return value;
    }

    /** Code 200 as the number the action's response types it as. */
    static ObjectNode numericOk() {
        return JsonNodeFactory.instance.objectNode().put("Code", OK).put("Message", "Success");
    }

    /** Code "200" as the string the action's response types it as. */
    static ObjectNode textualOk() {
        return JsonNodeFactory.instance.objectNode().put("Code", String.valueOf(OK)).put("Message", "Success");
    }
}
