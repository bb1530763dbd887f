package io.tcemu.gateway;

import io.tcemu.answer.Stubs;
import io.tcemu.api.ActionHandlers;
import io.tcemu.api.AnswerKind;
import io.tcemu.api.Answerer;
import io.tcemu.api.ApiError;
import io.tcemu.api.ApiRequest;
import io.tcemu.dialect.AnswerBody;
import io.tcemu.dialect.DecodedRequest;
import io.tcemu.dialect.Caller;
import io.tcemu.dialect.Dialect;
import io.tcemu.dialect.HttpCall;
import io.tcemu.dialect.Route;
import io.tcemu.dialect.Envelope;
import io.tcemu.dialect.RequestTooLarge;
import io.tcemu.api.Language;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tcemu.store.StoreException;
import io.tcemu.spec.ParamValidator;
import io.tcemu.spec.RequiredOutputs;

import io.tcemu.api.CallContext;
import io.tcemu.journal.Journal;

import java.util.List;
import java.util.Optional;

/**
 * The request pipeline: decode, authenticate, route, rate-limit, validate, API faults, handle, envelope;
 * each call, however far it got, then goes to the journal. A call is handled by a matching stub if
 * there is one, else by its action's answerer (emulated, or an example or synthesized answer where no
 * handler is registered), else it is UnsupportedOperation. The dialect that
 * recognises the request supplies its wire stages; validation and handlers are shared. This class
 * only runs the stages in order and turns every failure into the dialect's error envelope.
 * Blocking: call it off the event loop.
 */
public final class Gateway implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger("tcemu");

    private final List<Dialect> dialects;
    private final ParamValidator validator;
    private final ActionHandlers handlers;
    private final RateLimiter rateLimiter;
    private final Stubs stubs;
    private final boolean rejectUnknownParams;
    private final ApiFaults faults;
    private final Journal journal;
    private final AccessLog accessLog = new AccessLog();

    /** @param dialects asked in order whether they recognise a request; the last one should take any */
    public Gateway(List<Dialect> dialects, ParamValidator validator, ActionHandlers handlers, RateLimiter rateLimiter,
                   Stubs stubs, boolean rejectUnknownParams, ApiFaults faults, Journal journal) {
        this.dialects = List.copyOf(dialects);
        this.validator = validator;
        this.handlers = handlers;
        this.rateLimiter = rateLimiter;
        this.stubs = stubs;
        this.rejectUnknownParams = rejectUnknownParams;
        this.faults = faults;
        this.journal = journal;
    }

    /**
     * A finished call: the HTTP answer and what the log line and response headers need.
     *
     * @param answer  where the answer came from, or null when the call failed before an answerer was chosen
     * @param delayMs how long to wait before answering (a stub's delay, an API fault's latency)
     */
    public record Outcome(int status, AnswerBody body, String requestIdHeader, String requestId, String name, String code,
                          AnswerKind answer, long delayMs) {
    }

    /** Writes the access log's last lines and stops its writer; call once no request can arrive. */
    @Override
    public void close() {
        accessLog.close();
    }

    /** Never throws: whatever a stage throws, the client gets the dialect's error envelope with a RequestId. */
    public Outcome process(HttpCall call) {
        String requestId = RequestIds.next();
        long started = System.nanoTime();
        Dialect dialect = recognize(call);
        Language language = Language.EN_US;
        String name = "?";
        Envelope.Reply reply;
        String code = "OK";
        AnswerKind answer = null;
        long delayMs = 0;
        CallRecord record = new CallRecord(dialect.spec().name());
        try (CallContext.Scope scope = CallContext.open(requestId)) {
            record.context = scope.context();
            language = dialect.envelope().fallbackLanguage(call);
            int maxBody = dialect.spec().maxBodyBytes();
            if (call.body().length > maxBody) {
                throw RequestTooLarge.error("A POST request", maxBody, "send less data per call");
            }
            DecodedRequest request = dialect.decoder().decode(call);
            record.request = request;
            language = request.language();
            name = request.action() == null || request.action().isEmpty() ? "?" : request.action();
            Caller caller = dialect.authenticator().authenticate(call, request);
            record.caller = caller;
            Route route = dialect.router().route(request, call, caller);
            record.route = route;
            name = route.product() + "." + request.action();
            rateLimiter.admit(route, caller.account().id());
            ObjectNode params = validator.validate(route.action(), request.params(), rejectUnknownParams);
            record.params = params;
            ApiRequest apiRequest = new ApiRequest(requestId, route.product(), route.version(),
                    request.action(), request.region(), caller.account(), language, params);
            Optional<Stubs.Taken> stub = stubs.take(apiRequest);
            Answerer answerer = stub.map(Stubs.Taken::answerer)
                    .or(() -> handlers.answerer(route.product(), route.version(), request.action()))
                    .orElseThrow(() -> notEmulated(request.action(), route));
            answer = answerer.kind();
            record.answer = answer;
            delayMs = stub.map(Stubs.Taken::delayMs).orElse(0L);
            Optional<ApiFaults.Strike> strike = faults.strike(route.product(), request.action());
            if (strike.isPresent()) {
                CallContext.faulted(strike.get().description());
                delayMs += strike.get().latencyMs();
                if (strike.get().error() != null) {
                    throw strike.get().error();
                }
            }
            reply = dialect.envelope().success(RequiredOutputs.fill(route.action(), answerer.handler().handle(apiRequest)),
                    requestId);
        } catch (ApiError error) {
            code = error.code();
            reply = errorReply(dialect, error, call, language, requestId);
        } catch (StoreException e) {
            code = e.unreachable() ? "ServiceUnavailable" : "InternalError";
            LOG.log(System.Logger.Level.ERROR, "store failure in " + LogText.escape(name) + " " + requestId, e);
            reply = errorReply(dialect, e.unreachable() ? databaseUnavailable() : internalError(requestId), call, language,
                    requestId);
        } catch (Throwable unexpected) { // a StackOverflowError from a stage, too: the client still gets an answer
            LOG.log(System.Logger.Level.ERROR, "unexpected failure in " + LogText.escape(name) + " " + requestId, unexpected);
            code = "InternalError";
            reply = errorReply(dialect, internalError(requestId), call, language, requestId);
        }
        // what the caller waits: the pipeline's time and any delay a stub or an API fault adds
        long millis = (System.nanoTime() - started) / 1_000_000 + delayMs;
        // an emulated answer's line stays as it always was; any other says where its answer came from
        accessLog.record(LogText.escape(name) + " " + LogText.escape(code) + " " + millis + "ms " + requestId
                + (answer == null || answer == AnswerKind.EMULATED ? "" : " " + answer.wire()));
        journal.record(record.entry(code, millis, requestId));
        return new Outcome(reply.status(), reply.body(), dialect.envelope().requestIdHeader(), requestId, name, code,
                answer, delayMs);
    }

    /** The answer when the pipeline could not run at all (no worker took the call): Tencent's envelope. */
    public Outcome unprocessed(HttpCall call) {
        String requestId = RequestIds.next();
        Dialect fallback = dialects.get(dialects.size() - 1);
        Envelope.Reply reply = errorReply(fallback, internalError(requestId), call, Language.EN_US, requestId);
        return new Outcome(reply.status(), reply.body(), fallback.envelope().requestIdHeader(), requestId, "?", "InternalError",
                null, 0);
    }

    private Dialect recognize(HttpCall call) {
        for (Dialect dialect : dialects) {
            try {
                if (dialect.recognizer().recognizes(call)) {
                    return dialect;
                }
            } catch (RuntimeException unrecognizable) {
                // asked of every request before decoding: a request this trips is the last dialect's to refuse
            }
        }
        return dialects.get(dialects.size() - 1);
    }

    /** The dialect's error envelope; a hand-written one should rendering the error itself fail. */
    private static Envelope.Reply errorReply(Dialect dialect, ApiError error, HttpCall call, Language language,
                                             String requestId) {
        try {
            return dialect.envelope().error(error, call, language, requestId);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "cannot render the error envelope for " + requestId, e);
            String body = "{\"Response\":{\"Error\":{\"Code\":\"InternalError\",\"Message\":\"tcemu could not "
                    + "render its answer; please report it with RequestId " + requestId + ".\"},\"RequestId\":\""
                    + requestId + "\"}}";
            return new Envelope.Reply(500, AnswerBody.utf8(body));
        }
    }

    /** Names no exception or SQL: those go to the log, under the RequestId the client can report. */
    private static ApiError internalError(String requestId) {
        return ApiError.of("InternalError",
                "tcemu failed unexpectedly; please report it with RequestId " + requestId + ".",
                "tcemu 内部错误，请携带 RequestId " + requestId + " 反馈。");
    }

    /** The database went away: nothing was done, and the same call succeeds once it is back, without a restart. */
    private static ApiError databaseUnavailable() {
        return ApiError.of("ServiceUnavailable",
                "tcemu cannot reach its database, so the call was not carried out; retry it once the database is back "
                        + "(GET /_tcemu/health shows whether it is reachable).",
                "tcemu 无法连接其数据库，本次调用未执行；请在数据库恢复后重试（GET /_tcemu/health 显示数据库是否可达）。");
    }

    private static ApiError notEmulated(String action, Route route) {
        return ApiError.of("UnsupportedOperation",
                "The action " + route.product() + "." + action + " (" + route.version()
                        + ") is in the API spec but tcemu does not emulate it yet.",
                "tcemu 尚未模拟接口 " + route.product() + "." + action + "（" + route.version() + "）。");
    }
}
