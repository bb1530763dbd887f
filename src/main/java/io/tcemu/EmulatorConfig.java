package io.tcemu;

import io.tcemu.auth.Accounts;
import io.tcemu.auth.AuthMode;

import io.tcemu.api.ActionHandler;
import io.tcemu.lifecycle.ProgressionMode;
import io.tcemu.product.wedata.WedataSettings;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Everything that can be set about an emulator, with the defaults a developer expects. Fluent. */
public final class EmulatorConfig {
    private String host = "127.0.0.1";
    private int port = 4580;
    private int httpsPort = 4581;
    private AuthMode authMode = AuthMode.STRICT;
    private Accounts accounts = Accounts.devOnly();
    private Path tlsCert;
    private Path tlsKey;
    private Path tlsExport;
    private double timeScale = 1.0;
    private ProgressionMode progression;
    private String database;
    private boolean rateLimits = true;
    private WedataSettings wedata = WedataSettings.defaults();
    private final List<ActionOverride> overrides = new ArrayList<>();

    /** An embedder's own handler for one action, in place of tcemu's (or of UnsupportedOperation). */
    public record ActionOverride(String product, String version, String action, ActionHandler handler) {
    }

    public static EmulatorConfig defaults() {
        return new EmulatorConfig();
    }

    /** Both listeners on free ports: what tests embedding the emulator want. */
    public static EmulatorConfig ephemeral() {
        return new EmulatorConfig().port(0).httpsPort(0);
    }

    public EmulatorConfig host(String host) {
        this.host = host;
        return this;
    }

    public EmulatorConfig port(int port) {
        this.port = port;
        return this;
    }

    public EmulatorConfig httpsPort(int httpsPort) {
        this.httpsPort = httpsPort;
        return this;
    }

    public EmulatorConfig authMode(AuthMode authMode) {
        this.authMode = authMode;
        return this;
    }

    public EmulatorConfig accounts(Accounts accounts) {
        this.accounts = accounts;
        return this;
    }

    /** Serve this PEM certificate and key instead of a self-signed one made at start. */
    public EmulatorConfig tls(Path certFile, Path keyFile) {
        this.tlsCert = certFile;
        this.tlsKey = keyFile;
        return this;
    }

    /** Write the served certificate here as PEM, for clients to trust. */
    public EmulatorConfig tlsExport(Path file) {
        this.tlsExport = file;
        return this;
    }

    /** Emulator time runs this many times faster than the wall clock (signature expiry does not). */
    public EmulatorConfig timeScale(double timeScale) {
        if (!(timeScale > 0) || Double.isInfinite(timeScale)) {
            throw new IllegalArgumentException("the time scale must be a positive number, not " + timeScale);
        }
        this.timeScale = timeScale;
        return this;
    }

    /** How every operation progresses unless an admin call says otherwise; the lifecycle files' timing by default. */
    public EmulatorConfig progression(ProgressionMode progression) {
        this.progression = progression;
        return this;
    }

    /** An H2 JDBC URL to keep resources in (e.g. {@code jdbc:h2:file:./tcemu-data}); in memory by default. */
    public EmulatorConfig database(String jdbcUrl) {
        this.database = jdbcUrl;
        return this;
    }

    /** Whether the documented per-account request rate limits apply; off lets users load-test their own tools. */
    public EmulatorConfig rateLimits(boolean enforced) {
        this.rateLimits = enforced;
        return this;
    }

    public boolean rateLimits() {
        return rateLimits;
    }

    /** The resource groups WeData tasks may name and their sources' log retention. */
    public EmulatorConfig wedata(WedataSettings wedata) {
        this.wedata = Objects.requireNonNull(wedata, "wedata");
        return this;
    }

    public WedataSettings wedata() {
        return wedata;
    }

    /**
     * Answers one action with the given handler, after authentication, routing and validation
     * against the spec, as tcemu's own handlers are.
     */
    public EmulatorConfig override(String product, String version, String action, ActionHandler handler) {
        overrides.add(new ActionOverride(product, version, action, handler));
        return this;
    }

    public List<ActionOverride> overrides() {
        return List.copyOf(overrides);
    }

    public double timeScale() {
        return timeScale;
    }

    public Optional<ProgressionMode> progression() {
        return Optional.ofNullable(progression);
    }

    public String database() {
        return database;
    }

    public String host() {
        return host;
    }

    public int port() {
        return port;
    }

    public int httpsPort() {
        return httpsPort;
    }

    public AuthMode authMode() {
        return authMode;
    }

    public Accounts accounts() {
        return accounts;
    }

    public Path tlsCert() {
        return tlsCert;
    }

    public Path tlsKey() {
        return tlsKey;
    }

    public Path tlsExport() {
        return tlsExport;
    }
}
