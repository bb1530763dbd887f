package io.tcemu.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.POJONode;

import java.util.function.Function;

/**
 * Views that the gateway completes and serialises once per stored version of what they show, then
 * writes as those bytes into every answer that shows that version: a page of twenty jobs costs
 * twenty lookups instead of twenty views built, completed and serialised. A view kept this way must
 * read nothing but its value (no clock, no request, no other resource); one that changes with time
 * is built {@link #fresh} instead.
 *
 * @param <T> what a view is of
 */
public final class KeptViews<T> {
    /** Views kept per kind: the pages a busy client reads over and over, each at most KeptView.MAX_KEPT_CHARS. */
    private static final int VIEWS = 4096;

    private final Function<T, ObjectNode> view;
    // Keyed by the stored form's identity: a write stores a new object, so an entry can only be stale
    // by version or shape, which are checked.
    private final IdentityCache<Object, KeptView.Serialised> kept = new IdentityCache<>(VIEWS);

    public KeptViews(Function<T, ObjectNode> view) {
        this.view = view;
    }

    /**
     * The view of {@code value}, whose stored form {@code stored} (an object no other value shares)
     * is at {@code version}: built, completed and serialised only if those bytes are not kept yet.
     */
    public JsonNode of(T value, Object stored, long version) {
        return new POJONode(new KeptView(() -> view.apply(value), new KeptView.Key(stored, version), kept));
    }

    /** The view built now and not kept: what it shows changes with time. */
    public ObjectNode fresh(T value) {
        return view.apply(value);
    }
}
