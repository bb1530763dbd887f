package io.tcemu;

import io.tcemu.answer.UnsupportedMode;
import io.tcemu.api.Language;

import io.tcemu.auth.Accounts;
import io.tcemu.auth.AuthMode;
import io.tcemu.lifecycle.ProgressionMode;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.logging.Handler;
import java.util.logging.Logger;

/** Command line: flags, each also an environment variable; a flag wins over its variable. */
public final class Main {
    /** Flag name → environment variable, in the order --help lists them. */
    private static final Map<String, String> OPTIONS = new LinkedHashMap<>();

    static {
        OPTIONS.put("--host", "TCEMU_HOST");
        OPTIONS.put("--port", "TCEMU_PORT");
        OPTIONS.put("--https-port", "TCEMU_HTTPS_PORT");
        OPTIONS.put("--auth", "TCEMU_AUTH");
        OPTIONS.put("--accounts", "TCEMU_ACCOUNTS");
        OPTIONS.put("--tls-cert", "TCEMU_TLS_CERT");
        OPTIONS.put("--tls-key", "TCEMU_TLS_KEY");
        OPTIONS.put("--tls-export", "TCEMU_TLS_EXPORT");
        OPTIONS.put("--time-scale", "TCEMU_TIME_SCALE");
        OPTIONS.put("--progression", "TCEMU_PROGRESSION");
        OPTIONS.put("--db", "TCEMU_DB");
        OPTIONS.put("--db-user", "TCEMU_DB_USER");
        OPTIONS.put("--db-password", "TCEMU_DB_PASSWORD");
        OPTIONS.put("--language", "TCEMU_LANGUAGE");
        OPTIONS.put("--rate-limits", "TCEMU_RATE_LIMITS");
        OPTIONS.put("--wedata-resource-groups", "TCEMU_WEDATA_RESOURCE_GROUPS");
        OPTIONS.put("--wedata-log-retention", "TCEMU_WEDATA_LOG_RETENTION");
        OPTIONS.put("--unsupported", "TCEMU_UNSUPPORTED");
        OPTIONS.put("--admin-token", "TCEMU_ADMIN_TOKEN");
        OPTIONS.put("--cors", "TCEMU_CORS");
        OPTIONS.put("--request-timeout", "TCEMU_REQUEST_TIMEOUT");
        OPTIONS.put("--journal-size", "TCEMU_JOURNAL_SIZE");
        OPTIONS.put("--init", "TCEMU_INIT");
        OPTIONS.put("--save-on-exit", "TCEMU_SAVE_ON_EXIT");
    }

    private static final String USAGE = """
            usage: tcemu [--host ADDR] [--port N] [--https-port N] [--auth strict|lenient|off]
                         [--accounts FILE] [--tls-cert FILE --tls-key FILE] [--tls-export FILE]
                         [--time-scale F] [--progression immediate|time|reads|held] [--db JDBC_URL]
                         [--db-user USER] [--db-password PASSWORD]
                         [--language zh-CN|en-US]
                         [--rate-limits on|off]
                         [--wedata-resource-groups ID,ID...] [--wedata-log-retention SECONDS]
                         [--unsupported example|error]
                         [--admin-token TOKEN] [--cors ORIGIN,ORIGIN...] [--request-timeout SECONDS]
                         [--journal-size N] [--init FILE|DIR] [--save-on-exit FILE]
            Each flag is also an environment variable: --https-port is TCEMU_HTTPS_PORT, and so on.
            Port 0 takes a free port. Defaults: 127.0.0.1, 4580 (HTTP), 4581 (HTTPS), strict, zh-CN.""";

    private Main() {
    }

    public static void main(String[] args) throws InterruptedException {
        for (Handler handler : Logger.getLogger("").getHandlers()) {
            handler.setFormatter(new LogLineFormatter());
        }
        EmulatorConfig config;
        try {
            config = parse(args, System.getenv());
        } catch (IllegalArgumentException e) {
            System.err.println("tcemu: " + e.getMessage());
            System.err.println(USAGE);
            System.exit(2);
            return;
        }
        if (config == null) {
            System.out.println(USAGE);
            return;
        }
        Emulator emulator;
        try {
            emulator = Emulator.start(config);
        } catch (IllegalArgumentException e) {
            System.err.println("tcemu: " + e.getMessage());
            System.exit(2);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                emulator.close();
                System.out.println("tcemu stopped");
            } catch (RuntimeException e) {
                System.out.println("tcemu stopped, not cleanly: " + e.getMessage());
            } finally {
                stopped.countDown();
            }
        }));
        System.out.println("tcemu " + Emulator.VERSION + " ready: http://" + emulator.httpEndpoint()
                + " https://" + emulator.httpsEndpoint() + " (auth " + config.authMode().name().toLowerCase() + "), dashboard "
                + emulator.dashboardUrl());
        stopped.await();
    }

    /** @return the configuration, or null when --help was asked for */
    static EmulatorConfig parse(String[] args, Map<String, String> env) {
        Map<String, String> values = new HashMap<>();
        OPTIONS.forEach((flag, variable) -> {
            if (env.get(variable) != null && !env.get(variable).isEmpty()) {
                values.put(flag, env.get(variable));
            }
        });
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--help") || arg.equals("-h")) {
                return null;
            }
            String flag = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            if (!OPTIONS.containsKey(flag)) {
                throw new IllegalArgumentException("unknown flag " + arg);
            }
            if (arg.contains("=")) {
                values.put(flag, arg.substring(arg.indexOf('=') + 1));
            } else if (i + 1 < args.length) {
                values.put(flag, args[++i]);
            } else {
                throw new IllegalArgumentException(flag + " needs a value");
            }
        }
        return configure(values);
    }

    private static EmulatorConfig configure(Map<String, String> values) {
        EmulatorConfig config = EmulatorConfig.defaults();
        if (values.containsKey("--host")) config.host(values.get("--host"));
        if (values.containsKey("--port")) config.port(port(values.get("--port"), "--port"));
        if (values.containsKey("--https-port")) config.httpsPort(port(values.get("--https-port"), "--https-port"));
        if (values.containsKey("--auth")) config.authMode(AuthMode.parse(values.get("--auth")));
        if (values.containsKey("--accounts")) config.accounts(Accounts.fromFile(Path.of(values.get("--accounts"))));
        if (values.containsKey("--tls-cert") != values.containsKey("--tls-key")) {
            throw new IllegalArgumentException("--tls-cert and --tls-key go together");
        }
        if (values.containsKey("--tls-cert")) config.tls(Path.of(values.get("--tls-cert")), Path.of(values.get("--tls-key")));
        if (values.containsKey("--tls-export")) config.tlsExport(Path.of(values.get("--tls-export")));
        if (values.containsKey("--time-scale")) config.timeScale(number(values.get("--time-scale"), "--time-scale"));
        if (values.containsKey("--progression")) config.progression(progression(values.get("--progression")));
        if (values.containsKey("--db")) config.database(values.get("--db"));
        config.databaseCredentials(values.get("--db-user"), values.get("--db-password"));
        if (values.containsKey("--language")) config.language(Language.parse(values.get("--language")));
        if (values.containsKey("--rate-limits")) config.rateLimits(onOff(values.get("--rate-limits"), "--rate-limits"));
        if (values.containsKey("--wedata-resource-groups")) {
            config.wedata(config.wedata().withResourceGroups(list(values.get("--wedata-resource-groups"))));
        }
        if (values.containsKey("--wedata-log-retention")) {
            config.wedata(config.wedata().withLogRetention(seconds(values.get("--wedata-log-retention"), "--wedata-log-retention")));
        }
        if (values.containsKey("--unsupported")) config.unsupported(UnsupportedMode.parse(values.get("--unsupported")));
        if (values.containsKey("--admin-token")) config.adminToken(values.get("--admin-token"));
        if (values.containsKey("--cors")) config.corsOrigins(list(values.get("--cors")));
        if (values.containsKey("--request-timeout")) {
            config.requestTimeout(seconds(values.get("--request-timeout"), "--request-timeout"));
        }
        if (values.containsKey("--journal-size")) config.journalSize(count(values.get("--journal-size"), "--journal-size"));
        if (values.containsKey("--init")) config.init(Path.of(values.get("--init")));
        if (values.containsKey("--save-on-exit")) config.saveOnExit(Path.of(values.get("--save-on-exit")));
        return config;
    }

    private static int count(String value, String flag) {
        try {
            int n = Integer.parseInt(value.trim());
            if (n >= 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(flag + " must be a whole number, 0 or more, not `" + value + "`");
    }

    private static double number(String value, String flag) {
        try {
            return Double.parseDouble(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(flag + " must be a number, not `" + value + "`");
        }
    }

    private static boolean onOff(String value, String flag) {
        return switch (value.trim().toLowerCase()) {
            case "on" -> true;
            case "off" -> false;
            default -> throw new IllegalArgumentException(flag + " must be on or off, not `" + value + "`");
        };
    }

    private static List<String> list(String value) {
        return Arrays.stream(value.split(",")).map(String::trim).filter(v -> !v.isEmpty()).toList();
    }

    private static Duration seconds(String value, String flag) {
        try {
            long seconds = Long.parseLong(value.trim());
            if (seconds > 0) {
                return Duration.ofSeconds(seconds);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(flag + " must be a positive number of seconds, not `" + value + "`");
    }

    private static ProgressionMode progression(String value) {
        for (ProgressionMode mode : ProgressionMode.values()) {
            if (mode.name().equalsIgnoreCase(value.trim())) {
                return mode;
            }
        }
        throw new IllegalArgumentException("--progression must be immediate, time, reads or held, not `" + value + "`");
    }

    private static int port(String value, String flag) {
        try {
            int port = Integer.parseInt(value.trim());
            if (port >= 0 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(flag + " must be a port number from 0 to 65535, not `" + value + "`");
    }
}
