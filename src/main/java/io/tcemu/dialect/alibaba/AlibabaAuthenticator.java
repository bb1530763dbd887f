package io.tcemu.dialect.alibaba;

import io.tcemu.api.Account;
import io.tcemu.auth.Accounts;
import io.tcemu.auth.AuthMode;
import io.tcemu.dialect.Authenticator;
import io.tcemu.dialect.Caller;
import io.tcemu.dialect.Crypto;
import io.tcemu.api.ApiError;
import io.tcemu.dialect.DecodedRequest;
import io.tcemu.dialect.FormDecoding;
import io.tcemu.dialect.HttpCall;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The authenticate stage for Alibaba: ACS3-HMAC-SHA256 (the SDK's default) and RPC HMAC-SHA1, in
 * the same strict, lenient and off modes as Tencent's. Strict also refuses a timestamp more than
 * 15 minutes off and a SignatureNonce used before, as Alibaba's gateway does.
 */
final class AlibabaAuthenticator implements Authenticator {
    static final Duration SKEW = Duration.ofMinutes(15);

    private final AuthMode mode;
    private final Accounts accounts;
    private final Supplier<Instant> wallClock;
    private final NonceRegistry nonces = new NonceRegistry();

    AlibabaAuthenticator(AuthMode mode, Accounts accounts, Supplier<Instant> wallClock) {
        this.mode = mode;
        this.accounts = accounts;
        this.wallClock = wallClock;
    }

    @Override
    public Caller authenticate(HttpCall call, DecodedRequest request) {
        String authorization = call.header("authorization");
        if (Acs3Authorization.appliesTo(authorization)) {
            return acs3(call, request, Acs3Authorization.parse(authorization));
        }
        if (request.flatParams().containsKey("Signature")) {
            return rpc(call, request);
        }
        if (mode == AuthMode.OFF) {
            String accessKeyId = request.flatParams().get("AccessKeyId");
            return new Caller(accessKeyId == null ? Accounts.ALIBABA_DEV : account(accessKeyId), null);
        }
        throw ApiError.of("IncompleteSignature", authorization == null || authorization.isBlank()
                ? "The request is not signed: send an Authorization header (ACS3-HMAC-SHA256) or a Signature "
                + "parameter (HMAC-SHA1), or start tcemu with --auth off."
                : "The Authorization header must start with `ACS3-HMAC-SHA256 `; no other algorithm is accepted.");
    }

    private Caller acs3(HttpCall call, DecodedRequest request, Acs3Authorization auth) {
        Account account = account(auth.accessKeyId());
        Caller caller = new Caller(account, null);
        if (!mode.verifies(account)) {
            return caller;
        }
        requireSignedAcsHeaders(call, auth);
        Instant timestamp = timestamp(request.timestamp(), "the x-acs-date header");
        checkToken(account, request.token());
        String canonical = Acs3Signature.canonicalRequest(call.method(), call.path(), FormDecoding.decode(call.rawQuery()),
                auth.signedHeaders(), call.headers(), Crypto.sha256Hex(call.body()));
        String stringToSign = Acs3Signature.stringToSign(canonical);
        if (!Crypto.same(Acs3Signature.signature(account.secretKey(), stringToSign), auth.signature())) {
            throw signatureMismatch("server canonical request is:\n" + canonical + "\nserver string to sign is:\n"
                    + stringToSign);
        }
        checkNonce(AlibabaDecoder.nonce(call, request), "the x-acs-signature-nonce header", account, timestamp);
        return caller;
    }

    /**
     * Every x-acs-* header sent must be signed, as Alibaba requires: otherwise a captured request
     * could be replayed with a fresh x-acs-date and x-acs-signature-nonce.
     */
    private static void requireSignedAcsHeaders(HttpCall call, Acs3Authorization auth) {
        call.headers().keySet().stream().filter(name -> name.startsWith("x-acs-"))
                .filter(name -> !auth.signedHeaders().contains(name)).sorted().findFirst()
                .ifPresent(name -> {
                    throw ApiError.of("IncompleteSignature", "The header " + name + " is sent but not signed; list every "
                            + "x-acs-* header the request carries in SignedHeaders.");
                });
    }

    private Caller rpc(HttpCall call, DecodedRequest request) {
        Map<String, String> params = new HashMap<>(request.flatParams());
        String signature = params.remove("Signature");
        String accessKeyId = params.get("AccessKeyId");
        if (accessKeyId == null || accessKeyId.isEmpty()) {
            throw missing("AccessKeyId", "the parameter AccessKeyId");
        }
        Account account = account(accessKeyId);
        Caller caller = new Caller(account, null);
        if (!mode.verifies(account)) {
            return caller;
        }
        if (!RpcSignature.METHOD.equals(params.get("SignatureMethod"))) {
            throw ApiError.of("InvalidSignatureMethod", "SignatureMethod must be " + RpcSignature.METHOD
                    + ", not `" + params.get("SignatureMethod") + "`.");
        }
        Instant timestamp = timestamp(request.timestamp(), "the parameter Timestamp");
        checkToken(account, request.token());
        String stringToSign = RpcSignature.stringToSign(call.method(), params);
        if (!Crypto.same(RpcSignature.signature(account.secretKey(), stringToSign), signature)) {
            throw signatureMismatch("server string to sign is:" + stringToSign);
        }
        checkNonce(AlibabaDecoder.nonce(call, request), "the parameter SignatureNonce", account, timestamp);
        return caller;
    }

    private Account account(String accessKeyId) {
        return accounts.resolve(accessKeyId, mode, () -> ApiError.of("InvalidAccessKeyId.NotFound",
                "Specified access key is not found: `" + Accounts.shown(accessKeyId) + "` is not configured in tcemu; use an "
                        + "AccessKeyId from the accounts file or the dev AccessKeyId " + Accounts.ALIBABA_DEV.secretId()
                        + ", or start with --auth lenient."));
    }

    /** Parses an ISO 8601 UTC time; strict mode also refuses one more than {@link #SKEW} off. */
    private Instant timestamp(String value, String where) {
        if (value == null || value.isEmpty()) {
            throw missing("Timestamp", where);
        }
        Instant timestamp;
        try {
            timestamp = Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw ApiError.of("InvalidTimeStamp.Format", "Specified timestamp `" + value + "` in " + where
                    + " is not well formatted; send UTC time as yyyy-MM-ddTHH:mm:ssZ.");
        }
        if (mode == AuthMode.STRICT) {
            Duration skew = Duration.between(wallClock.get(), timestamp).abs();
            if (skew.compareTo(SKEW) > 0) {
                throw ApiError.of("InvalidTimeStamp.Expired", "Specified time stamp or date value is expired: " + value
                        + " is " + skew.toSeconds() + " s off the server clock; at most " + SKEW.toMinutes()
                        + " minutes are allowed.");
            }
        }
        return timestamp;
    }

    private void checkToken(Account account, String token) {
        boolean sent = token != null && !token.isEmpty();
        if (account.token() == null ? sent : !account.token().equals(token)) {
            throw ApiError.of("InvalidSecurityToken.MismatchWithAccessKey", account.token() == null
                    ? "A security token was sent with the permanent AccessKey " + account.secretId()
                    + "; send one only with temporary credentials."
                    : "The security token does not match the temporary AccessKey " + account.secretId() + ".");
        }
    }

    /** Replays are refused in strict mode only: lenient and off accept a request twice, as they accept an old one. */
    private void checkNonce(String nonce, String where, Account account, Instant timestamp) {
        if (mode != AuthMode.STRICT) {
            return;
        }
        if (nonce == null || nonce.isEmpty()) {
            throw missing("SignatureNonce", where);
        }
        if (!nonces.firstUse(account.secretId() + "/" + nonce, timestamp.plus(SKEW), wallClock.get())) {
            throw ApiError.of("SignatureNonceUsed", "Specified signature nonce `" + nonce
                    + "` was used already; send a new random nonce with every request.");
        }
    }

    private static ApiError missing(String name, String where) {
        return ApiError.of("MissingParameter", "The request is missing " + name + ": send " + where + ".");
    }

    private static ApiError signatureMismatch(String detail) {
        return ApiError.of("SignatureDoesNotMatch",
                "Specified signature is not matched with our calculation. " + detail);
    }
}
