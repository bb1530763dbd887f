package io.tcemu.junit;

import io.tcemu.Emulator;
import io.tcemu.EmulatorConfig;
import io.tcemu.journal.JournalEntry;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

import java.util.List;
import java.util.function.Supplier;

/**
 * JUnit 5 extension running tests against an in-process tcemu. Declaratively through
 * {@link TcemuTest}; programmatically, as a handle the test can use directly:
 * <pre>{@code
 * @RegisterExtension
 * static TcemuExtension tc = TcemuExtension.newInstance()
 *         .config(() -> EmulatorConfig.ephemeral().progression(ProgressionMode.IMMEDIATE))
 *         .resetEachTest(true).failOnUnsupportedAction(true).build();
 * }</pre>
 * Registered in a static field (or through the annotation) the emulator starts once for the class;
 * in an instance field, once per test. It always listens on free ports.
 */
public final class TcemuExtension extends Tcemu implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback,
        AfterEachCallback, ParameterResolver {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(TcemuExtension.class);

    private final Supplier<EmulatorConfig> config;
    private final Options fixed;
    private Options options;
    private boolean ownsEmulator;
    /** The class or test whose start began the emulator: a nested class's callbacks leave it alone. */
    private String startedBy;
    private long lastSequenceBeforeTest;

    private record Options(boolean resetEachTest, boolean failOnUnsupportedAction, boolean frozenClock,
                           boolean perSuite) {
        static Options of(TcemuTest annotation) {
            return new Options(annotation.resetEachTest(), annotation.failOnUnsupportedAction(),
                    annotation.frozenClock(), annotation.perSuite());
        }
    }

    /** What {@link TcemuTest} registers: the options come from the annotation. */
    public TcemuExtension() {
        this(EmulatorConfig::ephemeral, null);
    }

    private TcemuExtension(Supplier<EmulatorConfig> config, Options fixed) {
        this.config = config;
        this.fixed = fixed;
    }

    public static Builder newInstance() {
        return new Builder();
    }

    /** Settings of a programmatically registered extension. */
    public static final class Builder {
        private Supplier<EmulatorConfig> config = EmulatorConfig::ephemeral;
        private boolean resetEachTest = true;
        private boolean failOnUnsupportedAction;
        private boolean frozenClock;
        private boolean perSuite;

        private Builder() {
        }

        /** The emulator's configuration; its ports are replaced by free ones. */
        public Builder config(EmulatorConfig config) {
            this.config = () -> config;
            return this;
        }

        /** A configuration made afresh for each emulator started. */
        public Builder config(Supplier<EmulatorConfig> config) {
            this.config = config;
            return this;
        }

        public Builder resetEachTest(boolean reset) {
            this.resetEachTest = reset;
            return this;
        }

        public Builder failOnUnsupportedAction(boolean fail) {
            this.failOnUnsupportedAction = fail;
            return this;
        }

        public Builder frozenClock(boolean frozen) {
            this.frozenClock = frozen;
            return this;
        }

        /** Share one emulator among every class that asks for it, for the whole run (the first one's configuration). */
        public Builder perSuite(boolean perSuite) {
            this.perSuite = perSuite;
            return this;
        }

        public TcemuExtension build() {
            return new TcemuExtension(config, new Options(resetEachTest, failOnUnsupportedAction, frozenClock, perSuite));
        }
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        if (!running()) {
            start(context);
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (ownsEmulator && context.getUniqueId().equals(startedBy)) {
            stop();
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        if (!running()) {
            start(context);
        }
        if (options.resetEachTest()) {
            reset();
        }
        if (options.frozenClock()) {
            clock().setFrozen(true);
        }
        List<JournalEntry> journal = requests().all();
        lastSequenceBeforeTest = journal.isEmpty() ? 0 : journal.get(journal.size() - 1).sequence();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        try {
            if (options.failOnUnsupportedAction()) {
                List<String> unsupported = requests().all().stream()
                        .filter(e -> e.sequence() > lastSequenceBeforeTest && notEmulated(e))
                        .map(e -> e.product() + "." + e.action()).distinct().toList();
                if (!unsupported.isEmpty()) {
                    throw new AssertionError("the test called " + String.join(", ", unsupported)
                            + ", which tcemu does not emulate (answered with an example, a synthesized answer or UnsupportedOperation)");
                }
            }
        } finally {
            if (ownsEmulator && context.getUniqueId().equals(startedBy)) {
                stop();
            }
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == Tcemu.class || type == TcemuExtension.class || type == Emulator.class
                || SdkClients.tencent(type) || SdkClients.alibaba(type);
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        if (!running()) {
            start(context);
        }
        Class<?> type = parameter.getParameter().getType();
        if (type == Tcemu.class || type == TcemuExtension.class) {
            return this;
        }
        if (type == Emulator.class) {
            return emulator();
        }
        return client(type);
    }

    private boolean running() {
        try {
            emulator();
            return true;
        } catch (IllegalStateException e) {
            return false;
        }
    }

    private void start(ExtensionContext context) {
        startedBy = context.getUniqueId();
        options = fixed != null ? fixed : context.getTestClass()
                .flatMap(c -> AnnotationSupport.findAnnotation(c, TcemuTest.class))
                .map(Options::of)
                .orElseGet(() -> Options.of(Defaults.class.getAnnotation(TcemuTest.class)));
        if (options.perSuite()) {
            bind(context.getRoot().getStore(NAMESPACE)
                    .getOrComputeIfAbsent("suite", k -> new Shared(startEmulator()), Shared.class).emulator);
            ownsEmulator = false;
        } else {
            bind(startEmulator());
            ownsEmulator = true;
        }
        if (options.frozenClock()) {
            clock().setFrozen(true);
        }
    }

    /** A call answered by no emulation: its documented example, a synthesized answer, or UnsupportedOperation. */
    private static boolean notEmulated(JournalEntry entry) {
        return "UnsupportedOperation".equals(entry.code())
                || "example".equals(entry.answer()) || "synthesized".equals(entry.answer());
    }

    private Emulator startEmulator() {
        return Emulator.start(config.get().port(0).httpsPort(0));
    }

    private void stop() {
        Emulator e = emulator();
        bind(null);
        e.close();
    }

    /** The suite's emulator, closed when the whole run ends. */
    private record Shared(Emulator emulator) implements ExtensionContext.Store.CloseableResource {
        @Override
        public void close() {
            emulator.close();
        }
    }

    /** Carries the annotation's defaults for a programmatic registration without options. */
    @TcemuTest
    private static final class Defaults {
    }
}
