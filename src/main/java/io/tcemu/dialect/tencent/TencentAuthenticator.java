package io.tcemu.dialect.tencent;

import io.tcemu.auth.Accounts;
import io.tcemu.auth.AuthMode;

import io.tcemu.api.Account;
import io.tcemu.dialect.Authenticator;
import io.tcemu.dialect.Caller;
import io.tcemu.dialect.Crypto;

import io.tcemu.api.ApiError;
import io.tcemu.dialect.DecodedRequest;
import io.tcemu.dialect.HttpCall;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/** The authenticate stage: TC3-HMAC-SHA256 and legacy HmacSHA1/HmacSHA256, in strict, lenient or off mode. */
public final class TencentAuthenticator implements Authenticator {
    private static final int MAX_TIMESTAMP_DIGITS = 12;
    static final long SKEW_SECONDS = 300;
    private static final String UNSIGNED_PAYLOAD = "UNSIGNED-PAYLOAD";
    private static final String UNSIGNED_PAYLOAD_HASH = Crypto.sha256Hex(UNSIGNED_PAYLOAD);

    private final AuthMode mode;
    private final Accounts accounts;
    private final Collection<String> products;
    private final Supplier<Instant> wallClock;
    private final UtcDates utcDates = new UtcDates();

    /** @param products product names, whose official host names a client may have signed */
    public TencentAuthenticator(AuthMode mode, Accounts accounts, Collection<String> products, Supplier<Instant> wallClock) {
        this.mode = mode;
        this.accounts = accounts;
        this.products = products;
        this.wallClock = wallClock;
    }

    @Override
    public Caller authenticate(HttpCall call, DecodedRequest request) {
        String authorization = call.header("authorization");
        if (Tc3Authorization.appliesTo(authorization)) {
            return tc3(call, request, Tc3Authorization.parse(authorization));
        }
        if (request.flatParams().containsKey("Signature")) {
            return legacy(call, request);
        }
        if (mode == AuthMode.OFF) {
            String secretId = unsignedSecretId(request);
            return new Caller(secretId == null ? Accounts.DEV : account(secretId), null);
        }
        if (authorization != null && !authorization.isBlank()) {
            throw ApiError.of("AuthFailure.InvalidAuthorization",
                    "The Authorization header must start with `TC3-HMAC-SHA256 `.",
                    "Authorization 请求头必须以 `TC3-HMAC-SHA256 ` 开头。");
        }
        throw ApiError.of("AuthFailure.InvalidAuthorization",
                "The request is not signed: send an Authorization header (TC3-HMAC-SHA256) or a Signature "
                        + "parameter (HmacSHA1/HmacSHA256), or start tcemu with --auth off.",
                "请求未签名：请发送 Authorization 请求头（TC3-HMAC-SHA256）或 Signature 参数（HmacSHA1/HmacSHA256）。");
    }

    /** Unsigned, a request names its account by a SecretId parameter: in the query, a form body or a JSON body. */
    private static String unsignedSecretId(DecodedRequest request) {
        String secretId = request.flatParams().get("SecretId");
        if (secretId == null && request.params().path("SecretId").isTextual()) {
            secretId = request.params().get("SecretId").asText();
        }
        return secretId;
    }

    private Caller tc3(HttpCall call, DecodedRequest request, Tc3Authorization auth) {
        Account account = account(auth.secretId());
        Caller caller = new Caller(account, auth.service());
        if (!mode.verifies(account)) {
            return caller;
        }
        String timestamp = checkTimestamp(request.timestamp(), "X-TC-Timestamp");
        checkToken(account, request.token());
        String expectedDate = utcDates.of(Long.parseLong(timestamp));
        if (!auth.date().equals(expectedDate)) {
            throw signatureFailure(" The credential scope's date " + auth.date()
                    + " must be the UTC date of X-TC-Timestamp, " + expectedDate + ".");
        }
        String canonicalQuery = call.method().equals("GET") ? call.rawQuery() : "";
        String payload = UNSIGNED_PAYLOAD.equals(call.header("x-tc-content-sha256"))
                ? UNSIGNED_PAYLOAD_HASH : Crypto.sha256Hex(call.body());
        String scope = auth.credentialScope();
        UnaryOperator<String> canonicalFor = host -> Tc3Signature.canonicalRequest(call.method(), canonicalQuery,
                auth.signedHeaders(), headerValuesWithHost(call, host), payload);
        Predicate<String> signedFor = host -> Crypto.same(Tc3Signature.signature(account.secretKey(), auth.date(),
                auth.service(), Tc3Signature.stringToSign(timestamp, scope, canonicalFor.apply(host))), auth.signature());
        if (signedForAnyHost(call.host(), List.of(auth.service()), request.region(), signedFor)) {
            return caller;
        }
        String canonical = canonicalFor.apply(call.host());
        throw signatureFailure(" Canonical request computed by tcemu (host as sent):\n" + canonical
                + "\nString to sign:\n" + Tc3Signature.stringToSign(timestamp, scope, canonical));
    }

    private Caller legacy(HttpCall call, DecodedRequest request) {
        Map<String, String> params = new HashMap<>(request.flatParams());
        String signature = params.remove("Signature");
        String secretId = params.get("SecretId");
        if (secretId == null || secretId.isEmpty()) {
            throw ApiError.of("MissingParameter", "A request signed with a Signature parameter needs a SecretId parameter.",
                    "使用 Signature 参数签名的请求缺少 SecretId 参数。");
        }
        Account account = account(secretId);
        Caller caller = new Caller(account, null);
        if (!mode.verifies(account)) {
            return caller;
        }
        checkTimestamp(request.timestamp(), "Timestamp");
        if (params.get("Nonce") == null) {
            throw ApiError.of("MissingParameter", "A request signed with a Signature parameter needs a Nonce parameter.",
                    "使用 Signature 参数签名的请求缺少 Nonce 参数。");
        }
        checkToken(account, request.token());
        UnaryOperator<String> stringToSignFor = host -> LegacySignature.stringToSign(call.method(), host, call.path(), params);
        Predicate<String> signedFor = host -> Crypto.same(LegacySignature.signature(params.get("SignatureMethod"),
                account.secretKey(), stringToSignFor.apply(host)), signature);
        if (signedForAnyHost(call.host(), products, request.region(), signedFor)) {
            return caller;
        }
        throw signatureFailure(" String to sign computed by tcemu (host as sent):\n" + stringToSignFor.apply(call.host()));
    }

    private Account account(String secretId) {
        if (secretId.length() > Accounts.MAX_SECRET_ID_LENGTH) {
            throw ApiError.of("AuthFailure.InvalidSecretId",
                    "SecretId `" + Accounts.shown(secretId) + "` is not a valid key id: it has at most "
                            + Accounts.MAX_SECRET_ID_LENGTH + " characters.",
                    "SecretId `" + Accounts.shown(secretId) + "` 无效：最长 " + Accounts.MAX_SECRET_ID_LENGTH + " 个字符。");
        }
        return accounts.resolve(secretId, mode, () -> ApiError.of("AuthFailure.SecretIdNotFound",
                "SecretId `" + Accounts.shown(secretId) + "` is not configured in tcemu; use a SecretId from the accounts "
                        + "file or the dev SecretId " + Accounts.DEV.secretId() + ", or start with --auth lenient.",
                "SecretId `" + Accounts.shown(secretId) + "` 不存在；请使用已配置的 SecretId。"));
    }

    private String checkTimestamp(String timestamp, String name) {
        if (timestamp == null || timestamp.isEmpty() || timestamp.length() > MAX_TIMESTAMP_DIGITS
                || !AsciiDigits.in(timestamp, 0, timestamp.length())) {
            throw ApiError.of(timestamp == null ? "MissingParameter" : "InvalidParameter",
                    (timestamp == null ? "Missing " : "Invalid ") + name + ": send the current Unix time in seconds.",
                    (timestamp == null ? "缺少 " : "无效的 ") + name + "：请发送当前 Unix 时间戳（秒）。");
        }
        if (mode == AuthMode.STRICT) {
            long skew = Long.parseLong(timestamp) - wallClock.get().getEpochSecond();
            if (Math.abs(skew) > SKEW_SECONDS) {
                throw ApiError.of("AuthFailure.SignatureExpire",
                        "Signature expired: " + name + " " + timestamp + " is " + Math.abs(skew) + " s "
                                + (skew < 0 ? "behind" : "ahead of") + " the server clock; at most "
                                + SKEW_SECONDS + " s is allowed.",
                        "签名过期：时间戳与服务器时间相差 " + Math.abs(skew) + " 秒，超过 " + SKEW_SECONDS + " 秒。");
            }
        }
        return timestamp;
    }

    private void checkToken(Account account, String token) {
        boolean sent = token != null && !token.isEmpty();
        if (account.token() == null ? sent : !account.token().equals(token)) {
            throw ApiError.of("AuthFailure.TokenFailure",
                    account.token() == null
                            ? "A Token was sent with the permanent key " + account.secretId() + "; send a Token only with temporary credentials."
                            : "The Token does not match the temporary credential " + account.secretId() + ".",
                    "Token 错误。");
        }
    }

    /**
     * Whether the client signed one of the hosts it may have. Most sign the host as sent, so it is
     * tried before the other candidates are even named.
     */
    private static boolean signedForAnyHost(String host, Collection<String> services, String region,
                                            Predicate<String> signedFor) {
        return signedFor.test(host) || hostCandidates(host, services, region).stream().skip(1).anyMatch(signedFor);
    }

    /** The request's header values by lower-case name, with a host the client may have signed in place of the one sent. */
    private static UnaryOperator<String> headerValuesWithHost(HttpCall call, String host) {
        return name -> name.equals("host") ? host : call.headers().getOrDefault(name, "");
    }

    /** The hosts a client may have signed: as sent (first), without its port, and the official names. */
    private static Set<String> hostCandidates(String host, Collection<String> services, String region) {
        Set<String> candidates = new LinkedHashSet<>();
        candidates.add(host);
        int colon = host.lastIndexOf(':');
        if (colon > 0 && !host.endsWith("]")) {
            candidates.add(host.substring(0, colon));
        }
        for (String service : services) {
            candidates.add(service + ".tencentcloudapi.com");
            if (region != null && !region.isEmpty()) {
                candidates.add(service + "." + region + ".tencentcloudapi.com");
            }
        }
        return candidates;
    }

    private static ApiError signatureFailure(String detail) {
        return ApiError.of("AuthFailure.SignatureFailure",
                "The provided credentials could not be validated. Please check your signature is correct." + detail,
                "请求签名验证失败，请检查您的签名计算是否正确。" + detail);
    }
}
