package io.tcemu.dialect;

import io.tcemu.api.ApiError;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FlatParamsTest {

    private static Map<String, String> flat(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }

    @Test
    void rebuildsListsOfObjectsWithNestedLists() {
        var tree = FlatParams.unflatten(flat("Filters.1.Name", "b", "Filters.0.Values.1", "y",
                "Filters.0.Values.0", "x", "Filters.0.Name", "a", "Limit", "10"));
        assertEquals("{\"Filters\":[{\"Name\":\"a\",\"Values\":[\"x\",\"y\"]},{\"Name\":\"b\"}],\"Limit\":\"10\"}",
                tree.toString());
    }

    @Test
    void ordersIndexesNumericallyNotAlphabetically() {
        Map<String, String> flat = new LinkedHashMap<>();
        for (int i = 11; i >= 0; i--) {
            flat.put("Ids." + i, "v" + i);
        }
        assertEquals("v2", FlatParams.unflatten(flat).get("Ids").get(2).asText());
        assertEquals("v11", FlatParams.unflatten(flat).get("Ids").get(11).asText());
    }

    @Test
    void rejectsAGapInAList() {
        ApiError error = assertThrows(ApiError.class, () -> FlatParams.unflatten(flat("Ids.0", "a", "Ids.2", "c")));
        assertEquals("InvalidParameter", error.code());
        assertTrue(error.getMessage().contains("`Ids.2`"), error.getMessage());
    }

    @Test
    void rejectsAValueThatIsAlsoAContainer() {
        ApiError error = assertThrows(ApiError.class, () -> FlatParams.unflatten(flat("Ids", "a", "Ids.0", "b")));
        assertEquals("InvalidParameter", error.code());
        assertTrue(error.getMessage().contains("`Ids.0`"), error.getMessage());
    }

    @Test
    void rejectsIndexesMixedWithNames() {
        assertThrows(ApiError.class, () -> FlatParams.unflatten(flat("F.0", "a", "F.Name", "b")));
        assertThrows(ApiError.class, () -> FlatParams.unflatten(flat("F..Name", "b")));
    }

    @Test
    void refusesANameDeeperThanTheCapQuicklyAndWithoutOverflowingTheStack() {
        ApiError deep = assertThrows(ApiError.class, () -> FlatParams.unflatten(flat("a" + ".a".repeat(50_000), "1")));
        assertEquals("InvalidParameter", deep.code());
        assertTrue(deep.getMessage().contains("more than " + FlatParams.MAX_DEPTH + " dot-separated segments"), deep.getMessage());
        assertTrue(deep.getMessage().length() < 400, "the name is cut short in the message");
    }

    @Test
    void acceptsANameAtTheDepthCap() {
        String name = "a" + ".a".repeat(FlatParams.MAX_DEPTH - 1);
        var tree = FlatParams.unflatten(flat(name, "v"));
        var node = tree;
        for (int i = 0; i < FlatParams.MAX_DEPTH - 1; i++) {
            node = (com.fasterxml.jackson.databind.node.ObjectNode) node.get("a");
        }
        assertEquals("v", node.get("a").asText());
    }

    @Test
    void refusesMoreSegmentsThanTheCapInAll() {
        Map<String, String> many = new LinkedHashMap<>();
        for (int i = 0; many.size() * 2 <= FlatParams.MAX_SEGMENTS; i++) {
            many.put("L." + i, "x");
        }
        ApiError error = assertThrows(ApiError.class, () -> FlatParams.unflatten(many));
        assertTrue(error.getMessage().contains(String.valueOf(FlatParams.MAX_SEGMENTS)), error.getMessage());
    }

    @Test
    void decodesFormsStrictly() {
        assertEquals("a b*~", FormDecoding.decode("Status.1=a+b*%7E").get("Status.1"));
        assertEquals("a b", FormDecoding.decode("x=a%20b").get("x"));
        assertEquals("未命名", FormDecoding.decode("n=%E6%9C%AA%E5%91%BD%E5%90%8D").get("n"));
        assertEquals("InvalidParameter", assertThrows(ApiError.class, () -> FormDecoding.decode("x=%ZZ")).code());
        assertEquals("InvalidParameter", assertThrows(ApiError.class, () -> FormDecoding.decode("x=%FF%FE")).code());
        assertEquals("InvalidParameter", assertThrows(ApiError.class, () -> FormDecoding.decode("x=1&x=2")).code());
    }
}
