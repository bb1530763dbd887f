package io.tcemu.journal;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Instant;
import java.util.List;

/**
 * One API call as the journal keeps it. Fields the call never reached are null: a request refused
 * before routing has no product. {@code params} has its secrets masked; {@code code} is {@code OK}
 * or the error code answered; {@code answer} where the answer came from ({@code emulated},
 * {@code example}, {@code synthesized}, {@code stubbed}), null when the call failed before that was
 * chosen; {@code faults} names the injected faults the call met.
 */
public record JournalEntry(long sequence, Instant time, String dialect, String product, String version,
                           String action, String region, String account, ObjectNode params, String code,
                           long latencyMs, String requestId, String answer, List<String> resourceIds,
                           List<String> faults) {
    public JournalEntry {
        resourceIds = List.copyOf(resourceIds);
        faults = List.copyOf(faults);
        params = params == null ? null : params.deepCopy();
    }

    /** A copy of the params as recorded (secrets masked). */
    @Override
    public ObjectNode params() {
        return params == null ? null : params.deepCopy();
    }

    JournalEntry numbered(long sequence) {
        return new JournalEntry(sequence, time, dialect, product, version, action, region, account, params, code,
                latencyMs, requestId, answer, resourceIds, faults);
    }
}
