package io.tcemu.api;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Values are found by their key's identity, never by equality, and the cache holds no more than its slots. */
class IdentityCacheTest {
    @Test
    void anEqualKeyIsAnotherKey() {
        IdentityCache<String, String> cache = new IdentityCache<>(8);
        String key = new String("row");
        cache.put(key, "decoded");
        assertEquals("decoded", cache.get(key));
        assertNull(cache.get(new String("row")));
    }

    @Test
    void derivesOnceAndKeepsTheValue() {
        IdentityCache<Object, Object> cache = new IdentityCache<>(8);
        Object key = new Object();
        List<Object> derived = new ArrayList<>();
        Object first = cache.get(key, k -> {
            Object value = new Object();
            derived.add(value);
            return value;
        });
        assertSame(first, cache.get(key, k -> new Object()));
        assertEquals(1, derived.size());
    }

    @Test
    void twoKeysOfOneSlotAreBothKept() {
        IdentityCache<Object, String> cache = new IdentityCache<>(8);
        Object first = new Object();
        Object second = new Object();
        while (cache.slot(second) != cache.slot(first)) {
            second = new Object();
        }
        cache.put(first, "first");
        cache.put(second, "second");
        assertEquals("first", cache.get(first));
        assertEquals("second", cache.get(second));
        cache.put(first, "first again");
        assertEquals("first again", cache.get(first));
        assertEquals("second", cache.get(second));
    }

    @Test
    void keepsAtMostItsSlots() {
        IdentityCache<Object, Integer> cache = new IdentityCache<>(100); // 128 slots
        List<Object> keys = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            Object key = new Object();
            keys.add(key);
            cache.put(key, i);
        }
        long found = keys.stream().filter(key -> cache.get(key) != null).count();
        assertTrue(found > 0 && found <= 128, found + " values found");
        Object last = keys.get(keys.size() - 1);
        assertEquals(9_999, cache.get(last));
    }
}
