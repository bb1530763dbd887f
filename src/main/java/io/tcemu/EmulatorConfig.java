package io.tcemu;

import io.tcemu.api.Language;

import io.tcemu.auth.Accounts;
import io.tcemu.auth.AuthMode;

import io.tcemu.answer.UnsupportedMode;
import io.tcemu.api.ActionHandler;
import io.tcemu.journal.Journal;
import io.tcemu.lifecycle.ProgressionMode;
import io.tcemu.product.ProductModule;
import io.tcemu.product.wedata.WedataSettings;

import java.nio.file.Path;
import java.time.Duration;
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
    private String databaseUser;
    private String databasePassword;
    private boolean rateLimits = true;
    private WedataSettings wedata = WedataSettings.defaults();
    private UnsupportedMode unsupported = UnsupportedMode.EXAMPLE;
    private String adminToken;
    private List<String> corsOrigins = List.of();
    private Duration requestTimeout = Duration.ofSeconds(30);
    private Language language = Language.ZH_CN;
    private final List<ActionOverride> overrides = new ArrayList<>();
    private final List<AddedProduct> addedProducts = new ArrayList<>();
    private int journalSize = Journal.DEFAULT_CAPACITY;
    private final List<Path> init = new ArrayList<>();
    private Path saveOnExit;

    /** An embedder's own handler for one action, in place of tcemu's (or of its example answer). */
    public record ActionOverride(String product, String version, String action, ActionHandler handler) {
    }

    /**
     * A product emulated beside the built-in ones.
     *
     * @param specRoot a classpath folder laid out like api-specs/: index.json, lifecycles.json and one
     *                 folder per version with actions.json, errors.json and the lifecycle files
     */
    public record AddedProduct(ProductModule module, String specRoot) {
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

    /**
     * The language of messages when a request names none. Chinese by default, as the real APIs answer
     * the Java and Node SDKs, which send no Language unless told to.
     */
    public EmulatorConfig language(Language language) {
        this.language = Objects.requireNonNull(language, "language");
        return this;
    }

    public Language language() {
        return language;
    }

    /** An H2 JDBC URL to keep resources in (e.g. {@code jdbc:h2:file:./tcemu-data}); in memory by default. */
    public EmulatorConfig database(String jdbcUrl) {
        this.database = jdbcUrl;
        return this;
    }

    /** A token every /_tcemu/* call must send as {@code Authorization: Bearer <token>}; none by default. */
    public EmulatorConfig adminToken(String token) {
        this.adminToken = token;
        return this;
    }

    public String adminToken() {
        return adminToken;
    }

    /** Origins (scheme://host[:port]) whose web pages may call the admin API; none by default. */
    public EmulatorConfig corsOrigins(List<String> origins) {
        this.corsOrigins = List.copyOf(origins);
        return this;
    }

    public List<String> corsOrigins() {
        return corsOrigins;
    }

    /** How long a client may take to send a whole request (and how long a connection may idle) before it is closed. */
    public EmulatorConfig requestTimeout(Duration timeout) {
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("the request timeout must be positive, not " + timeout);
        }
        this.requestTimeout = timeout;
        return this;
    }

    public Duration requestTimeout() {
        return requestTimeout;
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
     * What a spec action tcemu does not emulate answers: its documented example or a synthesized answer
     * (the default), or UnsupportedOperation.
     */
    public EmulatorConfig unsupported(UnsupportedMode unsupported) {
        this.unsupported = Objects.requireNonNull(unsupported, "unsupported");
        return this;
    }

    public UnsupportedMode unsupported() {
        return unsupported;
    }

    /**
     * Answers one action with the given handler, after authentication, routing and validation
     * against the spec, as tcemu's own handlers are.
     */
    public EmulatorConfig override(String product, String version, String action, ActionHandler handler) {
        overrides.add(new ActionOverride(product, version, action, handler));
        return this;
    }

    /** How many calls the request journal keeps (the oldest make room); 0 keeps none. */
    public EmulatorConfig journalSize(int journalSize) {
        if (journalSize < 0) {
            throw new IllegalArgumentException("the journal size must be 0 or more, not " + journalSize);
        }
        this.journalSize = journalSize;
        return this;
    }

    public int journalSize() {
        return journalSize;
    }

    /** State documents (files, or directories of *.json files read in name order) loaded at start. */
    public EmulatorConfig init(Path fileOrDirectory) {
        init.add(Objects.requireNonNull(fileOrDirectory, "init"));
        return this;
    }

    public List<Path> init() {
        return List.copyOf(init);
    }

    /** Where the state is saved as a document when the emulator stops; nowhere by default. */
    public EmulatorConfig saveOnExit(Path file) {
        this.saveOnExit = file;
        return this;
    }

    public Path saveOnExit() {
        return saveOnExit;
    }

    public List<ActionOverride> overrides() {
        return List.copyOf(overrides);
    }

    /** Emulates one more product: its module's actions, answered from the specs and lifecycles under {@code specRoot}. */
    public EmulatorConfig addProduct(ProductModule module, String specRoot) {
        addedProducts.add(new AddedProduct(module, specRoot.endsWith("/") ? specRoot : specRoot + "/"));
        return this;
    }

    public List<AddedProduct> addedProducts() {
        return List.copyOf(addedProducts);
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

    /** The user and password of a PostgreSQL database ({@code --db-user}, {@code --db-password}); null: the driver's defaults. */
    public EmulatorConfig databaseCredentials(String user, String password) {
        this.databaseUser = user;
        this.databasePassword = password;
        return this;
    }

    public String databaseUser() {
        return databaseUser;
    }

    public String databasePassword() {
        return databasePassword;
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
