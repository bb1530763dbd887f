package io.tcemu.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Plausible values for one response member, by its type and what its name says it holds (an id, a
 * time, an address, a count). Drawn from a seed and the member's path, so an answer is the same for
 * the same request and members do not repeat one another.
 */
final class SynthesizedValues {
    private static final String ALPHANUMERIC = "abcdefghijklmnopqrstuvwxyz0123456789";
    /** Synthesized times fall in the year after this instant: fixed, so answers stay the same across runs. */
    private static final Instant EPOCH = Instant.parse("2025-01-01T00:00:00Z");
    private static final long YEAR_SECONDS = 365L * 24 * 3600;
    private static final DateTimeFormatter WIRE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final String product;
    private final SplittableRandom random;

    SynthesizedValues(String product, long seed, String path) {
        this.product = product;
        this.random = new SplittableRandom(seed * 31 + path.hashCode());
    }

    /** @param type one of {@link MemberSpec#SCALAR_TYPES} */
    JsonNode scalar(String name, String type) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        return switch (type) {
            case "string" -> nodes.textNode(string(name));
            case "date" -> nodes.textNode(time().toLocalDate().toString());
            case "datetime_iso" -> nodes.textNode(time().toInstant(ZoneOffset.UTC).toString());
            case "int64", "uint64" -> nodes.numberNode(integer(name));
            case "float" -> nodes.numberNode(random.nextInt(10_000) / 100.0);
            case "bool" -> nodes.booleanNode(random.nextBoolean());
            default -> throw new IllegalArgumentException("not a scalar type: " + type);
        };
    }

    private String string(String name) {
        if (name.endsWith("Time") || name.endsWith("Date")) {
            return WIRE_TIME.format(time());
        }
        if (name.endsWith("Id") || name.endsWith("Ids")) {
            return product + "-" + token(8);
        }
        if (name.endsWith("Url")) {
            return "https://" + product + ".example.com/" + token(8);
        }
        if (name.endsWith("Ip") || name.endsWith("Vip")) {
            return "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + (1 + random.nextInt(254));
        }
        if (name.equals("Region")) {
            return "ap-guangzhou";
        }
        if (name.equals("Zone")) {
            return "ap-guangzhou-3";
        }
        return name.substring(0, 1).toLowerCase(Locale.ROOT) + name.substring(1) + "-" + token(4);
    }

    private long integer(String name) {
        if (name.endsWith("Count") || name.endsWith("Total") || name.endsWith("Num")) {
            return 1;   // the one element a synthesized list has
        }
        if (name.endsWith("Time") || name.endsWith("Timestamp")) {
            return time().toEpochSecond(ZoneOffset.UTC);
        }
        if (name.endsWith("Id")) {
            return 100_000 + random.nextInt(900_000);
        }
        return random.nextInt(101);
    }

    private LocalDateTime time() {
        return LocalDateTime.ofEpochSecond(EPOCH.getEpochSecond() + random.nextLong(YEAR_SECONDS), 0, ZoneOffset.UTC);
    }

    private String token(int length) {
        StringBuilder token = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            token.append(ALPHANUMERIC.charAt(random.nextInt(ALPHANUMERIC.length())));
        }
        return token.toString();
    }
}
