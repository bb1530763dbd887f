package io.tcemu.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.POJONode;
import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A kept view is built, completed and serialised once per stored version and shape, and written as it was completed. */
class KeptViewsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final AtomicInteger built = new AtomicInteger();
    private final KeptViews<String> views = new KeptViews<>(name -> {
        built.incrementAndGet();
        return JsonNodeFactory.instance.objectNode().put("Name", name);
    });
    private final Object stored = new Object();
    private final Object shape = new Object();

    @Test
    void aVersionIsBuiltOnceAndWrittenCompleted() throws Exception {
        assertEquals("{\"Name\":\"a\",\"Done\":true}", written(views.of("a", stored, 1), shape));
        assertEquals("{\"Name\":\"a\",\"Done\":true}", written(views.of("a", stored, 1), shape));
        assertEquals(1, built.get());
    }

    @Test
    void aNewVersionOrAnotherShapeIsBuiltAgain() throws Exception {
        written(views.of("a", stored, 1), shape);
        assertEquals("{\"Name\":\"b\",\"Done\":true}", written(views.of("b", stored, 2), shape));
        written(views.of("b", stored, 2), new Object());
        assertEquals(3, built.get());
    }

    @Test
    void anotherStoredFormIsAnotherView() throws Exception {
        written(views.of("a", stored, 1), shape);
        assertEquals("{\"Name\":\"c\",\"Done\":true}", written(views.of("c", new Object(), 1), shape));
        assertEquals(2, built.get());
    }

    @Test
    void aViewTooLargeToKeepIsBuiltForEveryAnswer() throws Exception {
        String large = "x".repeat(KeptView.MAX_KEPT_CHARS);
        assertEquals("{\"Name\":\"" + large + "\",\"Done\":true}", written(views.of(large, stored, 1), shape));
        assertEquals("{\"Name\":\"" + large + "\",\"Done\":true}", written(views.of(large, stored, 1), shape));
        assertEquals(2, built.get());
    }

    @Test
    void aViewNobodyCompletedIsWrittenAsBuilt() throws Exception {
        assertEquals("[{\"Name\":\"a\"}]", JSON.writeValueAsString(JsonNodeFactory.instance.arrayNode().add(views.of("a", stored, 1))));
    }

    /** As the gateway does: completes the view, then writes the answer holding it. */
    private static String written(JsonNode view, Object shape) throws Exception {
        ((KeptView) ((POJONode) view).getPojo()).complete(shape, (ObjectNode node) -> node.put("Done", true));
        return JSON.writeValueAsString(view);
    }
}
