package io.tcemu.journal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;

/**
 * One API call as the journal keeps it. Fields the call never reached are null: a request refused
 * before routing has no product. {@code params} has its secrets masked; {@code code} is {@code OK}
 * or the error code answered; {@code answer} where the answer came from ({@code emulated},
 * {@code example}, {@code synthesized}, {@code stubbed}), null when the call failed before that was
 * chosen; {@code faults} names the injected faults the call met.
 * <p>
 * The params are kept as their JSON text's bytes, not as a tree, so that the journal's ring can keep
 * each call as one array ({@link PackedEntry}) without serialising them again.
 */
public final class JournalEntry {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final long sequence;
    private final Instant time;
    private final String dialect;
    private final String product;
    private final String version;
    private final String action;
    private final String region;
    private final String account;
    private final byte[] params;
    private final String code;
    private final long latencyMs;
    private final String requestId;
    private final String answer;
    private final List<String> resourceIds;
    private final List<String> faults;

    public JournalEntry(long sequence, Instant time, String dialect, String product, String version,
                        String action, String region, String account, ObjectNode params, String code,
                        long latencyMs, String requestId, String answer, List<String> resourceIds,
                        List<String> faults) {
        this(sequence, time, dialect, product, version, action, region, account, params == null ? null : bytes(params),
                code, latencyMs, requestId, answer, List.copyOf(resourceIds), List.copyOf(faults));
    }

    private JournalEntry(long sequence, Instant time, String dialect, String product, String version,
                         String action, String region, String account, byte[] params, String code,
                         long latencyMs, String requestId, String answer, List<String> resourceIds,
                         List<String> faults) {
        this.sequence = sequence;
        this.time = time;
        this.dialect = dialect;
        this.product = product;
        this.version = version;
        this.action = action;
        this.region = region;
        this.account = account;
        this.params = params;
        this.code = code;
        this.latencyMs = latencyMs;
        this.requestId = requestId;
        this.answer = answer;
        this.resourceIds = resourceIds;
        this.faults = faults;
    }

    /** An entry read back from its packed form, its params already JSON bytes. */
    static JournalEntry ofParamsBytes(long sequence, Instant time, String dialect, String product, String version,
                                      String action, String region, String account, byte[] params, String code,
                                      long latencyMs, String requestId, String answer, List<String> resourceIds,
                                      List<String> faults) {
        return new JournalEntry(sequence, time, dialect, product, version, action, region, account, params, code,
                latencyMs, requestId, answer, List.copyOf(resourceIds), List.copyOf(faults));
    }

    /** The params' JSON bytes as kept, not to be written to; null when the call was not decoded. */
    byte[] paramsBytes() {
        return params;
    }

    public long sequence() {
        return sequence;
    }

    public Instant time() {
        return time;
    }

    public String dialect() {
        return dialect;
    }

    public String product() {
        return product;
    }

    public String version() {
        return version;
    }

    public String action() {
        return action;
    }

    public String region() {
        return region;
    }

    public String account() {
        return account;
    }

    /** A copy of the params as recorded (secrets masked); null when the call was not decoded. */
    public ObjectNode params() {
        try {
            return params == null ? null : (ObjectNode) JSON.readTree(params);
        } catch (IOException e) {
            throw new UncheckedIOException("the journal wrote these params itself", e);
        }
    }

    public String code() {
        return code;
    }

    public long latencyMs() {
        return latencyMs;
    }

    public String requestId() {
        return requestId;
    }

    public String answer() {
        return answer;
    }

    public List<String> resourceIds() {
        return resourceIds;
    }

    public List<String> faults() {
        return faults;
    }

    @Override
    public String toString() {
        return Journal.describe(this);
    }

    private static byte[] bytes(ObjectNode params) {
        try {
            return JSON.writeValueAsBytes(params);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }
}
