package io.tcemu.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BigIntegerNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.LongNode;
import io.tcemu.spec.ParamErrors.Kind;
import java.math.BigInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a scalar request value against its spec type and returns it as that type.
 *
 * <p>Strings are read as numbers and booleans whatever the body format: form and query values
 * arrive as strings, and the decoder cannot tell {@code Limit=10} from a JSON {@code "10"}, so a
 * JSON string is accepted where a number is expected. The reverse is not: a number or boolean
 * where a string is expected is rejected, as Tencent does.
 */
final class ScalarCoercion {
    private static final BigInteger INT64_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger INT64_MAX = BigInteger.valueOf(Long.MAX_VALUE);
    private static final BigInteger UINT64_MAX = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);
    /** Leading zeros are split off so that a long string of digits is rejected before parsing. */
    private static final Pattern INTEGER = Pattern.compile("([+-]?)0*(\\d+)");
    /** Decimal notation only: Double.parseDouble would also take "NaN", "0x1p3" and "1d". */
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
    private static final int UINT64_DIGITS = UINT64_MAX.toString().length();

    private ScalarCoercion() {
    }

    /** @param type one of {@link MemberSpec#SCALAR_TYPES} */
    static JsonNode coerce(String path, String type, JsonNode value) {
        return switch (type) {
            case "string", "date", "datetime_iso" -> string(path, value);
            case "int64" -> integer(path, value, INT64_MIN, INT64_MAX);
            case "uint64" -> integer(path, value, BigInteger.ZERO, UINT64_MAX);
            case "float" -> decimal(path, value);
            case "bool" -> bool(path, value);
            default -> throw new IllegalArgumentException("not a scalar type: " + type);
        };
    }

    private static JsonNode string(String path, JsonNode value) {
        if (!value.isTextual()) {
            throw ParamErrors.wrongType(path, Kind.STRING, value);
        }
        return value;
    }

    private static JsonNode integer(String path, JsonNode value, BigInteger min, BigInteger max) {
        BigInteger number = value.isIntegralNumber() ? value.bigIntegerValue() : parseInteger(path, value);
        if (number == null || number.compareTo(min) < 0 || number.compareTo(max) > 0) {
            throw ParamErrors.outOfRange(path, "an integer between " + min + " and " + max,
                    min + " 到 " + max + " 之间的整数", value);
        }
        return number.bitLength() < Long.SIZE ? LongNode.valueOf(number.longValue()) : BigIntegerNode.valueOf(number);
    }

    /** The integer a string spells, or null if it has more digits than any 64-bit type holds. */
    private static BigInteger parseInteger(String path, JsonNode value) {
        Matcher digits = value.isTextual() ? INTEGER.matcher(value.textValue()) : null;
        if (digits == null || !digits.matches()) {
            throw ParamErrors.wrongType(path, Kind.INTEGER, value);
        }
        return digits.group(2).length() > UINT64_DIGITS ? null : new BigInteger(digits.group(1) + digits.group(2));
    }

    private static JsonNode decimal(String path, JsonNode value) {
        double number;
        if (value.isNumber()) {
            number = value.doubleValue();
        } else if (value.isTextual() && DECIMAL.matcher(value.textValue()).matches()) {
            number = Double.parseDouble(value.textValue());
        } else {
            throw ParamErrors.wrongType(path, Kind.NUMBER, value);
        }
        if (!Double.isFinite(number)) {
            throw ParamErrors.outOfRange(path, "a number within double precision range",
                    "双精度浮点数范围内的数字", value);
        }
        return DoubleNode.valueOf(number);
    }

    /** Case-insensitive, since the Python SDK flattens booleans to "True" and "False". */
    private static JsonNode bool(String path, JsonNode value) {
        if (value.isBoolean()) {
            return value;
        }
        String text = value.isTextual() ? value.textValue() : "";
        if (!text.equalsIgnoreCase("true") && !text.equalsIgnoreCase("false")) {
            throw ParamErrors.wrongType(path, Kind.BOOLEAN, value);
        }
        return BooleanNode.valueOf(text.equalsIgnoreCase("true"));
    }
}
