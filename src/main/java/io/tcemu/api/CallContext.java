package io.tcemu.api;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What one API call leaves behind besides its answer: the resources it touched and the faults it
 * met. The gateway opens one around a call on the thread that runs it; the engine, which knows
 * nothing of requests, adds to it, so the journal and the resource history can name the call.
 */
public final class CallContext {
    private static final ThreadLocal<CallContext> CURRENT = new ThreadLocal<>();

    private final String requestId;
    private final Set<String> resourceIds = new LinkedHashSet<>();
    private final List<String> faults = new ArrayList<>();

    private CallContext(String requestId) {
        this.requestId = requestId;
    }

    /** Starts recording for the call with this RequestId on the current thread; close the scope when it ends. */
    public static Scope open(String requestId) {
        CallContext context = new CallContext(requestId);
        CURRENT.set(context);
        return new Scope(context);
    }

    /** The call running on this thread, if any (admin calls and background work have none). */
    public static Optional<CallContext> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    /** Notes a resource the current call read or changed; does nothing outside a call. */
    public static void touched(String resourceId) {
        current().ifPresent(c -> c.resourceIds.add(resourceId));
    }

    /** Notes a fault that shaped the current call's answer; does nothing outside a call. */
    public static void faulted(String description) {
        current().ifPresent(c -> c.faults.add(description));
    }

    public String requestId() {
        return requestId;
    }

    public List<String> resourceIds() {
        return List.copyOf(resourceIds);
    }

    public List<String> faults() {
        return List.copyOf(faults);
    }

    /** The open context; closing it ends the recording on this thread. */
    public static final class Scope implements AutoCloseable {
        private final CallContext context;

        private Scope(CallContext context) {
            this.context = context;
        }

        public CallContext context() {
            return context;
        }

        @Override
        public void close() {
            CURRENT.remove();
        }
    }
}
