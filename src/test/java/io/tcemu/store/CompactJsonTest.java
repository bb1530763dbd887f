package io.tcemu.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CompactJsonTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aCompactCopyEqualsItsOriginalAndWritesTheSameBytesInTheSameOrder() throws Exception {
        String text = "{\"z\":1,\"a\":{\"states\":{\"Status\":\"Running\"},\"list\":[1,\"two\",{\"x\":null}]},\"m\":true,\"e\":{}}";
        ObjectNode original = (ObjectNode) JSON.readTree(text);
        ObjectNode copy = CompactJson.object(original);
        assertEquals(original, copy);
        assertEquals(copy, original);
        assertEquals(text, JSON.writeValueAsString(copy));
        assertEquals("Running", copy.path("a").path("states").path("Status").asText());
        assertEquals(original.hashCode(), copy.hashCode());
    }

    @Test
    void aCompactCopyCannotBeChanged() throws Exception {
        ObjectNode copy = CompactJson.object((ObjectNode) JSON.readTree("{\"a\":{\"b\":1},\"l\":[1]}"));
        assertThrows(UnsupportedOperationException.class, () -> copy.put("c", 2));
        assertThrows(UnsupportedOperationException.class, () -> copy.with("a").put("b", 3));
        assertThrows(UnsupportedOperationException.class, () -> copy.withArray("l").add(2));
        // a deep copy is the way to change one
        ObjectNode changed = copy.deepCopy();
        changed.put("c", 2);
        assertEquals(2, changed.path("c").asInt());
    }

    @Test
    void shortTextsThatRepeatAcrossRowsShareOneNode() throws Exception {
        ObjectNode one = CompactJson.object((ObjectNode) JSON.readTree("{\"Region\":\"ap-guangzhou\"}"));
        ObjectNode two = CompactJson.object((ObjectNode) JSON.readTree("{\"Region\":\"ap-guangzhou\"}"));
        assertSame(one.get("Region"), two.get("Region"));
    }

    @Test
    void rowsOfTheSameShapeKeepTheirOwnValuesAndRowsOfAnotherOrderTheirOwnOrder() throws Exception {
        ObjectNode one = CompactJson.object((ObjectNode) JSON.readTree("{\"JobId\":\"sync-1\",\"Port\":1}"));
        ObjectNode two = CompactJson.object((ObjectNode) JSON.readTree("{\"JobId\":\"sync-2\",\"Port\":2}"));
        ObjectNode turned = CompactJson.object((ObjectNode) JSON.readTree("{\"Port\":3,\"JobId\":\"sync-3\"}"));
        assertEquals("{\"JobId\":\"sync-1\",\"Port\":1}", JSON.writeValueAsString(one));
        assertEquals("{\"JobId\":\"sync-2\",\"Port\":2}", JSON.writeValueAsString(two));
        assertEquals("{\"Port\":3,\"JobId\":\"sync-3\"}", JSON.writeValueAsString(turned));
    }

    @Test
    void anEmptyObjectOrListStaysEmptyAndCannotBeFilled() throws Exception {
        ObjectNode copy = CompactJson.object((ObjectNode) JSON.readTree("{\"pending\":{},\"lastRuns\":{},\"Tags\":[]}"));
        assertEquals("{\"pending\":{},\"lastRuns\":{},\"Tags\":[]}", JSON.writeValueAsString(copy));
        assertThrows(UnsupportedOperationException.class, () -> copy.with("pending").put("Status", "x"));
        assertThrows(UnsupportedOperationException.class, () -> copy.withArray("Tags").add(1));
        assertEquals("{}", JSON.writeValueAsString(copy.get("lastRuns")));
    }

    @Test
    void objectsThatRepeatWithinRowsShareOneNodeButNoRowSharesItsRootAndAnyDifferenceOrOtherOrderKeepsItsOwn() throws Exception {
        String text = "{\"states\":{\"Status\":\"Running\",\"TradeStatus\":\"Normal\"},\"Port\":1}";
        String turned = "{\"states\":{\"TradeStatus\":\"Normal\",\"Status\":\"Running\"},\"Port\":1}";
        String otherPort = "{\"states\":{\"Status\":\"Running\",\"TradeStatus\":\"Normal\"},\"Port\":2}";
        String otherType = "{\"states\":{\"Status\":\"Running\",\"TradeStatus\":\"Normal\"},\"Port\":1.0}";
        ObjectNode one = CompactJson.object((ObjectNode) JSON.readTree(text));
        ObjectNode again = CompactJson.object((ObjectNode) JSON.readTree(text));
        assertSame(one.get("states"), again.get("states"));
        // each row keeps its own root: a resource's attributes stand for its stored version in the views' caches
        assertNotSame(one, again);
        assertNotSame(CompactJson.object(JSON.createObjectNode()), CompactJson.object(JSON.createObjectNode()));
        for (String other : List.of(turned, otherPort, otherType)) {
            ObjectNode copy = CompactJson.object((ObjectNode) JSON.readTree(other));
            assertEquals(other, JSON.writeValueAsString(copy));
            assertEquals(text, JSON.writeValueAsString(one), "sharing never changes a copy made before");
        }
        ObjectNode samePartsOtherPort = CompactJson.object((ObjectNode) JSON.readTree(otherPort));
        assertSame(one.get("states"), samePartsOtherPort.get("states"));
    }
}
