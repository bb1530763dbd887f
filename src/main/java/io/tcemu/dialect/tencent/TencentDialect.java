package io.tcemu.dialect.tencent;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.tcemu.api.Language;
import io.tcemu.auth.Accounts;
import io.tcemu.auth.AuthMode;
import io.tcemu.dialect.Dialect;
import io.tcemu.spec.ApiSpecs;
import io.tcemu.spec.DialectSpec;

import java.time.Instant;
import java.util.function.Supplier;

/**
 * Tencent Cloud API 3.0: X-TC-* headers or v1 common parameters, TC3 or v1 signatures, HTTP 200
 * always. It takes whatever reaches it, so it is asked last.
 */
public final class TencentDialect {
    private TencentDialect() {
    }

    /** @param language the language of messages when a request names none */
    public static Dialect create(ObjectMapper json, ApiSpecs specs, AuthMode mode, Accounts accounts,
                                 Supplier<Instant> wallClock, Language language) {
        DialectSpec spec = specs.dialect("tencent");
        return new Dialect(spec, call -> true, new TencentDecoder(json, spec, language),
                new TencentAuthenticator(mode, accounts, spec.products(), wallClock),
                new TencentRouter(specs, spec.products()), new TencentEnvelope(json, language));
    }
}
