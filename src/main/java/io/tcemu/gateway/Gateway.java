package io.tcemu.gateway;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tcemu.auth.Authenticator;
import io.tcemu.auth.Caller;
import io.tcemu.spec.ParamValidator;

import java.util.UUID;

/**
 * The request pipeline: decode, authenticate, route, validate, handle, envelope. Each stage is its
 * own class; this one only runs them in order and turns every failure into an error envelope.
 * Blocking: call it off the event loop.
 */
public final class Gateway {
    private static final System.Logger LOG = System.getLogger("tcemu");

    private final RequestDecoder decoder;
    private final Authenticator authenticator;
    private final ProductRouter router;
    private final ParamValidator validator;
    private final ActionHandlers handlers;
    private final Envelope envelope;
    private final boolean rejectUnknownParams;

    public Gateway(RequestDecoder decoder, Authenticator authenticator, ProductRouter router, ParamValidator validator,
                   ActionHandlers handlers, Envelope envelope, boolean rejectUnknownParams) {
        this.decoder = decoder;
        this.authenticator = authenticator;
        this.router = router;
        this.validator = validator;
        this.handlers = handlers;
        this.envelope = envelope;
        this.rejectUnknownParams = rejectUnknownParams;
    }

    /** A finished call: the envelope bytes and what the log line and response headers need. */
    public record Outcome(byte[] body, String requestId, String name, String code) {
    }

    public Outcome process(HttpCall call) {
        String requestId = UUID.randomUUID().toString();
        long started = System.nanoTime();
        boolean chinese = "zh-CN".equalsIgnoreCase(call.header("x-tc-language"));
        String name = call.headers().getOrDefault("x-tc-action", "?");
        Outcome outcome;
        try {
            if (call.body().length > RequestDecoder.POST_LIMIT) {
                throw RequestDecoder.tooLarge("A POST request", RequestDecoder.POST_LIMIT, "send less data per call");
            }
            DecodedRequest request = decoder.decode(call);
            chinese = request.chinese();
            name = request.action() == null || request.action().isEmpty() ? "?" : request.action();
            Caller caller = authenticator.authenticate(call, request);
            Route route = router.route(request, call.host(), caller.scopeService());
            name = route.product() + "." + request.action();
            ActionHandler handler = handlers.find(route.product(), route.version(), request.action())
                    .orElseThrow(() -> notEmulated(request.action(), route));
            ObjectNode params = validator.validate(route.action(), request.params(), rejectUnknownParams);
            ObjectNode fields = handler.handle(new ApiRequest(requestId, route.product(), route.version(),
                    request.action(), request.region(), caller.account(), chinese, params));
            outcome = new Outcome(envelope.success(fields, requestId), requestId, name, "OK");
        } catch (ApiError error) {
            outcome = new Outcome(envelope.error(error, chinese, requestId), requestId, name, error.code());
        } catch (RuntimeException unexpected) {
            LOG.log(System.Logger.Level.ERROR, "unexpected failure in " + name + " " + requestId, unexpected);
            ApiError internal = ApiError.of("InternalError",
                    "tcemu failed unexpectedly (" + unexpected + "); please report it with RequestId " + requestId + ".",
                    "tcemu 内部错误，请携带 RequestId " + requestId + " 反馈。");
            outcome = new Outcome(envelope.error(internal, chinese, requestId), requestId, name, internal.code());
        }
        LOG.log(System.Logger.Level.INFO, "{0} {1} {2}ms {3}", outcome.name(), outcome.code(),
                (System.nanoTime() - started) / 1_000_000, requestId);
        return outcome;
    }

    private static ApiError notEmulated(String action, Route route) {
        return ApiError.of("UnsupportedOperation",
                "The action " + route.product() + "." + action + " (" + route.version()
                        + ") is in the API spec but tcemu does not emulate it yet.",
                "tcemu 尚未模拟接口 " + route.product() + "." + action + "（" + route.version() + "）。");
    }
}
