package io.tcemu.gateway;

import io.tcemu.api.ActionHandler;
import io.tcemu.api.ActionHandlers;
import io.tcemu.api.ApiError;
import io.tcemu.api.ApiRequest;
import io.tcemu.dialect.DecodedRequest;
import io.tcemu.dialect.Caller;
import io.tcemu.dialect.Dialect;
import io.tcemu.dialect.HttpCall;
import io.tcemu.dialect.Route;
import io.tcemu.dialect.Envelope;
import io.tcemu.dialect.RequestTooLarge;
import io.tcemu.api.Language;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tcemu.spec.ParamValidator;

import java.util.List;

/**
 * The request pipeline: decode, authenticate, route, rate-limit, validate, handle, envelope. The dialect that
 * recognises the request supplies its wire stages; validation and handlers are shared. This class
 * only runs the stages in order and turns every failure into the dialect's error envelope.
 * Blocking: call it off the event loop.
 */
public final class Gateway {
    private static final System.Logger LOG = System.getLogger("tcemu");

    private final List<Dialect> dialects;
    private final ParamValidator validator;
    private final ActionHandlers handlers;
    private final RateLimiter rateLimiter;
    private final boolean rejectUnknownParams;
    private final AccessLog accessLog = new AccessLog();

    /** @param dialects asked in order whether they recognise a request; the last one should take any */
    public Gateway(List<Dialect> dialects, ParamValidator validator, ActionHandlers handlers, RateLimiter rateLimiter,
                   boolean rejectUnknownParams) {
        this.dialects = List.copyOf(dialects);
        this.validator = validator;
        this.handlers = handlers;
        this.rateLimiter = rateLimiter;
        this.rejectUnknownParams = rejectUnknownParams;
    }

    /** A finished call: the HTTP answer and what the log line and response headers need. */
    public record Outcome(int status, byte[] body, String requestIdHeader, String requestId, String name, String code) {
    }

    public Outcome process(HttpCall call) {
        String requestId = RequestIds.next();
        long started = System.nanoTime();
        Dialect dialect = dialects.stream().filter(d -> d.recognizer().recognizes(call)).findFirst().orElseThrow();
        Language language = dialect.envelope().fallbackLanguage(call);
        String name = "?";
        Envelope.Reply reply;
        String code = "OK";
        try {
            int maxBody = dialect.spec().maxBodyBytes();
            if (call.body().length > maxBody) {
                throw RequestTooLarge.error("A POST request", maxBody, "send less data per call");
            }
            DecodedRequest request = dialect.decoder().decode(call);
            language = request.language();
            name = request.action() == null || request.action().isEmpty() ? "?" : request.action();
            Caller caller = dialect.authenticator().authenticate(call, request);
            Route route = dialect.router().route(request, call, caller);
            name = route.product() + "." + request.action();
            rateLimiter.admit(route, caller.account().id());
            ActionHandler handler = handlers.find(route.product(), route.version(), request.action())
                    .orElseThrow(() -> notEmulated(request.action(), route));
            ObjectNode params = validator.validate(route.action(), request.params(), rejectUnknownParams);
            ObjectNode fields = handler.handle(new ApiRequest(requestId, route.product(), route.version(),
                    request.action(), request.region(), caller.account(), language, params));
            reply = dialect.envelope().success(fields, requestId);
        } catch (ApiError error) {
            code = error.code();
            reply = dialect.envelope().error(error, call, language, requestId);
        } catch (RuntimeException unexpected) {
            LOG.log(System.Logger.Level.ERROR, "unexpected failure in " + name + " " + requestId, unexpected);
            ApiError internal = ApiError.of("InternalError",
                    "tcemu failed unexpectedly (" + unexpected + "); please report it with RequestId " + requestId + ".",
                    "tcemu 内部错误，请携带 RequestId " + requestId + " 反馈。");
            code = internal.code();
            reply = dialect.envelope().error(internal, call, language, requestId);
        }
        accessLog.record(name, code, System.nanoTime() - started, requestId);
        return new Outcome(reply.status(), reply.body(), dialect.envelope().requestIdHeader(), requestId, name, code);
    }

    private static ApiError notEmulated(String action, Route route) {
        return ApiError.of("UnsupportedOperation",
                "The action " + route.product() + "." + action + " (" + route.version()
                        + ") is in the API spec but tcemu does not emulate it yet.",
                "tcemu 尚未模拟接口 " + route.product() + "." + action + "（" + route.version() + "）。");
    }
}
