package io.tcemu.junit;

import io.tcemu.Emulator;
import io.tcemu.admin.ResourceInspector;
import io.tcemu.admin.ResourceView;
import io.tcemu.admin.StateDocument;
import io.tcemu.auth.Accounts;
import io.tcemu.gateway.ApiFaults;
import io.tcemu.journal.Journal;
import io.tcemu.lifecycle.EmulatorClock;
import io.tcemu.lifecycle.FaultRegistry;
import io.tcemu.lifecycle.ProgressionSettings;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A running tcemu as a test sees it: where to call it and with which credentials, and the controls
 * to steer and inspect it (clock, faults, progression, journal, resources, state). Every method
 * works in process, without HTTP.
 */
public class Tcemu {
    /** The region ready clients call. */
    public static final String REGION = "ap-guangzhou";

    private volatile Emulator emulator;
    /** Clients made for the emulator bound now, by type: an SDK client is costly to make. */
    private final Map<Class<?>, Object> clients = new ConcurrentHashMap<>();

    Tcemu() {
    }

    Tcemu(Emulator emulator) {
        this.emulator = emulator;
    }

    void bind(Emulator emulator) {
        clients.clear();
        this.emulator = emulator;
    }

    public Emulator emulator() {
        Emulator e = emulator;
        if (e == null) {
            throw new IllegalStateException("tcemu is not running: register TcemuExtension in a static field "
                    + "or annotate the class with @TcemuTest");
        }
        return e;
    }

    /** {@code 127.0.0.1:<port>} of the HTTP listener, as an SDK's endpoint setting takes it. */
    public String httpEndpoint() {
        return emulator().httpEndpoint();
    }

    public String httpsEndpoint() {
        return emulator().httpsEndpoint();
    }

    public String httpUrl() {
        return "http://" + httpEndpoint();
    }

    /** The SecretId of the account always configured. */
    public String secretId() {
        return Accounts.DEV.secretId();
    }

    public String secretKey() {
        return Accounts.DEV.secretKey();
    }

    /** The AccessKey id and secret Alibaba clients use. */
    public String alibabaAccessKeyId() {
        return Accounts.ALIBABA_DEV.secretId();
    }

    public String alibabaAccessKeySecret() {
        return Accounts.ALIBABA_DEV.secretKey();
    }

    public EmulatorClock clock() {
        return emulator().engine().clock();
    }

    /** Moves emulator time forward; due transitions settle on the next read. */
    public void advance(Duration duration) {
        clock().advance(duration);
    }

    /** Lifecycle faults: the next matching operation ends in its failure or error state. */
    public FaultRegistry faults() {
        return emulator().engine().faults();
    }

    /** API faults: errors and latency injected into calls. */
    public ApiFaults apiFaults() {
        return emulator().apiFaults();
    }

    public ProgressionSettings progressions() {
        return emulator().engine().progressions();
    }

    /** The calls made so far: find, count, verify. */
    public Journal requests() {
        return emulator().journal();
    }

    public ResourceInspector resources() {
        return emulator().resources();
    }

    /** One resource by id, as GET /_tcemu/resources/{id} shows it. */
    public Optional<ResourceView> resource(String id) {
        return resources().get(id);
    }

    public StateDocument state() {
        return emulator().state();
    }

    /** Forgets resources, faults, progression settings, rate-limit counts, the clock offset and the journal. */
    public void reset() {
        emulator().reset();
        requests().clear();
    }

    /**
     * A client of an official SDK pointed at this emulator over HTTP: any tencentcloud-sdk-java
     * client ({@code DtsClient}, {@code RedisClient}, …) in {@link #REGION} with the dev credential,
     * or Alibaba's tea-openapi {@code Client} (or a generated client such as BPStudio's) with the
     * Alibaba dev AccessKey. Made once per type and emulator; {@link #newClient} makes another.
     */
    public <T> T client(Class<T> type) {
        return type.cast(clients.computeIfAbsent(type, this::newClient));
    }

    /** A client of its own, as another user of the same account would have: see {@link #client}. */
    public <T> T newClient(Class<T> type) {
        if (SdkClients.tencent(type)) {
            return TencentClients.create(type, this);
        }
        if (SdkClients.alibaba(type)) {
            return AlibabaClients.create(type, this);
        }
        throw new IllegalArgumentException(type.getName() + " is not a client tcemu can make: neither a "
                + "tencentcloud-sdk-java client nor an Alibaba tea-openapi client");
    }
}
