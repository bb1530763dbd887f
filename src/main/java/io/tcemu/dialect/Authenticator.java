package io.tcemu.dialect;

/** The authenticate stage: who sent the request, once its signature holds. */
@FunctionalInterface
public interface Authenticator {
    Caller authenticate(HttpCall call, DecodedRequest request);
}
