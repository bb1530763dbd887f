package io.tcemu.api;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The emulated actions, by product, version and action name, and who answers the others. */
public final class ActionHandlers {
    private final Map<String, ActionHandler> handlers = new HashMap<>();
    private Fallback fallback = (product, version, action) -> Optional.empty();

    /** Answers the actions no handler is registered for, where it can. */
    @FunctionalInterface
    public interface Fallback {
        Optional<Answerer> answerer(String product, String version, String action);
    }

    public ActionHandlers register(String product, String version, String action, ActionHandler handler) {
        if (handlers.putIfAbsent(key(product, version, action), handler) != null) {
            throw new IllegalStateException(product + " " + version + " " + action + " is registered twice");
        }
        return this;
    }

    /** Replaces (or adds) one action's handler: how an embedding test stubs an action. */
    public ActionHandlers override(String product, String version, String action, ActionHandler handler) {
        handlers.put(key(product, version, action), handler);
        return this;
    }

    /** Sets who answers the unregistered actions; without one they have no answerer (UnsupportedOperation). */
    public ActionHandlers fallback(Fallback fallback) {
        this.fallback = fallback;
        return this;
    }

    /** The registered handler, else the fallback's answerer, if any. */
    public Optional<Answerer> answerer(String product, String version, String action) {
        return find(product, version, action).map(handler -> new Answerer(AnswerKind.EMULATED, handler))
                .or(() -> fallback.answerer(product, version, action));
    }

    public Optional<ActionHandler> find(String product, String version, String action) {
        return Optional.ofNullable(handlers.get(key(product, version, action)));
    }

    private static String key(String product, String version, String action) {
        return product + "/" + version + "/" + action;
    }
}
