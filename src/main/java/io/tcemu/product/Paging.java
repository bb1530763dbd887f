package io.tcemu.product;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tcemu.api.ApiError;
import io.tcemu.api.CommonErrors;

import java.math.BigInteger;
import java.util.List;

/** Offset/Limit paging as the Describe actions document it: Limit defaults and a maximum. */
public record Paging(int offset, int limit) {

    /** Reads Offset and Limit from validated params; Limit outside [1, max] is InvalidParameterValue. */
    public static Paging of(ObjectNode params, int defaultLimit, int maxLimit) {
        return of(params, defaultLimit, maxLimit, CommonErrors.INVALID_PARAMETER_VALUE);
    }

    /** The same, refusing a bad Limit or Offset with the code the action documents for it. */
    public static Paging of(ObjectNode params, int defaultLimit, int maxLimit, String invalidCode) {
        JsonNode limit = params.path("Limit");
        JsonNode offset = params.path("Offset");
        if (!limit.isMissingNode() && !within(limit, 1, maxLimit)) {
            throw ApiError.of(invalidCode,
                    "Limit must be between 1 and " + maxLimit + ", not " + limit.asText() + ".",
                    "Limit 取值范围为 1 到 " + maxLimit + "，当前为 " + limit.asText() + "。");
        }
        if (!offset.isMissingNode() && !within(offset, 0, Integer.MAX_VALUE)) {
            throw ApiError.of(invalidCode,
                    "Offset must be between 0 and " + Integer.MAX_VALUE + ", not " + offset.asText() + ".",
                    "Offset 取值范围为 0 到 " + Integer.MAX_VALUE + "，当前为 " + offset.asText() + "。");
        }
        return new Paging(offset.asInt(0), limit.asInt(defaultLimit));
    }

    /** Whether the value (an integer, as validation leaves it) is in [min, max], judged whole, not wrapped into a long. */
    private static boolean within(JsonNode value, long min, long max) {
        if (!value.isIntegralNumber()) {
            return false;
        }
        BigInteger number = value.bigIntegerValue();
        return number.compareTo(BigInteger.valueOf(min)) >= 0 && number.compareTo(BigInteger.valueOf(max)) <= 0;
    }

    /** Reads PageNumber (from 1) and PageSize (from 1 to max), as the WeData lists take them; both are required there. */
    public static Paging ofPages(ObjectNode params, int maxSize) {
        long number = params.path("PageNumber").asLong();
        long size = params.path("PageSize").asLong();
        if (size < 1 || size > maxSize) {
            throw ApiError.of(CommonErrors.INVALID_PARAMETER_VALUE,
                    "PageSize must be between 1 and " + maxSize + ", not " + size + ".",
                    "PageSize 取值范围为 1 到 " + maxSize + "，当前为 " + size + "。");
        }
        if (number < 1 || number - 1 > Integer.MAX_VALUE / size) {
            throw ApiError.of(CommonErrors.INVALID_PARAMETER_VALUE, "PageNumber counts from 1, not " + number + ".",
                    "PageNumber 从 1 开始，当前为 " + number + "。");
        }
        return new Paging((int) ((number - 1) * size), (int) size);
    }

    public <T> List<T> page(List<T> all) {
        if (offset >= all.size()) {
            return List.of();
        }
        return all.subList(offset, Math.min(all.size(), offset + limit));
    }
}
