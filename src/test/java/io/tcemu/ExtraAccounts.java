package io.tcemu;

import io.tcemu.auth.Accounts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Emulator configurations with one account besides the dev one, written to an accounts file as a user would. */
public final class ExtraAccounts {
    private ExtraAccounts() {
    }

    public static EmulatorConfig ephemeralWith(String secretId, String secretKey, String account) {
        try {
            Path accounts = Files.createTempFile("tcemu-accounts", ".json");
            accounts.toFile().deleteOnExit();
            Files.writeString(accounts, "[{\"secretId\": \"" + secretId + "\", \"secretKey\": \"" + secretKey
                    + "\", \"account\": \"" + account + "\"}]");
            return TestStores.ephemeral().accounts(Accounts.fromFile(accounts));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
