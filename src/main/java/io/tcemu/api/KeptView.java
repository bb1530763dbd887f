package io.tcemu.api;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.JsonSerializable;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * One view in an answer, the value of the POJONode {@link KeptViews} hands out: the gateway
 * {@link #complete}s it to the shape the action's output model gives it, which serialises it once
 * and keeps the text, and the envelope then writes that text where the view goes.
 */
public final class KeptView implements JsonSerializable {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** A larger view is serialised for every answer, so that each kind's kept views stay within tens of MB. */
    static final int MAX_KEPT_CHARS = 8192;

    /**
     * An output that takes a kept view's bytes as they are, never writing to them, rather than
     * through the generator's buffer: a page is mostly its views' bytes.
     */
    public interface Splicing {
        void splice(byte[] bytes);
    }

    /** The stored form at one version. */
    record Key(Object stored, long version) {
    }

    /** The serialised view of one version, completed to one shape; its UTF-8 bytes are kept once written. */
    record Serialised(long version, Object shape, SerializedString json) {
    }

    private final Supplier<ObjectNode> view;
    private final Key key;
    private final IdentityCache<Object, Serialised> kept;
    private SerializedString json;

    KeptView(Supplier<ObjectNode> view, Key key, IdentityCache<Object, Serialised> kept) {
        this.view = view;
        this.key = key;
        this.kept = kept;
    }

    /**
     * Completes the view to {@code shape} (an output model's structure) with {@code completion} and
     * serialises it, or takes the bytes kept for this version and shape.
     */
    public void complete(Object shape, Consumer<ObjectNode> completion) {
        Serialised serialised = kept.get(key.stored());
        if (serialised == null || serialised.version() != key.version() || serialised.shape() != shape) {
            ObjectNode built = view.get();
            completion.accept(built);
            serialised = new Serialised(key.version(), shape, new SerializedString(serialise(built)));
            if (serialised.json().charLength() <= MAX_KEPT_CHARS) {
                serialised.json().asUnquotedUTF8(); // its bytes made once, before other threads can see them
                kept.put(key.stored(), serialised);
            }
        }
        json = serialised.json();
    }

    @Override
    public void serializeWithType(JsonGenerator out, SerializerProvider provider, TypeSerializer types) throws IOException {
        serialize(out, provider);
    }

    @Override
    public void serialize(JsonGenerator out, SerializerProvider provider) throws IOException {
        if (json == null) {
            JSON.writeTree(out, view.get());
        } else if (out.getOutputTarget() instanceof Splicing splicing) {
            out.writeRawValue(""); // the separator the generator owes before a value
            out.flush();
            splicing.splice(json.asUnquotedUTF8());
        } else {
            out.writeRawValue(json);
        }
    }

    private static String serialise(ObjectNode view) {
        try {
            return JSON.writeValueAsString(view);
        } catch (IOException e) {
            throw new UncheckedIOException("a JSON tree always serialises", e);
        }
    }
}
