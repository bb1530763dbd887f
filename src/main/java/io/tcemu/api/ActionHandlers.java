package io.tcemu.api;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The emulated actions, by product, version and action name. */
public final class ActionHandlers {
    private final Map<String, ActionHandler> handlers = new HashMap<>();

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

    public Optional<ActionHandler> find(String product, String version, String action) {
        return Optional.ofNullable(handlers.get(key(product, version, action)));
    }

    private static String key(String product, String version, String action) {
        return product + "/" + version + "/" + action;
    }
}
