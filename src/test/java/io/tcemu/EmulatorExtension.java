package io.tcemu;

import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One embedded emulator per test class, reset before each test:
 * {@code @RegisterExtension static final EmulatorExtension tcemu = new EmulatorExtension();}
 */
public final class EmulatorExtension implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback {
    private final EmulatorConfig config;
    private Emulator emulator;
    private RawCalls calls;

    public EmulatorExtension() {
        this(EmulatorConfig.ephemeral());
    }

    public EmulatorExtension(EmulatorConfig config) {
        this.config = config;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        emulator = Emulator.start(config);
        calls = new RawCalls(emulator);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        emulator.close();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        admin().post("/_tcemu/reset").then().statusCode(200);
    }

    public Emulator emulator() {
        return emulator;
    }

    public RawCalls calls() {
        return calls;
    }

    /** A JSON request to the admin API. */
    public RequestSpecification admin() {
        return calls.plain().contentType("application/json");
    }
}
