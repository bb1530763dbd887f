package io.tcemu.alibaba;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tcemu.auth.Accounts;
import io.tcemu.auth.AuthMode;
import io.tcemu.auth.Caller;
import io.tcemu.gateway.ApiError;
import io.tcemu.gateway.DecodedRequest;
import io.tcemu.gateway.Dialect;
import io.tcemu.gateway.HttpCall;
import io.tcemu.gateway.Route;
import io.tcemu.spec.ApiSpecs;

import java.time.Instant;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Alibaba Cloud's POP API: x-acs-* headers or RPC common parameters, ACS3-HMAC-SHA256 or RPC
 * HMAC-SHA1 signatures, and errors answered with a 4xx or 5xx status, since Alibaba's SDKs raise
 * on nothing else.
 */
public final class AlibabaDialect implements Dialect {
    /** The products only this dialect routes; the Tencent dialect must be given the others. */
    public static final Set<String> PRODUCTS = Set.of("bpstudio");

    private final AlibabaAuthenticator authenticator;
    private final AlibabaRouter router;
    private final AlibabaEnvelope envelope;

    public AlibabaDialect(ObjectMapper json, ApiSpecs specs, AuthMode mode, Accounts accounts,
                          Supplier<Instant> wallClock) {
        this.authenticator = new AlibabaAuthenticator(mode, accounts, wallClock);
        this.router = new AlibabaRouter(specs, PRODUCTS);
        this.envelope = new AlibabaEnvelope(json);
    }

    @Override
    public boolean recognizes(HttpCall call) {
        return AlibabaRecognizer.recognizes(call);
    }

    /** Alibaba's gateways answer in English whatever the client's language. */
    @Override
    public boolean chinese(HttpCall call) {
        return false;
    }

    @Override
    public DecodedRequest decode(HttpCall call) {
        return AlibabaDecoder.decode(call);
    }

    @Override
    public Caller authenticate(HttpCall call, DecodedRequest request) {
        return authenticator.authenticate(call, request);
    }

    @Override
    public Route route(DecodedRequest request, HttpCall call, Caller caller) {
        return router.route(request);
    }

    @Override
    public String requestIdHeader() {
        return "x-acs-request-id";
    }

    @Override
    public Reply success(ObjectNode fields, String requestId) {
        return envelope.success(fields, requestId);
    }

    @Override
    public Reply error(ApiError error, HttpCall call, boolean chinese, String requestId) {
        return envelope.error(error, call.host(), requestId);
    }
}
