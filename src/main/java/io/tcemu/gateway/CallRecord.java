package io.tcemu.gateway;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tcemu.api.AnswerKind;
import io.tcemu.api.CallContext;
import io.tcemu.dialect.Caller;
import io.tcemu.dialect.DecodedRequest;
import io.tcemu.dialect.Route;
import io.tcemu.journal.JournalEntry;
import io.tcemu.journal.SecretMasker;

import java.time.Instant;
import java.util.List;

/** What the pipeline learnt about one call as it went, however far it got: the journal entry's makings. */
final class CallRecord {
    private final String dialect;
    private final Instant time = Instant.now();
    DecodedRequest request;
    Caller caller;
    Route route;
    ObjectNode params;
    CallContext context;
    AnswerKind answer;

    CallRecord(String dialect) {
        this.dialect = dialect;
    }

    JournalEntry entry(String code, long latencyMs, String requestId) {
        ObjectNode shown = params != null ? params : request == null ? null : request.params();
        return new JournalEntry(0, time, dialect, route == null ? null : route.product(),
                route == null ? null : route.version(), request == null ? null : request.action(),
                request == null ? null : request.region(), caller == null ? null : caller.account().id(),
                shown == null ? null : SecretMasker.mask(shown), code, latencyMs, requestId,
                answer == null ? null : answer.wire(),
                context == null ? List.of() : context.resourceIds(), context == null ? List.of() : context.faults());
    }
}
