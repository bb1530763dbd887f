package io.tcemu.gateway;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tcemu.auth.Authenticator;
import io.tcemu.auth.Caller;

/** Tencent Cloud API 3.0: X-TC-* headers or v1 common parameters, TC3 or v1 signatures, HTTP 200 always. */
public final class TencentDialect implements Dialect {
    private final RequestDecoder decoder;
    private final Authenticator authenticator;
    private final ProductRouter router;
    private final Envelope envelope;

    public TencentDialect(RequestDecoder decoder, Authenticator authenticator, ProductRouter router, Envelope envelope) {
        this.decoder = decoder;
        this.authenticator = authenticator;
        this.router = router;
        this.envelope = envelope;
    }

    @Override
    public boolean recognizes(HttpCall call) {
        return true;
    }

    @Override
    public boolean chinese(HttpCall call) {
        return "zh-CN".equalsIgnoreCase(call.header("x-tc-language"));
    }

    @Override
    public DecodedRequest decode(HttpCall call) {
        return decoder.decode(call);
    }

    @Override
    public Caller authenticate(HttpCall call, DecodedRequest request) {
        return authenticator.authenticate(call, request);
    }

    @Override
    public Route route(DecodedRequest request, HttpCall call, Caller caller) {
        return router.route(request, call.host(), caller.scopeService());
    }

    @Override
    public String requestIdHeader() {
        return "X-TC-RequestId";
    }

    @Override
    public Reply success(ObjectNode fields, String requestId) {
        return new Reply(200, envelope.success(fields, requestId));
    }

    @Override
    public Reply error(ApiError error, HttpCall call, boolean chinese, String requestId) {
        return new Reply(200, envelope.error(error, chinese, requestId));
    }
}
