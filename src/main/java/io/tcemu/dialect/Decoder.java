package io.tcemu.dialect;

/** The decode stage: the request's common parameters apart from its business parameters. */
@FunctionalInterface
public interface Decoder {
    DecodedRequest decode(HttpCall call);
}
