package io.tcemu;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.tcemu.admin.AdminGuard;
import io.tcemu.admin.HealthHandler;
import io.tcemu.dialect.alibaba.AlibabaDialect;
import io.tcemu.auth.AuthMode;
import io.tcemu.api.ActionHandlers;
import io.tcemu.dialect.Dialect;
import io.tcemu.gateway.Gateway;
import io.tcemu.gateway.FlushAtEndOfTurn;
import io.tcemu.gateway.HttpEntry;
import io.tcemu.gateway.RateLimiter;
import io.tcemu.gateway.SlowClients;
import io.tcemu.dialect.tencent.TencentDialect;
import io.tcemu.spec.ApiSpecs;
import io.tcemu.spec.ParamValidator;
import io.tcemu.tls.TlsMaterial;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;

import io.tcemu.admin.AdminApi;
import io.tcemu.admin.CoverageApi;
import io.tcemu.admin.DashboardApi;
import io.tcemu.admin.StubsApi;
import io.tcemu.answer.Coverage;
import io.tcemu.answer.ModelAnswers;
import io.tcemu.answer.Stubs;
import io.tcemu.answer.UnsupportedMode;
import io.tcemu.admin.ResourceInspector;
import io.tcemu.admin.StateDocument;
import io.tcemu.gateway.ApiFaults;
import io.tcemu.journal.Journal;
import io.tcemu.lifecycle.EmulatorClock;
import io.tcemu.lifecycle.LifecycleCatalog;
import io.tcemu.lifecycle.LifecycleEngine;
import io.tcemu.lifecycle.ProgressionSetting;
import io.tcemu.product.ProductActions;
import io.tcemu.product.ProductModule;
import io.tcemu.product.bpstudio.BpStudioModule;
import io.tcemu.product.wedata.WedataModule;
import io.tcemu.product.dts.DtsModule;
import io.tcemu.product.redis.RedisModule;
import io.tcemu.store.ResourceStore;
import io.tcemu.store.StoreBackend;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/** A running emulator: both listeners bound. Embeddable: {@code try (var e = Emulator.start(config)) {…}}. */
public final class Emulator implements AutoCloseable {
    public static final String VERSION = versionOf(Emulator.class);

    private final Vertx vertx;
    private final HttpServer http;
    private final HttpServer https;
    private final EmulatorConfig config;
    private final ResourceStore store;
    private final LifecycleEngine engine;
    private final Gateway gateway;
    private final Controls controls;

    /** What tests steer and inspect besides the engine: API faults, the journal, resources, the state document. */
    private record Controls(ApiFaults apiFaults, Journal journal, ResourceInspector inspector, StateDocument state,
                            RateLimiter rateLimiter, Stubs stubs, ActionHandlers handlers) {
    }

    private Emulator(Vertx vertx, HttpServer http, HttpServer https, EmulatorConfig config, ResourceStore store,
                     LifecycleEngine engine, Gateway gateway, Controls controls) {
        this.vertx = vertx;
        this.http = http;
        this.https = https;
        this.config = config;
        this.store = store;
        this.engine = engine;
        this.gateway = gateway;
        this.controls = controls;
    }

    public static Emulator start(EmulatorConfig config) {
        ObjectMapper json = new ObjectMapper();
        List<String> addedSpecs = config.addedProducts().stream().map(EmulatorConfig.AddedProduct::specRoot).toList();
        // The specs, the certificate and the lifecycle catalog do not need each other and each takes
        // a few hundred milliseconds to build: side by side, they cost a start the longest of them.
        CompletableFuture<TlsMaterial> certificate = inBackground("certificate", () -> config.tlsCert() != null
                ? TlsMaterial.fromPem(config.tlsCert(), config.tlsKey()) : TlsMaterial.selfSigned());
        CompletableFuture<LifecycleCatalog> lifecycles = inBackground("lifecycles",
                () -> LifecycleCatalog.fromClasspath(addedSpecs));
        ApiSpecs specs = ApiSpecs.load(addedSpecs);
        TlsMaterial tls = joined(certificate);
        if (config.tlsExport() != null) {
            try {
                tls.exportCertificate(config.tlsExport());
            } catch (java.io.IOException e) {
                throw new IllegalArgumentException("cannot write the certificate to " + config.tlsExport() + ": " + e.getMessage(), e);
            }
        }
        LifecycleCatalog catalog = joined(lifecycles);
        List<ProductModule> products = products(config);
        products.forEach(product -> product.checkTerms(catalog));   // before anything opens that would need closing
        StoreBackend backend = StoreBackend.open(config.database(), config.databaseUser(), config.databasePassword());
        ResourceStore store = backend.resources();
        EmulatorClock clock = new EmulatorClock(Clock.systemUTC(), config.timeScale());
        if (backend.sharedByGateways()) {
            clock.share(backend.shared());
        }
        LifecycleEngine engine = new LifecycleEngine(catalog, store, clock, backend.shared());
        config.progression().ifPresent(mode -> engine.progressions().set(ProgressionSetting.global(mode)));
        ActionHandlers handlers = new ActionHandlers();
        products.forEach(product -> product.register(
                new ProductActions(handlers, product.product(), product.version()), engine));
        config.overrides().forEach(o -> handlers.override(o.product(), o.version(), o.action(), o.handler()));
        if (config.unsupported() == UnsupportedMode.EXAMPLE) {
            handlers.fallback(new ModelAnswers(specs));
        }
        Stubs stubs = new Stubs(specs, backend.shared());
        Dialect tencent = TencentDialect.create(json, specs, config.authMode(), config.accounts(), Instant::now,
                config.language());
        Dialect alibaba = AlibabaDialect.create(json, specs, config.authMode(), config.accounts(), Instant::now);
        // Tencent's dialect takes whatever reaches it, so Alibaba's is asked first
        List<Dialect> dialects = List.of(alibaba, tencent);
        RateLimiter rateLimiter = new RateLimiter(engine.clock()::now, config.rateLimits(), backend.calls());
        ApiFaults apiFaults = new ApiFaults(specs, backend.shared());
        Journal journal = new Journal(config.journalSize(), backend.journal().orElse(null));
        Gateway gateway = new Gateway(dialects, new ParamValidator(), handlers, rateLimiter, stubs,
                config.authMode() == AuthMode.STRICT, apiFaults, journal);
        Controls controls = new Controls(apiFaults, journal, new ResourceInspector(store, engine),
                new StateDocument(json, store, engine, apiFaults), rateLimiter, stubs, handlers);
        try {
            controls.state().load(config.init());
        } catch (RuntimeException e) {
            gateway.close();
            store.close();
            throw e;
        }

        Vertx vertx = Vertx.vertx();
        Router admin = Router.router(vertx);
        admin.route().handler(new AdminGuard(config.host(), config.corsOrigins(), config.adminToken()));
        admin.get("/_tcemu/health").handler(new HealthHandler(json, specs, VERSION, backend)::handle);
        AdminApi adminApi = new AdminApi(json, engine, rateLimiter, apiFaults, journal, controls.inspector(), controls.state());
        adminApi.mount(admin);
        new DashboardApi(adminApi, json, engine, controls.inspector(), gateway, specs, config.accounts()).mount(admin);
        new StubsApi(json, stubs).mount(admin);
        new CoverageApi(json, new Coverage(specs, handlers, stubs)).mount(admin);
        // With resources in memory and only tcemu's own handlers, nothing in the pipeline waits on a disk
        boolean blocking = config.database() != null || !config.overrides().isEmpty() || !config.addedProducts().isEmpty();
        HttpEntry entry = new HttpEntry(vertx, gateway,
                dialects.stream().mapToInt(d -> d.spec().maxBodyBytes()).max().orElseThrow(), blocking);
        SlowClients slowClients = new SlowClients(vertx, config.requestTimeout());
        Handler<HttpServerRequest> dispatch = request -> {
            slowClients.requestArrived(request);
            if (request.path() != null && request.path().startsWith("/_tcemu/")) {
                admin.handle(request);
            } else {
                entry.handle(request);
            }
        };
        try {
            HttpServer http = listen(vertx, options(config), config.port(), dispatch, slowClients);
            HttpServer https = listen(vertx, options(config).setSsl(true).setKeyCertOptions(tls.keyCertOptions()),
                    config.httpsPort(), dispatch, slowClients);
            return new Emulator(vertx, http, https, config, store, engine, gateway, controls);
        } catch (RuntimeException e) {
            vertx.close().await();
            gateway.close();
            store.close();
            throw e;
        }
    }

    /** Builds something on a thread of its own, started now. */
    private static <T> CompletableFuture<T> inBackground(String what, Supplier<T> build) {
        return CompletableFuture.supplyAsync(build, task -> {
            Thread thread = new Thread(task, "tcemu-start-" + what);
            thread.setDaemon(true);
            thread.start();
        });
    }

    /** What a background build made, or the exception it threw, as if it had run on this thread. */
    private static <T> T joined(CompletableFuture<T> building) {
        try {
            return building.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    /** Every emulated product; each registers its own actions. */
    private static List<ProductModule> products(EmulatorConfig config) {
        List<ProductModule> products = new ArrayList<>(List.of(new DtsModule(), new BpStudioModule(),
                new WedataModule(config.wedata()), new RedisModule()));
        config.addedProducts().forEach(added -> products.add(added.module()));
        return products;
    }

    private static HttpServerOptions options(EmulatorConfig config) {
        // Long initial lines and headers reach the pipeline, which answers RequestSizeLimitExceeded
        // itself instead of Netty's bare 414/431. An idle connection is closed after the request timeout.
        return new HttpServerOptions().setHost(config.host())
                .setMaxInitialLineLength(1024 * 1024).setMaxHeaderSize(256 * 1024)
                .setIdleTimeout((int) config.requestTimeout().toMillis()).setIdleTimeoutUnit(TimeUnit.MILLISECONDS);
    }

    /**
     * One server per core on the same port, each in its own verticle on its own event loop, among
     * which Vert.x spreads connections. Port 0 takes a free port, which instances cannot share, so
     * there (embedded, in tests) a single server answers.
     */
    private static HttpServer listen(Vertx vertx, HttpServerOptions options, int port, Handler<HttpServerRequest> handler,
                                     SlowClients slowClients) {
        options.setPort(port);
        int instances = port == 0 ? 1 : Runtime.getRuntime().availableProcessors();
        AtomicReference<HttpServer> server = new AtomicReference<>();
        try {
            vertx.deployVerticle(() -> new VerticleBase() {
                @Override
                public Future<?> start() {
                    return vertx.createHttpServer(options).requestHandler(handler)
                            .connectionHandler(connection -> {
                                FlushAtEndOfTurn.install(connection);
                                slowClients.connected(connection);
                            }).listen().onSuccess(server::set);
                }
            }, new DeploymentOptions().setInstances(instances)).await();
            return server.get();
        } catch (Exception e) {
            throw new IllegalStateException("cannot listen on " + options.getHost() + ":" + options.getPort()
                    + (options.isSsl() ? " (https)" : " (http)") + ": " + e.getMessage(), e);
        }
    }

    public int httpPort() {
        return http.actualPort();
    }

    public int httpsPort() {
        return https.actualPort();
    }

    public String host() {
        return config.host();
    }

    public String httpEndpoint() {
        return host() + ":" + httpPort();
    }

    public String httpsEndpoint() {
        return host() + ":" + httpsPort();
    }

    /** Where a browser opens the dashboard. */
    public String dashboardUrl() {
        return "http://" + httpEndpoint() + DashboardApi.PATH;
    }

    /** The engine behind the emulated products: embedders steer clock, progression and faults through it. */
    /** Whether this emulator answers the action itself, rather than with UnsupportedOperation. */
    public boolean emulates(String product, String version, String action) {
        return controls.handlers().find(product, version, action).isPresent();
    }

    public LifecycleEngine engine() {
        return engine;
    }

    /** API faults: errors and latency injected into calls of an action. */
    public ApiFaults apiFaults() {
        return controls.apiFaults();
    }

    /** The last calls, to find, count and verify. */
    public Journal journal() {
        return controls.journal();
    }

    /** The stored resources, their states, operations in flight and history. */
    public ResourceInspector resources() {
        return controls.inspector();
    }

    /** The whole state as one document, to export and load. */
    public StateDocument state() {
        return controls.state();
    }

    /** Forgets resources, faults, progression settings, rate-limit counts and the clock offset, as POST /_tcemu/reset. */
    public void reset() {
        engine.reset();
        controls.rateLimiter().clear();
        controls.apiFaults().clear();
        controls.stubs().clear();
    }

    /**
     * Saves the state where {@link EmulatorConfig#saveOnExit} says, then stops the listeners, so no request
     * runs against a closed store; keeps the clock; closes the store last.
     */
    @Override
    public void close() {
        try {
            if (config.saveOnExit() != null) {
                controls.state().save(config.saveOnExit());
            }
        } finally {
            vertx.close().await();
            gateway.close();
            try {
                engine.saveClock();
            } finally {
                store.close();
            }
        }
    }

    private static String versionOf(Class<?> type) {
        String version = type.getPackage().getImplementationVersion();
        return version == null ? "dev" : version;
    }
}
