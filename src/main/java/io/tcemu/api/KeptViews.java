package io.tcemu.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.POJONode;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

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
    /** Bytes kept per kind of view: a few thousand views, the pages a busy client reads over and over. */
    private static final long MAX_BYTES = 16L << 20;

    private final Function<T, ObjectNode> view;
    // Weighed as its text and its UTF-8 bytes. Keyed by the stored form's identity: a write stores
    // a new object, so an entry can only be stale by version, which is checked, and it goes when
    // its stored form is collected. The cache's upkeep runs on the reading thread: handed to the
    // common pool, it woke a thread every few lookups and cost a 20-item page about a tenth of its CPU.
    private final Cache<Object, KeptView.Serialised> kept = Caffeine.newBuilder()
            .executor(Runnable::run)
            .weakKeys()
            .maximumWeight(MAX_BYTES)
            .weigher((Object stored, KeptView.Serialised view) -> 2 * view.json().charLength())
            .build();

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
