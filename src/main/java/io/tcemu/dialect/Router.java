package io.tcemu.dialect;

/** The route stage: the product and version whose spec defines the request's action. */
@FunctionalInterface
public interface Router {
    Route route(DecodedRequest request, HttpCall call, Caller caller);
}
