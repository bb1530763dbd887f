package io.tcemu.dialect;

import io.tcemu.spec.DialectSpec;

/**
 * One cloud's wire conventions as the stage objects the gateway runs in order: recognise, decode,
 * authenticate, route and envelope. Validation and handlers behind them are shared by every dialect.
 *
 * @param spec the products this dialect routes and its request size limits, from api-specs/index.json
 */
public record Dialect(DialectSpec spec, Recognizer recognizer, Decoder decoder, Authenticator authenticator,
                      Router router, Envelope envelope) {
}
