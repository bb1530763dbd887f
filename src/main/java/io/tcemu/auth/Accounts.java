package io.tcemu.auth;

import io.tcemu.api.Account;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tcemu.api.ApiError;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The configured accounts, by SecretId (Tencent) or AccessKeyId (Alibaba): one registry serves both
 * clouds, so an accounts file entry works with either. The two well-known dev accounts are always
 * present.
 */
public final class Accounts {
    /** The longest key id kept: real ones are 36 (Tencent) or 24 (Alibaba) characters; an account id is stored in 64. */
    public static final int MAX_SECRET_ID_LENGTH = 64;

    /** A key id as an error message shows it: cut short, since a client can send kilobytes. */
    public static String shown(String secretId) {
        return secretId.length() <= MAX_SECRET_ID_LENGTH ? secretId
                : secretId.substring(0, 24) + "… (" + secretId.length() + " characters)";
    }

    public static final Account DEV = new Account("100000000001",
            "AKIDLOCALDEV000000000000000000000000", "localdevsecretkey000000000000000", null);
    /** Alibaba Cloud's dev AccessKey; its own account, as an Alibaba account is not a Tencent one. */
    public static final Account ALIBABA_DEV = new Account("1000000000000001",
            "LTAIlocaldev000000000000", "localdevsecret0000000000000000", null);

    private final Map<String, Account> bySecretId = new LinkedHashMap<>();

    private Accounts() {
        add(DEV);
        add(ALIBABA_DEV);
    }

    public static Accounts devOnly() {
        return new Accounts();
    }

    /**
     * Reads a JSON array of {@code {"secretId", "secretKey", "account"?, "token"?}}; the account id
     * defaults to the SecretId, so two keys can share one account by naming it.
     */
    public static Accounts fromFile(Path file) {
        Accounts accounts = new Accounts();
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read accounts file " + file + ": " + e.getMessage(), e);
        }
        if (root == null || !root.isArray()) {
            throw new IllegalArgumentException("accounts file " + file + " must hold a JSON array of "
                    + "{\"secretId\",\"secretKey\",\"account\",\"token\"} objects");
        }
        for (JsonNode entry : root) {
            String secretId = text(entry, "secretId", file);
            String secretKey = text(entry, "secretKey", file);
            String id = entry.path("account").asText(secretId);
            String token = entry.hasNonNull("token") ? entry.get("token").asText() : null;
            accounts.add(new Account(id, secretId, secretKey, token));
        }
        return accounts;
    }

    private static String text(JsonNode entry, String field, Path file) {
        JsonNode value = entry.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw new IllegalArgumentException("accounts file " + file + ": every entry needs a \"" + field
                    + "\" string, this one has none: " + entry);
        }
        return value.asText();
    }

    private void add(Account account) {
        bySecretId.put(account.secretId(), account);
    }

    public Optional<Account> find(String secretId) {
        return Optional.ofNullable(bySecretId.get(secretId));
    }

    /** A configured key of the account with this id, the first listed when it has several. */
    public Optional<Account> ofAccount(String accountId) {
        return bySecretId.values().stream().filter(a -> a.id().equals(accountId)).findFirst();
    }

    /**
     * The caller's account: a configured one, or in lenient and off modes an account of its own for
     * an unconfigured key, which strict mode refuses with the cloud's error.
     */
    public Account resolve(String secretId, AuthMode mode, Supplier<ApiError> unknownInStrictMode) {
        if (secretId.length() > MAX_SECRET_ID_LENGTH) {
            throw unknownInStrictMode.get();
        }
        return find(secretId).orElseGet(() -> {
            if (mode == AuthMode.STRICT) {
                throw unknownInStrictMode.get();
            }
            return Account.adHoc(secretId);
        });
    }
}
