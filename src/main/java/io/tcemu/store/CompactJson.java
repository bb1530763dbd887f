package io.tcemu.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * Read-only copies of JSON trees for rows that stay in memory. A Jackson object keeps a linked hash
 * map (an entry object per member, a table, a cached entry set), which made most of the index's
 * footprint; here members sit in two arrays, short texts that repeat across rows (states,
 * regions, database types) share one node, and so do whole objects that repeat. Changing a copy throws: rows are replaced, never changed.
 */
final class CompactJson {
    /**
     * Texts no longer than this are worth sharing: states, regions, types, and times (an instant is
     * 30 characters), which a row repeats for its creation and for when each state began. Longer ones
     * are mostly names and descriptions, which the table would keep alive after their rows go.
     */
    private static final int SHARED_TEXT_MAX = 32;
    private static final SharedSlots<TextNode> SHARED_TEXTS = new SharedSlots<>(4096);
    /** Member names, shared the same way: rows of one kind have objects of the same few shapes. */
    private static final SharedSlots<Names> SHARED_NAMES = new SharedSlots<>(1024);

    /** Names compared by content, which an array is not. */
    private record Names(String[] list) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Names other && Arrays.equals(list, other.list);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(list);
        }
    }

    /** Whole objects that repeat across rows (the states of every new job, the attributes of jobs bought alike). */
    private static final SharedSlots<SameObject> SHARED_OBJECTS = new SharedSlots<>(4096);

    /**
     * An object as a key for sharing: the same as another with the very same names and members in
     * order (Jackson's equality ignores order, which a shared copy must keep). Children are shared
     * before their parent, so a repeated object or list within is the very same node.
     */
    private record SameObject(ObjectNode node, Members members) {
        @Override
        public boolean equals(Object o) {
            return o instanceof SameObject other && members.sameAs(other.members);
        }

        @Override
        public int hashCode() {
            return members.sameHash();
        }
    }

    private static final ObjectNode EMPTY_OBJECT = new ObjectNode(JsonNodeFactory.instance,
            new Members(new String[0], new JsonNode[0]));
    private static final ArrayNode EMPTY_ARRAY = new ArrayNode(JsonNodeFactory.instance, List.of());

    private CompactJson() {
    }

    /**
     * A row's own copy of one of its trees. The root is never shared, even when empty or equal to
     * another row's: a resource's attributes stand for its stored version in the caches of views
     * (see Resource.storedForm), so no other resource may hold them. What lies within may be shared.
     */
    static ObjectNode object(ObjectNode node) {
        return new ObjectNode(JsonNodeFactory.instance, members(node));
    }

    private static Members members(JsonNode node) {
        String[] names = new String[node.size()];
        JsonNode[] values = new JsonNode[node.size()];
        int i = 0;
        for (Map.Entry<String, JsonNode> member : node.properties()) {
            names[i] = member.getKey();
            values[i++] = copy(member.getValue());
        }
        return new Members(SHARED_NAMES.shared(new Names(names)).list(), values);
    }

    private static JsonNode copy(JsonNode node) {
        if (node.isContainerNode() && node.isEmpty()) {
            return node.isObject() ? EMPTY_OBJECT : EMPTY_ARRAY; // a row's operations in flight are mostly none
        }
        if (node.isObject()) {
            Members members = members(node);
            return SHARED_OBJECTS.shared(new SameObject(new ObjectNode(JsonNodeFactory.instance, members), members)).node();
        }
        if (node.isArray()) {
            JsonNode[] items = new JsonNode[node.size()];
            for (int i = 0; i < items.length; i++) {
                items[i] = copy(node.get(i));
            }
            return new ArrayNode(JsonNodeFactory.instance, List.of(items));
        }
        return node.isTextual() ? shared((TextNode) node) : node;
    }

    private static TextNode shared(TextNode text) {
        return text.textValue().length() > SHARED_TEXT_MAX ? text : SHARED_TEXTS.shared(text);
    }

    /** An object's members in insertion order, looked up by a scan: objects here have tens of members at most. */
    private static final class Members extends AbstractMap<String, JsonNode> {
        private final String[] names;
        private final JsonNode[] values;

        Members(String[] names, JsonNode[] values) {
            this.names = names;
            this.values = values;
        }

        @Override
        public JsonNode get(Object name) {
            int i = indexOf(name);
            return i < 0 ? null : values[i];
        }

        @Override
        public boolean containsKey(Object name) {
            return indexOf(name) >= 0;
        }

        @Override
        public int size() {
            return names.length;
        }

        boolean sameAs(Members other) {
            if (names != other.names) {
                return false;
            }
            for (int i = 0; i < values.length; i++) {
                if (values[i] != other.values[i] && !(values[i].isValueNode() && values[i].equals(other.values[i]))) {
                    return false;
                }
            }
            return true;
        }

        int sameHash() {
            int hash = System.identityHashCode(names);
            for (JsonNode value : values) {
                hash = 31 * hash + (value.isValueNode() ? value.hashCode() : System.identityHashCode(value));
            }
            return hash;
        }

        private int indexOf(Object name) {
            for (int i = 0; i < names.length; i++) {
                if (names[i].equals(name)) {
                    return i;
                }
            }
            return -1;
        }

        @Override
        public Set<Entry<String, JsonNode>> entrySet() {
            return new AbstractSet<>() {
                @Override
                public Iterator<Entry<String, JsonNode>> iterator() {
                    return new Iterator<>() {
                        private int next;

                        @Override
                        public boolean hasNext() {
                            return next < names.length;
                        }

                        @Override
                        public Entry<String, JsonNode> next() {
                            if (next >= names.length) {
                                throw new NoSuchElementException();
                            }
                            int i = next++;
                            return new SimpleImmutableEntry<>(names[i], values[i]);
                        }
                    };
                }

                @Override
                public int size() {
                    return names.length;
                }
            };
        }
    }
}
