package io.tcemu.dialect.alibaba;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.tcemu.auth.Accounts;
import io.tcemu.auth.AuthMode;
import io.tcemu.dialect.Dialect;
import io.tcemu.spec.ApiSpecs;
import io.tcemu.spec.DialectSpec;

import java.time.Instant;
import java.util.function.Supplier;

/**
 * Alibaba Cloud's POP API: x-acs-* headers or RPC common parameters, ACS3-HMAC-SHA256 or RPC
 * HMAC-SHA1 signatures, and errors answered with a 4xx or 5xx status, since Alibaba's SDKs raise
 * on nothing else.
 */
public final class AlibabaDialect {
    private AlibabaDialect() {
    }

    public static Dialect create(ObjectMapper json, ApiSpecs specs, AuthMode mode, Accounts accounts,
                                 Supplier<Instant> wallClock) {
        DialectSpec spec = specs.dialect("alibaba");
        return new Dialect(spec, AlibabaRecognizer::recognizes, AlibabaDecoder::decode,
                new AlibabaAuthenticator(mode, accounts, wallClock), new AlibabaRouter(specs, spec.products()),
                new AlibabaEnvelope(json));
    }
}
