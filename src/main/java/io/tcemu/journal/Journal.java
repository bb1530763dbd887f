package io.tcemu.journal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;

import io.tcemu.store.SharedLog;
import io.tcemu.store.StoreException;

/**
 * The last API calls, oldest first, in a bounded ring: when it is full the oldest call makes room.
 * On a store that several gateways share, the calls of all of them, kept in the database.
 * Thread-safe. Tests ask it what was called ({@link #find}, {@link #count}) and {@link #verify}
 * their expectations, which name the near misses when they fail.
 */
public final class Journal {
    public static final int DEFAULT_CAPACITY = 10_000;
    private static final int NEAR_MISSES = 5;
    private static final System.Logger LOG = System.getLogger("tcemu");

    private final int capacity;
    private final Deque<PackedEntry> entries = new ArrayDeque<>();
    /** Where the entries live instead when several gateways share a store; null for this process alone. */
    private final SharedLog shared;
    private long sequence;

    public Journal(int capacity) {
        this(capacity, null);
    }

    /** @param shared the log every gateway on a shared store writes, or null to keep calls in this process */
    public Journal(int capacity, SharedLog shared) {
        if (capacity < 0) {
            throw new IllegalArgumentException("the journal size must be 0 or more, not " + capacity);
        }
        this.capacity = capacity;
        this.shared = shared;
    }

    public int capacity() {
        return capacity;
    }

    /**
     * Keeps the call, numbering it; a journal of size 0 keeps nothing. A shared journal appends
     * without the lock: the database numbers the calls, and one call's I/O must not hold up another's.
     */
    public void record(JournalEntry entry) {
        if (shared != null) {
            if (capacity > 0) {
                keep(entry);
            }
            return;
        }
        // packed before the lock, which every call takes: only numbering and the ring's upkeep need it
        PackedEntry packed = capacity == 0 ? null : PackedEntry.pack(entry);
        synchronized (this) {
            sequence++;
            if (packed == null) {
                return;
            }
            if (entries.size() == capacity) {
                entries.removeFirst();
            }
            entries.addLast(packed.numbered(sequence));
        }
    }

    /**
     * Appends to the shared journal. While the database is unreachable the entry is lost: the call
     * itself has already been answered (ServiceUnavailable, as likely as not), and that answer must stand.
     */
    private void keep(JournalEntry entry) {
        try {
            shared.append(JournalEntryJson.write(entry), capacity);
        } catch (StoreException e) {
            LOG.log(System.Logger.Level.WARNING, "journal entry " + entry.requestId() + " not kept: " + e.getMessage());
        }
    }

    public List<JournalEntry> all() {
        if (shared != null) {
            return shared.newest(capacity).stream().map(e -> JournalEntryJson.read(e.number(), e.text())).toList();
        }
        List<PackedEntry> packed;
        synchronized (this) {
            packed = List.copyOf(entries);
        }
        return packed.stream().map(PackedEntry::unpack).toList();
    }

    public List<JournalEntry> find(RequestPattern pattern) {
        return all().stream().filter(pattern.predicate()).toList();
    }

    public long count(RequestPattern pattern) {
        return all().stream().filter(pattern.predicate()).count();
    }

    public void clear() {
        if (shared != null) {
            shared.clear();
            return;
        }
        synchronized (this) {
            entries.clear();
        }
    }

    /**
     * The calls closest to matching: those that fail the fewest criteria, calls of the same action
     * (refused or unsupported ones among them) first. Empty when the pattern names nothing.
     */
    public List<JournalEntry> nearMisses(RequestPattern pattern) {
        record Miss(JournalEntry entry, int distance) {
        }
        List<Miss> misses = new ArrayList<>();
        for (JournalEntry entry : all()) {
            List<String> unmet = pattern.unmet(entry);
            if (!unmet.isEmpty()) {
                int distance = unmet.size() * 2 + (unmet.contains("action") || unmet.contains("product") ? 1 : 0);
                misses.add(new Miss(entry, distance));
            }
        }
        return misses.stream()
                .sorted(Comparator.comparingInt(Miss::distance).thenComparing(m -> -m.entry().sequence()))
                .limit(NEAR_MISSES).map(Miss::entry).toList();
    }

    /** Passes when the journal holds as many matching calls as expected; else throws, naming the near misses. */
    public void verify(Expectation expectation) {
        long count = count(expectation.pattern());
        if (expectation.accepts(count)) {
            return;
        }
        StringBuilder message = new StringBuilder("expected ").append(expectation.describe()).append(" call(s) of ")
                .append(expectation.pattern()).append(", but the journal holds ").append(count);
        List<JournalEntry> near = nearMisses(expectation.pattern());
        if (!near.isEmpty()) {
            message.append(". Near misses:");
            for (JournalEntry e : near) {
                message.append("\n  ").append(describe(e)).append("  (differs in ")
                        .append(String.join(", ", expectation.pattern().unmet(e))).append(')');
            }
        }
        throw new VerificationException(message.toString());
    }

    /** One line per call, as a failure message shows it. */
    public static String describe(JournalEntry e) {
        return "#" + e.sequence() + " " + e.product() + "." + e.action() + " " + e.code() + " region=" + e.region()
                + " account=" + e.account() + (e.resourceIds().isEmpty() ? "" : " resources=" + e.resourceIds())
                + (e.faults().isEmpty() ? "" : " faults=" + e.faults()) + " " + e.requestId();
    }
}
