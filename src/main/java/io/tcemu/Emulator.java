package io.tcemu;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.tcemu.admin.HealthHandler;
import io.tcemu.dialect.alibaba.AlibabaDialect;
import io.tcemu.auth.AuthMode;
import io.tcemu.api.ActionHandlers;
import io.tcemu.dialect.Dialect;
import io.tcemu.gateway.Gateway;
import io.tcemu.gateway.HttpEntry;
import io.tcemu.gateway.RateLimiter;
import io.tcemu.dialect.tencent.TencentDialect;
import io.tcemu.spec.ApiSpecs;
import io.tcemu.spec.ParamValidator;
import io.tcemu.tls.TlsMaterial;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.VerticleBase;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;

import io.tcemu.admin.AdminApi;
import io.tcemu.lifecycle.EmulatorClock;
import io.tcemu.lifecycle.LifecycleCatalog;
import io.tcemu.lifecycle.LifecycleEngine;
import io.tcemu.lifecycle.ProgressionSetting;
import io.tcemu.product.ProductModule;
import io.tcemu.product.bpstudio.BpStudioModule;
import io.tcemu.product.wedata.WedataModule;
import io.tcemu.product.dts.DtsModule;
import io.tcemu.product.redis.RedisModule;
import io.tcemu.store.IndexedResourceStore;
import io.tcemu.store.JdbcResourceStore;
import io.tcemu.store.ResourceStore;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/** A running emulator: both listeners bound. Embeddable: {@code try (var e = Emulator.start(config)) {…}}. */
public final class Emulator implements AutoCloseable {
    /** Every emulated product; each registers its own actions. */
    private static final List<ProductModule> PRODUCTS = List.of(new DtsModule(), new BpStudioModule(),
            new WedataModule(), new RedisModule());
    public static final String VERSION = versionOf(Emulator.class);

    private final Vertx vertx;
    private final HttpServer http;
    private final HttpServer https;
    private final EmulatorConfig config;
    private final ResourceStore store;
    private final LifecycleEngine engine;

    private Emulator(Vertx vertx, HttpServer http, HttpServer https, EmulatorConfig config, ResourceStore store,
                     LifecycleEngine engine) {
        this.vertx = vertx;
        this.http = http;
        this.https = https;
        this.config = config;
        this.store = store;
        this.engine = engine;
    }

    public static Emulator start(EmulatorConfig config) {
        ObjectMapper json = new ObjectMapper();
        ApiSpecs specs = ApiSpecs.load();
        TlsMaterial tls = config.tlsCert() != null
                ? TlsMaterial.fromPem(config.tlsCert(), config.tlsKey()) : TlsMaterial.selfSigned();
        if (config.tlsExport() != null) {
            try {
                tls.exportCertificate(config.tlsExport());
            } catch (java.io.IOException e) {
                throw new IllegalArgumentException("cannot write the certificate to " + config.tlsExport() + ": " + e.getMessage(), e);
            }
        }
        ResourceStore store = config.database() == null
                ? IndexedResourceStore.inMemory() : IndexedResourceStore.over(JdbcResourceStore.h2(config.database()));
        LifecycleEngine engine = new LifecycleEngine(LifecycleCatalog.fromClasspath(), store,
                new EmulatorClock(Clock.systemUTC(), config.timeScale()));
        config.progression().ifPresent(mode -> engine.progressions().set(ProgressionSetting.global(mode)));
        ActionHandlers handlers = new ActionHandlers();
        PRODUCTS.forEach(product -> product.register(handlers, engine, config));
        config.overrides().forEach(o -> handlers.override(o.product(), o.version(), o.action(), o.handler()));
        Dialect tencent = TencentDialect.create(json, specs, config.authMode(), config.accounts(), Instant::now);
        Dialect alibaba = AlibabaDialect.create(json, specs, config.authMode(), config.accounts(), Instant::now);
        // Tencent's dialect takes whatever reaches it, so Alibaba's is asked first
        List<Dialect> dialects = List.of(alibaba, tencent);
        RateLimiter rateLimiter = new RateLimiter(engine.clock()::now, config.rateLimits());
        Gateway gateway = new Gateway(dialects, new ParamValidator(), handlers, rateLimiter,
                config.authMode() == AuthMode.STRICT);

        Vertx vertx = Vertx.vertx();
        Router admin = Router.router(vertx);
        admin.get("/_tcemu/health").handler(new HealthHandler(json, specs, VERSION)::handle);
        new AdminApi(json, engine, rateLimiter).mount(admin);
        HttpEntry entry = new HttpEntry(vertx, gateway,
                dialects.stream().mapToInt(d -> d.spec().maxBodyBytes()).max().orElseThrow(),
                config.database() != null || !config.overrides().isEmpty());
        Handler<HttpServerRequest> dispatch = request -> {
            if (request.path() != null && request.path().startsWith("/_tcemu/")) {
                admin.handle(request);
            } else {
                entry.handle(request);
            }
        };
        try {
            HttpServer http = listen(vertx, options(config.host(), config.port()), dispatch);
            HttpServer https = listen(vertx, options(config.host(), config.httpsPort())
                    .setSsl(true).setKeyCertOptions(tls.keyCertOptions()), dispatch);
            return new Emulator(vertx, http, https, config, store, engine);
        } catch (RuntimeException e) {
            vertx.close().await();
            store.close();
            throw e;
        }
    }

    private static HttpServerOptions options(String host, int port) {
        // Long initial lines and headers reach the pipeline, which answers RequestSizeLimitExceeded
        // itself instead of Netty's bare 414/431.
        return new HttpServerOptions().setHost(host).setPort(port)
                .setMaxInitialLineLength(1024 * 1024).setMaxHeaderSize(256 * 1024);
    }

    /**
     * One server per core on the same port, each in its own verticle on its own event loop, among
     * which Vert.x spreads connections. Port 0 takes a free port, which instances cannot share, so
     * there (embedded, in tests) a single server answers.
     */
    private static HttpServer listen(Vertx vertx, HttpServerOptions options, Handler<HttpServerRequest> handler) {
        int instances = options.getPort() == 0 ? 1 : Runtime.getRuntime().availableProcessors();
        AtomicReference<HttpServer> server = new AtomicReference<>();
        try {
            vertx.deployVerticle(() -> new VerticleBase() {
                @Override
                public Future<?> start() {
                    return vertx.createHttpServer(options).requestHandler(handler).listen().onSuccess(server::set);
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

    /** The engine behind the emulated products: embedders steer clock, progression and faults through it. */
    public LifecycleEngine engine() {
        return engine;
    }

    @Override
    public void close() {
        vertx.close().await();
        store.close();
    }

    private static String versionOf(Class<?> type) {
        String version = type.getPackage().getImplementationVersion();
        return version == null ? "dev" : version;
    }
}
