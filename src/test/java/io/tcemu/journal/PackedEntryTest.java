package io.tcemu.journal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The ring keeps each call as one array; what it gives back is the call as it was recorded, numbered. */
class PackedEntryTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyFieldReadsBackAsRecorded() {
        ObjectNode params = JSON.createObjectNode().put("JobId", "sync-1").put("Limit", 20);
        params.putArray("Tags").addObject().put("TagKey", "环境");
        JournalEntry call = new JournalEntry(0, Instant.parse("2026-12-02T07:30:00.123456789Z"), "tencent", "dts",
                "2021-12-06", "DescribeSyncJobs", "ap-guangzhou", "100000000001", params, "OK", 3,
                "req-1", "emulated", List.of("sync-1", "sync-2"), List.of("latency 40ms"));

        JournalEntry back = PackedEntry.pack(call).numbered(42).unpack();

        ObjectNode expected = JournalEntryJson.tree(call).put("sequence", 42L);
        assertEquals(expected, JournalEntryJson.tree(back));
        assertEquals(42, back.sequence());
    }

    @Test
    void whatTheCallNeverReachedStaysAbsentAndLongTextsAreWhole() {
        String action = "A".repeat(70_000); // longer than DataOutput's own text format takes
        JournalEntry refused = new JournalEntry(0, Instant.EPOCH, "alibaba", null, null, action, null, null, null,
                "InvalidAction", 0, "req-2", null, List.of(), List.of());

        JournalEntry back = PackedEntry.pack(refused).numbered(7).unpack();

        assertEquals(action.length(), back.action().length());
        assertEquals(action, back.action(), "the long action differs");
        assertNull(back.product());
        assertNull(back.params());
        assertNull(back.answer());
        assertEquals(List.of(), back.resourceIds());
        assertEquals(JournalEntryJson.tree(refused).put("sequence", 7L).put("action", "long"),
                JournalEntryJson.tree(back).put("action", "long"));
    }

    @Test
    void theRingNumbersCallsAndDropsTheOldest() {
        Journal journal = new Journal(2);
        for (String id : List.of("req-1", "req-2", "req-3")) {
            journal.record(new JournalEntry(0, Instant.EPOCH, "tencent", "dts", "2021-12-06", "DescribeSyncJobs",
                    "ap-guangzhou", "1", null, "OK", 1, id, "emulated", List.of(), List.of()));
        }
        assertEquals(List.of("req-2", "req-3"), journal.all().stream().map(JournalEntry::requestId).toList());
        assertEquals(List.of(2L, 3L), journal.all().stream().map(JournalEntry::sequence).toList());
    }
}
