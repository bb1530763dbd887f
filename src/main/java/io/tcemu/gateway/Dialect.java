package io.tcemu.gateway;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tcemu.auth.Caller;

/**
 * One cloud's wire conventions: how its requests are decoded, signed and routed, and how its
 * answers are enveloped. The {@link Gateway} runs every dialect through the same stages, and the
 * validation and handlers behind them are shared.
 */
public interface Dialect {

    /** Whether this request speaks this dialect; asked in order, the last dialect takes the rest. */
    boolean recognizes(HttpCall call);

    /** The language an error should use when the request could not even be decoded. */
    boolean chinese(HttpCall call);

    DecodedRequest decode(HttpCall call);

    Caller authenticate(HttpCall call, DecodedRequest request);

    Route route(DecodedRequest request, HttpCall call, Caller caller);

    Reply success(ObjectNode fields, String requestId);

    /** @param call the request as it arrived, whatever stage failed (Alibaba names its host in errors) */
    /** The response header that carries the RequestId in this cloud's answers. */
    String requestIdHeader();

    Reply error(ApiError error, HttpCall call, boolean chinese, String requestId);

    /** An HTTP answer: the dialect decides the status (Tencent answers 200 even for errors). */
    record Reply(int status, byte[] body) {
    }
}
