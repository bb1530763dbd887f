package io.tcemu.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tcemu.spec.ActionSpec;
import io.tcemu.spec.ApiSpecs;
import io.tcemu.spec.MemberSpec;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Generates malformed and hostile requests from a seed: mutated JSON, deep nesting, huge numbers,
 * the wrong type for every parameter, invalid UTF-8, huge headers, deep and sparse flattening,
 * SQL-like strings, odd methods and paths, and Alibaba-looking garbage.
 */
final class HostileCorpus {
    /** One request to send; {@code label} says what it tries, for a failure message. */
    record Probe(String label, String method, String pathAndQuery, Map<String, String> headers, byte[] body) {
        boolean admin() {
            return pathAndQuery.startsWith("/_tcemu/");
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] SQL = {"' OR '1'='1", "\"; DROP TABLE tcemu_resource; --", "%", "_", "\\",
            "1; SELECT * FROM tcemu_sequence", "') UNION SELECT version, lifecycle FROM tcemu_resource --", "\u0000"};
    private static final String[] HUGE_NUMBERS = {"1e400", "-1e400", "123456789012345678901234567890",
            "-9223372036854775809", "18446744073709551616", "1.7976931348623157e309", "0.0000000000000000000001e-400",
            "9223372036854775807", "-0"};
    private static final String[] METHODS = {"PUT", "DELETE", "PATCH", "OPTIONS", "HEAD", "TRACE", "FOO", "GET", "POST"};
    private static final String[] PATHS = {"/", "//", "/x/../", "/_tcemu", "/%2e%2e/%2e%2e/", "/a/b/c?x=1",
            "/index.html", "/.env", "/%00", "/%ff", "/_tcemu%2freset"};
    private static final String[] ADMIN_READS = {"/_tcemu/health", "/_tcemu/health/../../", "/_tcemu/clock",
            "/_tcemu/nothing", "/_tcemu/faults", "/_tcemu/progression", "/_tcemu/resources/%27/release"};
    private static final String[] ADMIN_SAFE_METHODS = {"GET", "HEAD", "OPTIONS", "PATCH", "TRACE"};
    private static final String[] LANGUAGES = {"zh-CN", "en-US", "xx", ""};

    /** An emulated action and the spec of its input. */
    private record Target(String product, String version, ActionSpec spec) {
    }

    private final Random random;
    private final ApiSpecs specs;
    private final List<Target> targets = new ArrayList<>();

    HostileCorpus(Random random, ApiSpecs specs, List<String> emulatedActions) {
        this.random = random;
        this.specs = specs;
        for (String qualified : emulatedActions) {
            String[] parts = qualified.split("/");
            specs.action(parts[0], parts[1], parts[2]).ifPresent(spec -> targets.add(new Target(parts[0], parts[1], spec)));
        }
    }

    /** Every action in the specs of Tencent's products, as product/version/action. */
    static List<String> specActions(ApiSpecs specs) throws IOException {
        List<String> actions = new ArrayList<>();
        for (String product : specs.products()) {
            for (String version : specs.versions(product)) {
                try (InputStream in = HostileCorpus.class.getResourceAsStream("/api-specs/" + product + "/" + version
                        + "/actions.json")) {
                    JSON.readTree(in).path("actions").fieldNames()
                            .forEachRemaining(action -> actions.add(product + "/" + version + "/" + action));
                }
            }
        }
        return actions;
    }

    List<Probe> generate(int count) {
        List<Probe> probes = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            probes.add(switch (i % 10) {
                case 0 -> mutatedJson();
                case 1 -> deepNesting();
                case 2 -> hugeNumber();
                case 3 -> wrongType();
                case 4 -> invalidUtf8();
                case 5 -> hugeHeaders();
                case 6 -> flattening();
                case 7 -> sqlLike();
                case 8 -> oddMethodOrPath();
                default -> alibabaGarbage();
            });
        }
        return probes;
    }

    private Probe mutatedJson() {
        Target target = target();
        byte[] body = validBody(target).getBytes(StandardCharsets.UTF_8);
        int mutations = 1 + random.nextInt(4);
        for (int m = 0; m < mutations && body.length > 0; m++) {
            int at = random.nextInt(body.length);
            switch (random.nextInt(4)) {
                case 0 -> body[at] = (byte) random.nextInt(256);
                case 1 -> body = java.util.Arrays.copyOf(body, at);
                case 2 -> body = splice(body, at, "{[\",:}]".charAt(random.nextInt(7)));
                default -> body[at] = (byte) "{}[]\":,0-e.".charAt(random.nextInt(11));
            }
        }
        return json("mutated JSON for " + target.spec(), target, body);
    }

    private Probe deepNesting() {
        int depth = 900 + random.nextInt(4000);
        String open = random.nextBoolean() ? "[" : "{\"a\":";
        String close = open.equals("[") ? "]" : "}";
        String body = "{\"Filters\":" + open.repeat(depth) + "1" + close.repeat(random.nextBoolean() ? depth : depth / 2) + "}";
        return json("JSON nested " + depth + " deep", target(), body.getBytes(StandardCharsets.UTF_8));
    }

    private Probe hugeNumber() {
        Target target = target();
        String member = member(target).map(MemberSpec::name).orElse("Limit");
        String body = "{\"" + member + "\":" + HUGE_NUMBERS[random.nextInt(HUGE_NUMBERS.length)] + "}";
        return json("huge number in " + target.spec() + "." + member, target, body.getBytes(StandardCharsets.UTF_8));
    }

    private Probe wrongType() {
        Target target = target();
        ObjectNode body = JSON.createObjectNode();
        for (MemberSpec m : target.spec().input().members().values()) {
            body.set(m.name(), wrongValue(m));
        }
        return json("wrong types for " + target.spec(), target, body.toString().getBytes(StandardCharsets.UTF_8));
    }

    private JsonNode wrongValue(MemberSpec member) {
        String[] candidates = member.isList() ? new String[]{"\"x\"", "{}", "7", "[[1]]", "[{\"Nope\":{}}]"}
                : member.isStructure() ? new String[]{"\"x\"", "[1]", "true", "{\"Nope\":[]}"}
                : switch (member.member()) {
                    case "string", "date", "datetime_iso" -> new String[]{"123", "{}", "[\"a\"]", "true", "null"};
                    case "bool" -> new String[]{"\"maybe\"", "2", "{}", "[]"};
                    default -> new String[]{"\"abc\"", "{}", "[1]", "1.5", "true", "\"\""};
                };
        try {
            return JSON.readTree(candidates[random.nextInt(candidates.length)]);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private Probe invalidUtf8() {
        Target target = target();
        byte[] garbage = new byte[1 + random.nextInt(64)];
        random.nextBytes(garbage);
        if (random.nextBoolean()) {
            byte[] prefix = "{\"JobName\":\"".getBytes(StandardCharsets.UTF_8);
            byte[] body = new byte[prefix.length + garbage.length + 2];
            System.arraycopy(prefix, 0, body, 0, prefix.length);
            System.arraycopy(garbage, 0, body, prefix.length, garbage.length);
            body[body.length - 2] = '"';
            body[body.length - 1] = '}';
            return json("invalid UTF-8 in a JSON string", target, body);
        }
        Map<String, String> headers = tencentHeaders(target);
        headers.put("Content-Type", "application/x-www-form-urlencoded");
        return new Probe("invalid UTF-8 form", "POST", "/", headers,
                ("Action=" + target.spec().name() + "&JobName=%FF%FE%C3%28&x=").getBytes(StandardCharsets.US_ASCII));
    }

    private Probe hugeHeaders() {
        Target target = target();
        Map<String, String> headers = tencentHeaders(target);
        String big = "r".repeat(1000 + random.nextInt(100_000));
        switch (random.nextInt(5)) {
            case 0 -> headers.put("X-TC-Region", big);
            case 1 -> headers.put("Authorization", "TC3-HMAC-SHA256 Credential=" + big + "/2026-01-01/dts/tc3_request, "
                    + "SignedHeaders=content-type;host, Signature=" + "0".repeat(64));
            case 2 -> headers.put("X-TC-Action", big);
            case 3 -> headers.put("X-TC-Language", big);
            default -> {
                for (int i = 0; i < 300; i++) {
                    headers.put("X-Junk-" + i, big.substring(0, 200));
                }
            }
        }
        return new Probe("huge headers", "POST", "/", headers, "{}".getBytes(StandardCharsets.UTF_8));
    }

    private Probe flattening() {
        Target target = target();
        String name = switch (random.nextInt(5)) {
            case 0 -> "a" + ".a".repeat(random.nextInt(3000));
            case 1 -> "Filters." + random.nextInt(Integer.MAX_VALUE) + ".Name";
            case 2 -> "Filters.0.Values." + (1 + random.nextInt(50));
            case 3 -> "Filters..Name";
            default -> "0.x";
        };
        String query = "Action=" + target.spec().name() + "&Version=" + target.version() + "&Region=ap-guangzhou&"
                + name + "=1";
        if (random.nextBoolean() && query.length() < 30_000) {
            return new Probe("flattened GET: " + shorten(name), "GET", "/?" + query, new LinkedHashMap<>(), new byte[0]);
        }
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/x-www-form-urlencoded");
        return new Probe("flattened form: " + shorten(name), "POST", "/", headers, query.getBytes(StandardCharsets.UTF_8));
    }

    private Probe sqlLike() {
        Target target = target();
        ObjectNode body = JSON.createObjectNode();
        String sql = SQL[random.nextInt(SQL.length)];
        for (String id : new String[]{"JobId", "InstanceId", "ProjectId", "TaskId", "JobName", "InstanceName"}) {
            body.put(id, sql);
        }
        Map<String, String> headers = tencentHeaders(target);
        if (random.nextBoolean()) {
            headers.put("X-TC-Region", sql.replace("\u0000", "0"));
        }
        return new Probe("SQL-like strings for " + target.spec(), "POST", "/", headers,
                body.toString().getBytes(StandardCharsets.UTF_8));
    }

    private Probe oddMethodOrPath() {
        boolean admin = random.nextInt(3) == 0;
        String method = admin ? ADMIN_SAFE_METHODS[random.nextInt(ADMIN_SAFE_METHODS.length)]
                : METHODS[random.nextInt(METHODS.length)];
        String path = admin ? ADMIN_READS[random.nextInt(ADMIN_READS.length)]
                : random.nextInt(8) == 0 ? "/" + "p".repeat(random.nextInt(20_000)) : PATHS[random.nextInt(PATHS.length)];
        Map<String, String> headers = new LinkedHashMap<>();
        if (random.nextBoolean()) {
            headers.put("Content-Type", random.nextBoolean() ? "text/plain" : "application/json; charset=utf-16");
        }
        return new Probe(method + " " + shorten(path), method, path, headers, "{}".getBytes(StandardCharsets.UTF_8));
    }

    private Probe alibabaGarbage() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("x-acs-action", random.nextBoolean() ? "GetApplication" : SQL[random.nextInt(SQL.length)].replace("\u0000", ""));
        headers.put("x-acs-version", random.nextBoolean() ? "2021-09-31" : "x");
        headers.put("x-acs-date", random.nextBoolean() ? "2026-13-45T99:99:99Z" : "now");
        headers.put("Content-Type", "application/x-www-form-urlencoded");
        if (random.nextBoolean()) {
            headers.put("Authorization", "ACS3-HMAC-SHA256 Credential=" + "k".repeat(random.nextInt(500))
                    + ",SignedHeaders=host,Signature=" + "f".repeat(random.nextInt(100)));
        }
        String body = "ApplicationId=" + "A".repeat(random.nextInt(300)) + "&Tags.1.Key=" + (random.nextBoolean() ? "%ZZ" : "k")
                + "&Tags." + random.nextInt(1_000_000) + ".Value=v";
        return new Probe("Alibaba garbage", "POST", "/", headers, body.getBytes(StandardCharsets.UTF_8));
    }

    private Probe json(String label, Target target, byte[] body) {
        return new Probe(label, "POST", "/", tencentHeaders(target), body);
    }

    private Map<String, String> tencentHeaders(Target target) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/json");
        headers.put("X-TC-Action", target.spec().name());
        headers.put("X-TC-Version", target.version());
        headers.put("X-TC-Region", "ap-guangzhou");
        headers.put("X-TC-Timestamp", String.valueOf(System.currentTimeMillis() / 1000));
        headers.put("X-TC-Language", LANGUAGES[random.nextInt(LANGUAGES.length)]);
        return headers;
    }

    /** A body with each member given a plausible scalar, for mutation to start from. */
    private String validBody(Target target) {
        ObjectNode body = JSON.createObjectNode();
        for (MemberSpec m : target.spec().input().members().values()) {
            if (m.isList()) {
                body.putArray(m.name()).add("x");
            } else if (m.isStructure()) {
                body.putObject(m.name());
            } else if (m.member().equals("string")) {
                body.put(m.name(), "value");
            } else if (m.member().equals("bool")) {
                body.put(m.name(), true);
            } else {
                body.put(m.name(), random.nextInt(100));
            }
        }
        return body.toString();
    }

    private Target target() {
        return targets.get(random.nextInt(targets.size()));
    }

    private java.util.Optional<MemberSpec> member(Target target) {
        List<MemberSpec> members = new ArrayList<>(target.spec().input().members().values());
        return members.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(members.get(random.nextInt(members.size())));
    }

    private static byte[] splice(byte[] body, int at, char inserted) {
        byte[] longer = new byte[body.length + 1];
        System.arraycopy(body, 0, longer, 0, at);
        longer[at] = (byte) inserted;
        System.arraycopy(body, at, longer, at + 1, body.length - at);
        return longer;
    }

    private static String shorten(String text) {
        return text.length() <= 60 ? text : text.substring(0, 60) + "…(" + text.length() + ")";
    }
}
